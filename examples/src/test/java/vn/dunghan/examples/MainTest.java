package vn.dunghan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The command line: outputs on bundled data, exit codes and error messages. */
class MainTest {

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void demoPrintsTheTetDeadlines() {
        Result result = run("demo");
        assertEquals(0, result.code());
        assertTrue(result.out().contains("due 2026-03-12 (THURSDAY), 24:00"), result.out());
        assertTrue(result.out().contains("due 2026-03-13"), result.out());
        assertTrue(result.out().contains("moved to 2026-02-23"), result.out());
        assertTrue(result.out().contains("end at 2026-02-13T15:40"), result.out());
        Result vi = run("demo", "--lang", "vi");
        assertTrue(vi.out().contains("  hạn 2026-03-12 (Thứ Năm), 24:00"), vi.out());
        assertEquals(2, run("demo", "x").code());
    }

    @Test
    void calendarPrintsReasonsAndCountsWorkingDays() {
        Result result = run("calendar", "2026");
        assertEquals(0, result.code());
        assertTrue(result.out().contains("2026-08-31 (Monday) is not a working day: Day off swapped for National Day,"
                + " worked on 2026-08-22"), result.out());
        // 2026: 261 weekdays, 14 weekdays off, 2 make-up Saturdays
        assertTrue(result.out().endsWith("Working days: 249" + System.lineSeparator()), result.out());
        Result vi = run("calendar", "2026", "--lang", "vi");
        assertTrue(vi.out().contains("2026-02-17 (thứ Ba) là ngày nghỉ: Tết Nguyên đán (mùng 1 tháng Giêng)"), vi.out());
        Result provisional = run("calendar", "2031");
        assertTrue(provisional.out().contains("(statutory rules, provisional)"), provisional.out());
        assertTrue(provisional.out().contains("provisional"), provisional.out());
    }

    @Test
    void lunarConvertsDates() {
        Result result = run("lunar", "2026-02-17", "--lang", "vi");
        assertEquals("2026-02-17  Lunar 2026-01-01  mùng 1 tháng Giêng năm Bính Ngọ" + System.lineSeparator(),
                result.out());
    }

