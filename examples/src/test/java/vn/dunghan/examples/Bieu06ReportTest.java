package vn.dunghan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Biểu 06 table of the report (docs/metrics.md §4): every number is recomputed here from the
 * result lines of {@code evaluate}, by the rules of the form written out again, and compared with
 * {@code bieu-06.json}; the workbook and the CSV carry the same numbers.
 */
class Bieu06ReportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AS_OF = "2026-11-26T00:00";

    /** Runs a command that must succeed, and gives its console output. */
    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theConsoleRatesAreThoseOfTheResultLines(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("d.ndjson");
        Path results = dir.resolve("r.ndjson");
        run("generate", "--count", "3000", "--output", input.toString());
        run("evaluate", "--input", input.toString(), "--as-of", AS_OF, "--output", results.toString());
        String console = run("report", "--input", input.toString(), "--as-of", AS_OF, "--output-dir",
                dir.resolve("out").toString(), "--lang", "en");
        long total = 0;
        long finished = 0;
        long[] onTime = new long[4];
        for (String line : Files.readAllLines(results)) {
            JsonNode r = JSON.readTree(line);
            total++;
            String outcome = r.get("outcome").asString();
            boolean done = outcome.equals("EARLY") || outcome.equals("ON_TIME") || outcome.equals("LATE");
            finished += done ? 1 : 0;
            onTime[0] += done && !r.get("legalBreach").asBoolean() ? 1 : 0;
            onTime[1] += done && !r.get("statedBreach").asBoolean() ? 1 : 0;
            onTime[2] += done && r.get("systemOnTime").asBoolean() ? 1 : 0;
            onTime[3] += r.get("metricOnTime").asBoolean() ? 1 : 0;
        }
        String expected = String.format(java.util.Locale.ENGLISH, "On time: legal %.1f%%, stated %.1f%%, one-stop system"
                + " %.1f%%, Decision 766 %.1f%% (766 over all dossiers, the others over those finished); ", 100.0 * onTime[0] / finished, 100.0 * onTime[1] / finished,
                100.0 * onTime[2] / finished, 100.0 * onTime[3] / total);
        assertTrue(console.contains(expected), expected + "\n" + console);
    }

    @Test
    void everyNumberIsDerivableFromTheResultLines(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("d.ndjson");
        Path results = dir.resolve("r.ndjson");
        run("generate", "--count", "4000", "--output", input.toString());
        run("evaluate", "--input", input.toString(), "--as-of", AS_OF, "--output", results.toString());
        for (String period : List.of("2026-10", "2026-Q3")) {
            Path out = dir.resolve("report-" + period);
            run("report", "--input", input.toString(), "--as-of", AS_OF, "--period", period, "--output-dir",
                    out.toString(), "--lang", "vi");
            JsonNode written = JSON.readTree(out.resolve("bieu-06.json").toFile());
            assertEquals(2, written.size());
            LocalDate start = period.equals("2026-10") ? LocalDate.of(2026, 10, 1) : LocalDate.of(2026, 7, 1);
            LocalDate end = period.equals("2026-10") ? LocalDate.of(2026, 10, 31) : LocalDate.of(2026, 9, 30);
            for (JsonNode view : written) {
                assertEquals(period, view.get("period").asString());
                Map<String, long[]> expected = recompute(results, start, end, view.get("view").asString().equals("LEGAL"));
                long[] total = new long[8];
                assertEquals(expected.size(), view.get("rows").size());
                for (JsonNode row : view.get("rows")) {
                    long[] want = expected.get(row.get("agency").asString());
                    assertEquals(List.of(want[0], want[1], want[2], want[3], want[4], want[5], want[6], want[7]),
                            numbers(row), period + " " + view.get("view") + " " + row.get("agency"));
                    for (int i = 0; i < 8; i++) {
                        total[i] += want[i];
                    }
                    checkTotals(row);
                }
                assertEquals(List.of(total[0], total[1], total[2], total[3], total[4], total[5], total[6], total[7]),
                        numbers(view.get("total")));
                checkTotals(view.get("total"));
                assertTrue(total[3] + total[4] + total[5] > 30, "a period with work done: " + period);
            }
            checkWorkbook(out.resolve("bieu-06.xlsx"), written);
            List<String> csv = Files.readAllLines(out.resolve("bieu-06.csv"));
            assertTrue(csv.get(0).startsWith("\uFEFFkỳ,góc nhìn,\"Cơ quan, đơn vị\",Số hồ sơ nhận giải quyết: Tổng số,"),
                    csv.get(0));
            assertEquals(2 * (written.get(0).get("rows").size() + 1) + 1, csv.size());
        }
    }

    /** The 8 counts per agency: carried over, online, counter or post, early, on time, late, not due, overdue. */
    private static Map<String, long[]> recompute(Path results, LocalDate start, LocalDate end, boolean legal)
            throws Exception {
        LocalDateTime from = start.atStartOfDay();
        LocalDateTime until = end.plusDays(1).atStartOfDay();
        Map<String, long[]> rows = new TreeMap<>();
        for (String line : Files.readAllLines(results)) {
            JsonNode r = JSON.readTree(line);
            LocalDateTime accepted = time(r, "acceptedAt");
            if (accepted == null || !accepted.isBefore(until)) {
                continue;
            }
            LocalDateTime closed = time(r, "closedAt");
            LocalDateTime finished = time(r, legal ? "finishedAt" : "recordedFinishAt");
            LocalDateTime done = finished != null ? finished : closed;
            if (done != null && done.isBefore(from)) {
                continue;
            }
            long[] row = rows.computeIfAbsent(r.get("agency").asString(), k -> new long[8]);
            row[accepted.isBefore(from) ? 0 : r.get("channel").asString().equals("ONLINE") ? 1 : 2]++;
            String outcome = r.get("outcome").asString();
            LocalDate stated = LocalDate.parse(r.get("statedDueDate").asString());
            if (done != null && done.isBefore(until)) {
                boolean onTime = legal ? !r.get("legalBreach").asBoolean() : r.get("systemOnTime").asBoolean();
                if (finished == null) {
                    row[onTime ? 4 : 5]++;
                } else if (legal) {
                    row[outcome.equals("EARLY") ? 3 : outcome.equals("LATE") ? 5 : 4]++;
                } else {
                    int order = finished.toLocalDate().compareTo(stated);
                    row[order < 0 ? 3 : order == 0 ? 4 : 5]++;
                }
            } else if (legal) {
                // stopped at the period's end: a compliant request before it, its supplement not yet in
                LocalDateTime paused = time(r, "pausedAt");
                LocalDateTime resumed = time(r, "resumedAt");
                boolean stopped = paused != null && paused.isBefore(until) && (resumed == null || !resumed.isBefore(until));
                // a request after the end came before the first due, so the dossier was not late then;
                // a due at 24:00 of the last day had not passed (the sample has no limit in hours)
                boolean requestAfter = paused != null && !paused.isBefore(until);
                boolean passed = LocalDate.parse(r.get("legalDueDate").asString()).isBefore(end);
                row[!stopped && !requestAfter && passed ? 7 : 6]++;
            } else {
                row[stated.isAfter(end) ? 6 : 7]++;
            }
        }
        return rows;
    }

    private static LocalDateTime time(JsonNode r, String field) {
        return r.has(field) ? LocalDateTime.parse(r.get(field).asString()) : null;
    }

    private static List<Long> numbers(JsonNode row) {
        JsonNode received = row.get("received");
        JsonNode done = row.get("done");
        JsonNode open = row.get("inProgress");
        return List.of(received.get("carriedOver").asLong(), received.get("online").asLong(),
                received.get("counterOrPost").asLong(), done.get("early").asLong(), done.get("onTime").asLong(),
                done.get("late").asLong(), open.get("notDue").asLong(), open.get("overdue").asLong());
    }

    /** Received total = done total + in progress total, and each group's total is its sum. */
    private static void checkTotals(JsonNode row) {
        long received = row.get("received").get("total").asLong();
        assertEquals(received, row.get("done").get("total").asLong() + row.get("inProgress").get("total").asLong());
        List<Long> n = numbers(row);
        assertEquals(received, n.get(0) + n.get(1) + n.get(2));
        assertEquals(row.get("done").get("total").asLong(), n.get(3) + n.get(4) + n.get(5));
        assertEquals(row.get("inProgress").get("total").asLong(), n.get(6) + n.get(7));
    }

    /** One sheet per view, the form's headings, numbers as numbers, the total row equal to the JSON's. */
    private static void checkWorkbook(Path file, JsonNode written) throws Exception {
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertEquals(List.of("Theo phần mềm", "Theo quy định"), sheets.stream().map(Sheet::getName).toList());
            for (int s = 0; s < 2; s++) {
                Map<Integer, Row> rows = new TreeMap<>();
                for (Row row : sheets.get(s).read()) {
                    rows.put(row.getRowNum() - 1, row);
                }
                assertEquals("Số hồ sơ nhận giải quyết", rows.get(3).getCellText(1));
                assertEquals("Kỳ trước chuyển qua", rows.get(4).getCellText(4));
                JsonNode view = written.get(s);
                int totalRow = 5 + view.get("rows").size();
                assertEquals("Tổng cộng", rows.get(totalRow).getCellText(0));
                JsonNode total = view.get("total");
                assertEquals(total.get("received").get("total").asLong(),
                        rows.get(totalRow).getCellAsNumber(1).orElseThrow().longValue());
                assertEquals(total.get("inProgress").get("overdue").asLong(),
                        rows.get(totalRow).getCellAsNumber(11).orElseThrow().longValue());
            }
        }
    }

    @Test
    void aPeriodIsAMonthQuarterHalfOrYearThatHasEnded() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(2, Main.run(new String[] {"report", "--count", "10", "--period", "2026-13"}, quiet,
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Period '2026-13' names month 13, not 01 to 12"),
                err.toString(StandardCharsets.UTF_8));
        err.reset();
        assertEquals(2, Main.run(new String[] {"report", "--count", "10", "--period", "2026-Q4"}, quiet,
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Period 2026-Q4 ends on 2026-12-31, after the"
                + " evaluation instant 2026-11-26T00:00; choose a period that has ended."), err.toString(StandardCharsets.UTF_8));
        err.reset();
        assertEquals(2, Main.run(new String[] {"report", "--count", "10", "--period", "2026-Q4", "--lang", "vi"}, quiet,
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Kỳ báo cáo quý IV/2026 kết thúc ngày 31/12/2026, sau"
                + " thời điểm đánh giá 26/11/2026 00:00; hãy chọn kỳ đã kết thúc."), err.toString(StandardCharsets.UTF_8));
    }
}