    @Test
    void evaluateRunsOnTheBundledSampleAndOnFiles(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        Result sample = run("evaluate", "--as-of", "2026-11-26T00:00");
        assertEquals(0, sample.code());
        List<String> lines = sample.out().lines().toList();
        assertEquals(12, lines.size());
        assertTrue(lines.get(0).startsWith("{\"record\":1,\"id\":\"000.00.12.H29-260212-0007\",\"agency\":"
                + "\"UBND phường Sài Gòn\",\"procedure\":\"1.004873\",\"channel\":\"COUNTER\",\"acceptedAt\":"
                + "\"2026-02-12T15:40\",\"outcome\":\"LATE\",\"legalDueDate\":\"2026-02-24\""), lines.get(0));
        assertTrue(lines.get(0).contains("\"systemOnTime\":true,\"lateWorkingDays\":1,\"discrepancies\":"
                + "[\"APPOINTMENT_AFTER_LEGAL_DUE\"]"), lines.get(0));
        assertTrue(lines.get(8).endsWith("\"error\":{\"path\":\"/procedure\",\"message\":\"Procedure 9.999999 is not in"
                + " the policies\"}}"), lines.get(8));
        assertEquals("12 records: 11 results, 1 error (as of 2026-11-26T00:00)" + System.lineSeparator(), sample.err());
        // the transferred dossier: accepted Mon 7 Sep 15:30, after 15:00, so due at the competent body by
        // the end of Tue 8; received Wed 9, which starts its clock (Decree 309/2026): an integrity finding
        assertTrue(lines.get(9).contains("\"code\":\"TRANSFER_DELAY\""), lines.get(9));
        assertTrue(lines.get(9).contains("\"code\":\"RETURN_BEFORE_RESULT\""), lines.get(9));
        assertTrue(lines.get(9).contains("\"rule\":\"Decree 118/2025/NĐ-CP as amended by Decree 309/2026/NĐ-CP,"
                + " Art. 18(2)\""), lines.get(9));
        // completed after the evaluation instant: not yet part of its timeline; due over Culture Day
        assertTrue(lines.get(10).contains("\"outcome\":\"IN_PROGRESS\""), lines.get(10));
        assertTrue(lines.get(10).contains("\"eventsAfterAsOf\":1"), lines.get(10));
        assertTrue(lines.get(10).contains("\"caveats\":[\"2026-11-24: holiday, secondary sources only (S)\"]"),
                lines.get(10));
        // restarted from the receipt Fri 9 Oct: due Fri 23 Oct; the appointment re-issued with it, Fri 30, is padded
        assertTrue(lines.get(11).contains("\"reissuedAppointment\",\"value\":\"2026-10-30T16:00\""), lines.get(11));
        java.nio.file.Path input = dir.resolve("in.ndjson");
        java.nio.file.Files.writeString(input, lines.isEmpty() ? "" : "{\"id\":\"X-1\"}\n");
        java.nio.file.Path output = dir.resolve("out.ndjson");
        Result files = run("evaluate", "--input", input.toString(), "--output", output.toString(), "--as-of",
                "2026-11-26T00:00");
        // every record an error: the results are written and the run says nothing could be evaluated
        assertEquals(1, files.code());
        assertTrue(files.err().contains("No record could be evaluated: every one is an error"), files.err());
        assertEquals("{\"record\":1,\"id\":\"X-1\",\"error\":{\"path\":\"/procedure\",\"message\":\"Field 'procedure'"
                + " is required\"}}\n", java.nio.file.Files.readString(output));
        assertEquals(new Result(1, "", "File nowhere.json does not exist." + System.lineSeparator()),
                run("evaluate", "--policies", "nowhere.json"));
        assertEquals(new Result(2, "", "Option --as-of 'yesterday' is not a date-time such as 2026-11-26T08:00,"
                + " 2026-11-26 or 26/11/2026 08:00." + System.lineSeparator()), run("evaluate", "--as-of", "yesterday"));
        // --name=value, and dates as Vietnamese users write them: a date alone is its start
        Result slashed = run("evaluate", "--as-of=26/11/2026");
        assertEquals(0, slashed.code());
        assertTrue(slashed.err().endsWith("(as of 2026-11-26T00:00)" + System.lineSeparator()), slashed.err());
        assertEquals(2, run("evaluate", "--as-of", "31/02/2026").code(), "no 31 February");
        // arguments that contradict each other say why
        Result both = run("deadline", "--accepted", "2026-02-12", "--procedure", "1.004222", "--limit", "3 DAYS");
        assertEquals(2, both.code());
        assertTrue(both.err().startsWith("Options --procedure and --limit exclude each other"), both.err());
        assertTrue(run("evaluate", "--calendar", "c.json", "--schedules", "s.json").err()
                .startsWith("Options --calendar and --schedules exclude each other"));
        Result sampleWithInput = run("report", "--input", "x.ndjson", "--count", "5");
        assertEquals(2, sampleWithInput.code());
        assertTrue(sampleWithInput.err().startsWith("Options --count and --seed make a generated sample"),
                sampleWithInput.err());
        assertTrue(run("deadline", "--accepted=12/02/2026 15:40", "--procedure=1.004222").out()
                .contains("accepted Thu 2026-02-12 15:40"));
        // working hours count on a common timetable unless the office's own is given
        Result hours = run("deadline", "--accepted", "2026-02-12T16:30", "--limit", "4 WORKING_HOURS");
        assertEquals(0, hours.code(), hours.err());
        // 30 minutes on Thursday, 3 hours 30 on Friday morning
        assertTrue(hours.out().contains("due Fri 2026-02-13, 11:00"), hours.out());
        assertTrue(hours.out().contains("Office hours Monday to Friday: 07:30-11:30,13:00-17:00 (a common timetable"),
                hours.out());
        Result own = run("deadline", "--accepted", "2026-02-12T16:30", "--limit", "4 WORKING_HOURS", "--office-hours",
                "08:00-10:00,14:00-18:00");
        // 1 hour 30 on Thursday, 2 hours on Friday morning, 30 minutes on Friday afternoon
        assertTrue(own.out().contains("due Fri 2026-02-13, 14:30"), own.out());
        Result badHours = run("deadline", "--accepted", "2026-02-12T16:30", "--limit", "4 WORKING_HOURS",
                "--office-hours", "8-12");
        assertEquals(2, badHours.code());
        assertTrue(badHours.err().startsWith("Option --office-hours '8-12' is not a list of sessions"), badHours.err());
        // an instant the calendar does not cover is refused before anything is read or written
        String outside = "Option --as-of: Evaluation instant 2200-01-01T00:00 is outside the calendar's range"
                + " 2000-01-01..2199-12-31" + System.lineSeparator();
        assertEquals(new Result(2, "", outside), run("evaluate", "--as-of", "2200-01-01T00:00"));
        assertEquals(2, run("report", "--as-of", "2200-01-01T00:00").code());
        assertEquals(new Result(2, "", "Unknown option '--fromat'." + System.lineSeparator()),
                run("evaluate", "--fromat", "csv"));
        // a format that does not fit the file is refused as a whole
        assertEquals(1, run("evaluate", "--format", "csv").code());
    }

    @Test
    void evaluateAndGenerateSpeakVietnameseWithLangVi(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        Result evaluate = run("evaluate", "--as-of", "2026-11-26T00:00", "--lang", "VI");
        assertEquals(0, evaluate.code());
        assertTrue(evaluate.err().contains("12 bản ghi: 11 kết quả, 1 lỗi (tính đến 2026-11-26T00:00)"), evaluate.err());
        // the results are the same JSON in both languages
        assertEquals(run("evaluate", "--as-of", "2026-11-26T00:00", "--lang", "en").out(), evaluate.out());
        Result generate = run("generate", "--count", "5", "--lang", "vi", "--output", dir.resolve("d.ndjson").toString());
        assertEquals(0, generate.code(), generate.err());
        assertEquals(2, run("generate", "--lang", "fr").code());
    }

    @Test
    void reportSummarisesTheGeneratedSample(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Result result = run("report", "--count", "3000", "--output-dir", dir.toString());
        assertEquals(0, result.code(), result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals("dunghan report: 3,000 generated dossiers (seed 2026), as of 2026-11-26T00:00", lines.get(0));
        // every generated dossier is valid input; counts carry the language's thousands separator
        assertTrue(lines.get(1).startsWith("3,000 dossiers evaluated;"), lines.get(1));
        assertTrue(lines.get(2).startsWith("On time: legal "), lines.get(2));
        assertTrue(result.out().contains("UBND phường Bến Thành"), result.out());
        for (String file : List.of("by-agency.csv", "by-procedure.csv", "by-month.csv", "hidden-lateness.csv")) {
            assertTrue(java.nio.file.Files.size(dir.resolve(file)) > 100, file);
        }
        List<String> agencies = java.nio.file.Files.readAllLines(dir.resolve("by-agency.csv"));
        assertEquals(14, agencies.size());
        // for Excel: a byte order mark, headers in words, rates as percentages in columns named with %
        assertTrue(agencies.get(0).startsWith("\uFEFFagency,dossiers,finished,legal on time %,one-stop software on"
                + " time %,stated on time %,Decision 766 on time %,hidden lateness,early,on time,late,"), agencies.get(0));
        assertTrue(agencies.get(0).contains(",Lateness hidden by the appointment,Padded appointment,"
                + "Extension without a timely apology,Repeated extension,Late supplement request,Repeated supplement request,"
                + "Delayed acceptance,Late transfer,Acceptance date mismatch,Idle holding,Step overrun,"
                + "Completion recorded before signature,Return before the result,Return recorded before handover,"
                + "Early return without notice,Late refusal,Re-filed to reset the clock,differs: Slip after the legal due,"),
                agencies.get(0));
        assertTrue(agencies.get(0).endsWith(",differs: Date only,differs: Clock paused"), agencies.get(0));
        assertTrue(agencies.get(1).matches("[^,]+,[\\d]+,[\\d]+,\\d{1,3}\\.\\d,\\d{1,3}\\.\\d,\\d{1,3}\\.\\d,\\d{1,3}\\.\\d,.*"),
                agencies.get(1));
        // the open dossiers to act on: overdue or due soon, most late first, with the apology on record or not
        List<String> actions = java.nio.file.Files.readAllLines(dir.resolve("action-list.csv"));
        assertEquals("\uFEFFdossier,agency,procedure,procedure name,state,legal due,working days late,appointment,"
                + "written apology recorded", actions.get(0));
        assertTrue(result.out().contains("Open dossiers to act on (overdue in law or due soon): " + (actions.size() - 1)
                + ", listed in action-list.csv"), result.out());
        assertTrue(actions.get(1).matches("[^,]+,[^,]+,[^,]+,.*,(overdue|due soon),\\d{4}-\\d\\d-\\d\\d,\\d+,.*,(yes|no)"),
                actions.get(1));
        List<String> procedures = java.nio.file.Files.readAllLines(dir.resolve("by-procedure.csv"));
        assertTrue(procedures.get(0).startsWith("\uFEFFprocedure,procedure name,dossiers,"), procedures.get(0));
        assertTrue(procedures.stream().anyMatch(line -> line.startsWith("1.001193,Đăng ký khai sinh,")), procedures.toString());
        // the same seed gives the same report
        assertEquals(result, run("report", "--count", "3000", "--output-dir", dir.toString()));
        Result vi = run("report", "--count", "3000", "--output-dir", dir.toString(), "--lang", "vi");
        assertTrue(vi.out().startsWith("Báo cáo dunghan: 3.000 hồ sơ mẫu (seed 2026), tính đến 2026-11-26T00:00\n"
                + "3.000 hồ sơ được đánh giá;"), vi.out());
        assertTrue(vi.out().contains("hồ sơ trễ hạn theo luật nhưng đúng hẹn theo giấy hẹn"), vi.out());
    }

    @Test
    void theUnstaffedCounterAfterTetIsFound(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Result result = run("report", "--output-dir", dir.toString());
        assertEquals(0, result.code(), result.err());
        // planted by SampleGenerator: UBND xã Củ Chi closed on the first two working days after each Tết
        for (String day : List.of("2024-02-15 (+1)  UBND xã Củ Chi", "2024-02-16 (+2)  UBND xã Củ Chi",
                "2025-02-03 (+1)  UBND xã Củ Chi", "2025-02-04 (+2)  UBND xã Củ Chi",
                "2026-02-23 (+1)  UBND xã Củ Chi", "2026-02-24 (+2)  UBND xã Củ Chi")) {
            assertTrue(result.out().contains(day), day + " in " + result.out());
        }
        List<String> activity = java.nio.file.Files.readAllLines(dir.resolve("holiday-activity.csv"));
        assertTrue(activity.size() > 100);
        assertEquals("\uFEFFbreak from,break to,holiday,agency,date,working days from the break,accepted,returned,"
                + "completed,counter's usual per working day,counter idle", activity.get(0));
        assertTrue(java.nio.file.Files.readString(dir.resolve("report.html")).contains("<td class=\"d\">2026-02-23</td>"));
    }

    @Test
    void generatedDossiersAreReadBackAndReported(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("d.ndjson");
        assertEquals(0, run("generate", "--count", "500", "--seed", "7", "--output", file.toString()).code());
        assertEquals(500, java.nio.file.Files.readAllLines(file).size());
        Result report = run("report", "--input", file.toString(), "--as-of", "2026-11-26T00:00", "--output-dir",
                dir.resolve("r").toString());
        assertEquals(0, report.code(), report.err());
        assertTrue(report.out().lines().toList().get(1).startsWith("500 dossiers evaluated;"), report.out());
        assertEquals(new Result(2, "", "Option --count 0 must be from 1 to 10000000." + System.lineSeparator()),
                run("report", "--count", "0"));
    }

    /**
     * 100,000 dossiers, with invalid, repeated and over-long records mixed in, give
     * byte-identical results and reports on 1, 2 and 4 threads.
     */
    @Test
    void outputsAreIdenticalOnOneTwoAndFourThreads(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path generated = dir.resolve("g.ndjson");
        assertEquals(0, run("generate", "--count", "100000", "--seed", "11", "--output", generated.toString()).code());
        List<String> lines = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(generated));
        for (int i = 0; i < lines.size(); i += 997) {
            switch (i % 4) {
                case 0 -> lines.set(i, lines.get(i).substring(0, lines.get(i).length() / 2)); // truncated
                case 1 -> lines.set(i, lines.get(i - 1)); // a code used twice
                case 2 -> lines.set(i, lines.get(i).replaceFirst("\"acceptedAt\":\"(\\d{4})-\\d\\d",
                        "\"acceptedAt\":\"$1-13")); // month 13
                default -> lines.set(i, "{\"id\":\"" + "x".repeat(1_100_000) + "\"}"); // over the line limit
            }
        }
        java.nio.file.Path input = dir.resolve("d.ndjson");
        java.nio.file.Files.write(input, lines);
        String first = null;
        Result firstReport = null;
        for (String threads : List.of("1", "2", "4")) {
            java.nio.file.Path output = dir.resolve("r" + threads + ".ndjson");
            Result result = run("evaluate", "--input", input.toString(), "--output", output.toString(), "--as-of",
                    "2026-11-26T00:00", "--threads", threads);
            assertEquals(0, result.code(), result.err());
            String text = java.nio.file.Files.readString(output);
            assertEquals(100_000, text.lines().count());
            assertEquals(101, text.lines().filter(line -> line.contains("\"error\"")).count());
            java.nio.file.Path reportDir = dir.resolve("report" + threads);
            Result report = run("report", "--input", input.toString(), "--as-of", "2026-11-26T00:00", "--threads",
                    threads, "--output-dir", reportDir.toString());
            assertEquals(0, report.code(), report.err());
            assertTrue(report.out().contains("99,899 dossiers evaluated, 101 rejected as invalid"), report.out());
            if (first == null) {
                first = text;
                firstReport = report;
            } else {
                assertEquals(first, text, threads + " threads");
                assertEquals(firstReport.out().replace("report1", "report" + threads), report.out(), threads + " threads");
                for (String table : List.of("by-agency.csv", "by-procedure.csv", "by-month.csv", "hidden-lateness.csv",
                        "holiday-activity.csv", "report.html")) {
                    assertEquals(java.nio.file.Files.readString(dir.resolve("report1").resolve(table)),
                            java.nio.file.Files.readString(reportDir.resolve(table)), table + ", " + threads + " threads");
                }
            }
        }
    }

    @Test
    void evaluateAndReportAgreeThatTheFirstRecordKeepsItsCodeValidOrNot(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws Exception {
        java.nio.file.Path generated = dir.resolve("g.ndjson");
        assertEquals(0, run("generate", "--count", "3", "--seed", "5", "--output", generated.toString()).code());
        List<String> lines = java.nio.file.Files.readAllLines(generated);
        // record 1 is invalid (month 13); record 2 reuses its code; record 3 is valid
        String invalid = lines.get(0).replaceFirst("\"acceptedAt\":\"(\\d{4})-\\d\\d", "\"acceptedAt\":\"$1-13");
        java.nio.file.Path input = dir.resolve("d.ndjson");
        java.nio.file.Files.write(input, List.of(invalid, lines.get(0), lines.get(2)));
        java.nio.file.Path output = dir.resolve("r.ndjson");
        assertEquals(0, run("evaluate", "--input", input.toString(), "--output", output.toString(), "--as-of",
                "2026-11-26T00:00").code());
        List<String> results = java.nio.file.Files.readAllLines(output);
        assertTrue(results.get(1).contains("is already used by record 1"), results.get(1));
        Result report = run("report", "--input", input.toString(), "--as-of", "2026-11-26T00:00", "--output-dir",
                dir.resolve("rep").toString());
        assertTrue(report.out().contains("1 dossier evaluated, 2 rejected as invalid"), report.out());
    }

    @Test
    void badThreadCountsAreNamedByEveryCommand() {
        for (String command : List.of("evaluate", "report")) {
            for (String threads : List.of("x", "0", "257")) {
                Result result = run(command, "--threads", threads);
                assertEquals(2, result.code(), command + " --threads " + threads);
                assertEquals("Option --threads takes a number from 1 to 256.", result.err().strip(),
                        command + " --threads " + threads);
            }
        }
    }


    @org.junit.jupiter.api.Test
    void thePortalPayloadEvaluatesLikeItsNdjsonTwin(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // the bundled sample in the shape of DongBoHoSoMC and the same dossiers as dunghan's NDJSON
        java.nio.file.Path portal = dir.resolve("sample-portal.json");
        java.nio.file.Path twin = dir.resolve("sample-portal-twin.ndjson");
        for (java.nio.file.Path file : new java.nio.file.Path[] {portal, twin}) {
            try (java.io.InputStream in = Main.class.getResourceAsStream(file.getFileName().toString())) {
                java.nio.file.Files.copy(in, file);
            }
        }
        Result fromPortal = run("evaluate", "--input", portal.toString(), "--as-of", "2026-11-26T00:00");
        Result fromTwin = run("evaluate", "--input", twin.toString(), "--as-of", "2026-11-26T00:00");
        assertEquals(0, fromPortal.code(), fromPortal.err());
        java.util.List<String> a = fromPortal.out().lines().toList();
        java.util.List<String> b = fromTwin.out().lines().toList();
        assertEquals(9, a.size());
        // the same results; the one error names the payload's field and value instead of dunghan's
        assertEquals(b.subList(0, 8), a.subList(0, 8));
        assertEquals(b.get(8).replace("/acceptedAt", "/NgayTiepNhan").replace("2026-02-31T09:00", "20260231090000"),
                a.get(8));
        assertTrue(a.get(5).contains("STEP_OVERRUN"), a.get(5));
        assertTrue(fromPortal.err().contains("9 records: 8 results, 1 error"), fromPortal.err());
        // named explicitly, and refused for a wrong name
        assertEquals(fromPortal.out(), run("evaluate", "--input", portal.toString(), "--format", "PORTAL", "--as-of",
                "2026-11-26T00:00").out());
        // the spreadsheet twin: semicolons, a byte order mark, Vietnamese headers, dd/MM/yyyy times; it has
        // no column for a step, so it leaves out the dossier with one
        java.nio.file.Path csv = dir.resolve("sample-export.csv");
        try (java.io.InputStream in = Main.class.getResourceAsStream("sample-export.csv")) {
            java.nio.file.Files.copy(in, csv);
        }
        Result fromCsv = run("evaluate", "--input", csv.toString(), "--as-of", "2026-11-26T00:00");
        java.util.List<String> c = fromCsv.out().lines().map(l -> l.replaceFirst("\"record\":\\d+,", "")).toList();
        java.util.List<String> expected = b.stream().filter(l -> !l.contains("261116-0003"))
                .map(l -> l.replaceFirst("\"record\":\\d+,", "")
                        .replace("\"/acceptedAt\",\"message\":\"'2026-02-31T09:00'", "\"/Ngày tiếp nhận\",\"message\":\"'31/02/2026 09:00'"))
                .toList();
        assertEquals(expected, c);
        // the same export saved as an Excel workbook, with its times as Excel dates
        java.nio.file.Path xlsx = dir.resolve("sample-export.xlsx");
        try (java.io.InputStream in = Main.class.getResourceAsStream("sample-export.xlsx")) {
            java.nio.file.Files.copy(in, xlsx);
        }
        assertEquals(fromCsv, run("evaluate", "--input", xlsx.toString(), "--as-of", "2026-11-26T00:00"));
        // a workbook renamed .csv is still read as a workbook
        java.nio.file.Path renamed = dir.resolve("renamed.csv");
        java.nio.file.Files.copy(xlsx, renamed);
        assertEquals(fromCsv.out(), run("evaluate", "--input", renamed.toString(), "--as-of", "2026-11-26T00:00").out());
        // columns of other names are not read, and the run says which
        java.nio.file.Path extra = dir.resolve("extra.csv");
        java.nio.file.Files.writeString(extra, "STT;Mã hồ sơ;Mã TTHC;Tên TTHC;Đơn vị xử lý;Ngày tiếp nhận;Ngày hẹn trả\n"
                + "1;A1;1.004873;Xác nhận tình trạng hôn nhân;UBND xã A;12/02/2026 15:40;26/02/2026 16:00\n");
        Result withExtra = run("evaluate", "--input", extra.toString(), "--as-of", "2026-11-26T00:00");
        assertEquals(0, withExtra.code(), withExtra.err());
        assertTrue(withExtra.err().startsWith("Columns not read (no dossier field of that name): STT, Tên TTHC."),
                withExtra.err());
        // options alone run the default command, report
        assertEquals(0, run("--count", "50", "--output-dir", dir.resolve("default").toString()).code());
        // the progress entries sent apart (CapNhatTienDoHoSoMC), joined by code: the same results as nested
        tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder().build();
        tools.jackson.databind.node.ObjectNode envelope = (tools.jackson.databind.node.ObjectNode) mapper.readTree(
                java.nio.file.Files.readString(portal));
        tools.jackson.databind.node.ArrayNode entries = mapper.createArrayNode();
        for (tools.jackson.databind.JsonNode dossier : envelope.get("data")) {
            tools.jackson.databind.JsonNode nested = ((tools.jackson.databind.node.ObjectNode) dossier).remove("QuaTrinhXuLy");
            if (nested != null) {
                for (tools.jackson.databind.JsonNode entry : nested) {
                    entries.add(((tools.jackson.databind.node.ObjectNode) entry.deepCopy()).put("MaHoSo",
                            dossier.get("MaHoSo").asString()));
                }
            }
        }
        java.nio.file.Path flat = dir.resolve("flat.json");
        java.nio.file.Path progress = dir.resolve("progress.json");
        java.nio.file.Files.writeString(flat, mapper.writeValueAsString(envelope));
        java.nio.file.Files.writeString(progress, mapper.writeValueAsString(mapper.createObjectNode()
                .put("service", "CapNhatTienDoHoSoMC").set("data", entries)));
        assertTrue(entries.size() >= 3, entries.toString());
        assertEquals(fromPortal.out(), run("evaluate", "--input", flat.toString(), "--progress", progress.toString(),
                "--as-of", "2026-11-26T00:00").out());
        Result notPortal = run("evaluate", "--input", twin.toString(), "--progress", progress.toString());
        assertEquals(2, notPortal.code());
        assertTrue(notPortal.err().startsWith("Option --progress joins progress entries to the portal's payload"),
                notPortal.err());
        Result wrong = run("evaluate", "--input", portal.toString(), "--format", "xml");
        assertEquals(2, wrong.code());
        assertEquals("Option --format: Format 'xml' is not ndjson, csv, portal or xlsx.\n", wrong.err());
    }

    @Test
    void csvInputIsEvaluatedAndReported(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path csv = dir.resolve("export.csv");
        java.nio.file.Files.writeString(csv, "MaHoSo,MaTTHC,DonViTiepNhan,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy,NgayTra\n"
                + "000.00.12.H29-260212-0007,1.004873,UBND phường Sài Gòn,12/02/2026 15:40,26/02/2026,"
                + "25/02/2026 10:00,26/02/2026 09:00\n"
                + "000.00.12.H29-260213-0001,1.004873,UBND phường Sài Gòn,31/02/2026 10:00,26/02/2026,,\n");
        java.nio.file.Path out = dir.resolve("r.ndjson");
        Result result = run("evaluate", "--input", csv.toString(), "--output", out.toString(), "--as-of",
                "2026-11-26T00:00");
        assertEquals(0, result.code(), result.err());
        List<String> lines = java.nio.file.Files.readAllLines(out);
        // 1.004873: 3 working days; Thu 12 Feb 2026, then Tết: Fri 13, Mon 23, Tue 24
        assertTrue(lines.get(0).startsWith("{\"record\":1,\"id\":\"000.00.12.H29-260212-0007\",\"agency\":"
                + "\"UBND phường Sài Gòn\",\"procedure\":\"1.004873\",\"channel\":\"COUNTER\",\"acceptedAt\":"
                + "\"2026-02-12T15:40\",\"outcome\":\"LATE\",\"legalDueDate\":\"2026-02-24\""), lines.get(0));
        assertTrue(lines.get(0).contains("\"systemOnTime\":true,\"lateWorkingDays\":1,\"discrepancies\":"
                + "[\"APPOINTMENT_AFTER_LEGAL_DUE\"]"), lines.get(0));
        assertEquals("{\"record\":2,\"id\":\"000.00.12.H29-260213-0001\",\"error\":{\"path\":\"/NgayTiepNhan\","
                + "\"message\":\"'31/02/2026 10:00' is not a valid time: Invalid date 'FEBRUARY 31'\"}}", lines.get(1));
        Result report = run("report", "--input", csv.toString(), "--as-of", "2026-11-26T00:00", "--output-dir",
                dir.resolve("rep").toString());
        assertEquals(0, report.code(), report.err());
        assertTrue(report.out().contains("1 dossier evaluated, 1 rejected as invalid"), report.out());
        // the rejected records are shown: how many name each column, and the first of them
        assertTrue(report.out().contains("Rejected records, by the field at fault: /NgayTiepNhan 1\n"
                + "  record 2 (000.00.12.H29-260213-0001) /NgayTiepNhan: '31/02/2026 10:00' is not a valid time"), report.out());
    }

    @Test
    void deadlineExplainsOneDeadline() throws java.io.IOException {
        // procedure 1.004222 of the bundled catalogue: 7 working days; Thu 12 Feb 2026 over Tết: Mon 2 Mar
        Result byProcedure = run("deadline", "--accepted", "2026-02-12T15:40", "--procedure", "1.004222");
        assertEquals(0, byProcedure.code(), byProcedure.err());
        assertTrue(byProcedure.out().contains("; 7 working days; skips 2026-02-14..2026-02-22 (Lunar New Year (Tết)"),
                byProcedure.out());
        assertTrue(byProcedure.out().trim().endsWith("due Mon 2026-03-02, 24:00"), byProcedure.out());
        Result vi = run("deadline", "--accepted", "2026-02-12T15:40", "--procedure", "1.004222", "--lang", "vi");
        assertTrue(vi.out().contains("tiếp nhận thứ Năm 2026-02-12 15:40; 7 ngày làm việc; bỏ qua 2026-02-14..2026-02-22"
                + " (Tết Nguyên đán (ngày 29 tháng Chạp);"), vi.out());
        assertTrue(vi.out().trim().endsWith("hạn thứ Hai 2026-03-02, 24:00"), vi.out());
        Result byLimit = run("deadline", "--accepted", "2026-02-12T15:40", "--limit", "15 WORKING_DAYS", "--cutoff", "15:00");
        assertTrue(byLimit.out().trim().endsWith("due Fri 2026-03-13, 24:00"), byLimit.out());
        assertEquals(new Result(2, "", "Unit 'WEEKS' is not one of [WORKING_DAYS, DAYS, WORKING_HOURS, HOURS, MONTHS]."
                + System.lineSeparator()), run("deadline", "--accepted", "2026-02-12T15:40", "--limit", "15 WEEKS"));
        assertEquals(new Result(2, "", "Time limit -1 DAYS must be from 0 to 10000" + System.lineSeparator()),
                run("deadline", "--accepted", "2026-02-12T15:40", "--limit", "-1 DAYS"));
        // a calendar document without office hours cannot count working hours
        java.nio.file.Path calendar = java.nio.file.Files.createTempFile("calendar", ".json");
        java.nio.file.Files.writeString(calendar, "{\"minDate\":\"2026-01-01\",\"maxDate\":\"2026-12-31\"}");
        assertEquals(new Result(2, "", "Working-time arithmetic needs office hours, and this calendar has none"
                + System.lineSeparator()), run("deadline", "--accepted", "2026-02-12T15:40", "--limit", "8 WORKING_HOURS",
                        "--calendar", calendar.toString()));
        java.nio.file.Files.delete(calendar);
        assertEquals(2, run("deadline", "--accepted", "2026-02-12T15:40").code());
        assertEquals(2, run("deadline", "--accepted", "2026-02-12T15:40", "--procedure", "0.000000").code());
    }

    @Test
    void badArgumentsExitWithTwoAndSayWhy() {
        assertEquals(new Result(2, "", "Year 'abc' is not a number such as 2026." + System.lineSeparator()),
                run("calendar", "abc"));
        assertEquals(new Result(2, "", "Year 2300 is outside the supported range 2000..2199" + System.lineSeparator()),
                run("calendar", "2300"));
        assertEquals(2, run("calendar").code());
        assertEquals(new Result(2, "", "Option --lang takes vi or en, not 'fr'." + System.lineSeparator()),
                run("calendar", "2026", "--lang", "fr"));
        // the language in any case; an option given twice, or a stray argument, is said
        assertEquals(0, run("calendar", "2026", "--lang", "VI").code());
        assertEquals(new Result(2, "", "Option --lang is given twice ('vi' and 'en'); give it once." + System.lineSeparator()),
                run("calendar", "2026", "--lang", "vi", "--lang", "en"));
        assertTrue(run("evaluate", "extra").err().startsWith("Unexpected argument 'extra': this command takes options"
                + " only."));
        assertEquals(new Result(2, "", "Date '2026-02-30': Text '2026-02-30' could not be parsed: Invalid date"
                + " 'FEBRUARY 30'" + System.lineSeparator()), run("lunar", "2026-02-30"));
        Result unknown = run("frobnicate");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("Unknown command 'frobnicate'."), unknown.err());
        assertEquals(0, run("help").code());
        // the program's --help is the whole help, not the default command's usage
        assertEquals(run("help"), run("--help"));
        for (String command : List.of("report", "evaluate", "generate", "deadline", "calendar", "lunar", "demo")) {
            Result help = run(command, "--help");
            assertEquals(0, help.code(), command);
            assertTrue(help.out().startsWith("Usage: java -jar dunghan.jar " + command), help.out());
        }
        assertEquals(2, run("demo", "extra").code());
    }

    @Test
    void aScheduleAnnouncedAfterTheReleaseIsTakenByTheCommands(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // a 2028 schedule with one swap: Thu 27 Jan off, Sat 5 Feb worked instead (and, as announced
        // schedules list every day off, nothing else off in January)
        java.nio.file.Path schedules = java.nio.file.Files.writeString(dir.resolve("2028.json"), "{\"format\":"
                + "\"dunghan-vietnam-schedules\",\"version\":1,\"years\":[{\"year\":2028,\"sources\":[\"Công văn X\"],"
                + "\"days\":[{\"date\":\"2028-01-27\",\"kind\":\"SWAPPED\",\"occasion\":\"TET\",\"makeUpDay\":"
                + "\"2028-02-05\",\"grade\":\"V2\",\"source\":\"Công văn X\"}],\"makeUpDays\":[{\"date\":\"2028-02-05\","
                + "\"occasion\":\"TET\",\"replaces\":\"2028-01-27\",\"grade\":\"V2\",\"source\":\"Công văn X\"}]}]}");
        // accepted Tue 25 Jan: Wed 26, (Thu 27 off), Fri 28, Mon 31: due Mon 31 Jan
        Result deadline = run("deadline", "--accepted", "2028-01-25", "--limit", "3 WORKING_DAYS", "--schedules",
                schedules.toString());
        assertTrue(deadline.out().contains("due Mon 2028-01-31, 24:00"), deadline.out());
        Result calendar = run("calendar", "2028", "--schedules", schedules.toString());
        assertTrue(calendar.out().contains("2028-01-27 (Thursday) is not a working day: Day off swapped"), calendar.out());
        assertTrue(calendar.out().contains("2028-02-05 (Saturday) is a working day"), calendar.out());
    }
}
