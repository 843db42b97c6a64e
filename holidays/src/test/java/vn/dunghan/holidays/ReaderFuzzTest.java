package vn.dunghan.holidays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dunghan.bulk.BulkEvaluation;
import vn.dunghan.bulk.DossierSource;
import vn.dunghan.bulk.Pipeline;
import vn.dunghan.bulk.ResultLines;
import vn.dunghan.dossier.DossierRecord;
import vn.dunghan.dossier.Evaluator;
import vn.dunghan.json.CalendarJson;
import vn.dunghan.json.DossierJson;
import vn.dunghan.json.InvalidDocumentException;
import vn.dunghan.json.NdjsonLines;
import vn.dunghan.json.PolicyJson;
import vn.dunghan.json.ReadLimits;

/**
 * Seeded mutation fuzzing of valid inputs, for a fixed time budget per reader. Each
 * iteration mutates valid records (bytes flipped, cut, inserted or repeated; numbers, dates,
 * offsets, names and line breaks replaced by edge values) and checks that nothing escapes: a bulk
 * run throws nothing and accounts for every record (one output line per non-blank input line,
 * in order, each a result or an error with a path and a rule), and a document reader either reads
 * the document or throws {@link InvalidDocumentException}. On failure the message gives the seed
 * and the input; rerun with {@code -Dfuzz.seed=S} to reproduce. The budget is
 * {@code -Dfuzz.millis} per reader (default 1500 ms).
 */
class ReaderFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", System.nanoTime());
    private static final long MILLIS = Long.getLong("fuzz.millis", 1500);
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final String POLICIES = """
            {"procedures":[{"code":"1.004227","limit":{"amount":15,"unit":"WORKING_DAYS"},"cutoff":"15:00"},
              {"code":"2.000001","limit":{"amount":8,"unit":"WORKING_HOURS"},"supplement":"PAUSE"}]}
            """;
    private static final List<String> RECORDS = List.of(
            "{\"id\":\"A-1\",\"procedure\":\"1.004227\",\"agency\":\"UBND phường Bến Nghé\",\"channel\":\"ONLINE\","
                    + "\"submittedAt\":\"2026-02-12T15:30:00\",\"acceptedAt\":\"2026-02-12T15:40:00\","
                    + "\"appointment\":\"2026-03-12T16:00:00\",\"competentReceivedAt\":\"2026-02-13T09:00:00\","
                    + "\"events\":[{\"type\":\"SUPPLEMENT_REQUESTED\",\"at\":\"2026-02-13T10:00:00\"},"
                    + "{\"type\":\"SUPPLEMENT_RECEIVED\",\"at\":\"2026-02-24T09:00:00\",\"newAppointment\":\"2026-03-17\"},"
                    + "{\"type\":\"STEP\",\"unit\":\"Phòng Tư pháp\",\"start\":\"2026-02-25T08:00:00\","
                    + "\"end\":\"2026-03-02T17:00:00\",\"allocatedWorkingDays\":3},"
                    + "{\"type\":\"EXTENDED\",\"at\":\"2026-03-16T10:00:00\",\"newAppointment\":\"2026-03-20T16:00:00\","
                    + "\"apology\":true},{\"type\":\"COMPLETED\",\"at\":\"2026-03-19T10:00:00+07:00\"},"
                    + "{\"type\":\"RETURNED\",\"at\":\"2026-03-19T15:00:00\"}]}",
            "{\"id\":\"A-2\",\"procedure\":\"2.000001\",\"agency\":\"UBND xã Đông Anh\",\"acceptedAt\":\"2026-04-29T16:00\","
                    + "\"appointment\":\"2026-05-05T16:00\",\"events\":[{\"type\":\"WITHDRAWN\",\"at\":\"2026-05-04T08:00\"}]}",
            "{\"id\":\"A-3\",\"procedure\":\"1.004227\",\"agency\":\"Sở Tư pháp\",\"acceptedAt\":\"2026-11-20T08:00:00\","
                    + "\"appointment\":\"2026-12-11T16:00:00\"}");
    private static final String CSV = "MaHoSo,MaTTHC,DonViTiepNhan,KenhNop,NgayTiepNhan,NgayHenTra,NgayBoSung,"
            + "NgayTiepNhanBoSung,NgayHenTraMoi,NgayGiaHan,NgayHenTraGiaHan,CoXinLoi,NgayKetThucXuLy,NgayTra\n"
            + "C-1,1.004227,\"UBND phường Bến Nghé, TP.HCM\",Trực tuyến,12/02/2026 15:40,12/03/2026 16:00,"
            + "13/02/2026 10:00,24/02/2026 09:00,17/03/2026,16/03/2026 10:00,20/03/2026 16:00,có,"
            + "19/03/2026 10:00,20260319150000\n"
            + "C-2,2.000001,UBND xã Đông Anh,,2026-04-29 16:00,2026-05-05,,,,,,,,\n";
    private static final String CALENDAR = """
            {"minDate":"2026-01-01","maxDate":"2026-12-31","weekend":["SATURDAY","SUNDAY"],
             "daysOff":[{"date":"2026-04-30","name":"Reunification Day","kind":"HOLIDAY","source":"LC 2019 Art. 112"}],
             "workingDays":[{"date":"2026-01-10","name":"Make-up day"}],
             "officeHours":{"standard":{"MONDAY":["07:30-11:30","13:00-17:00"],"SATURDAY":["07:30-11:30"]},
               "seasons":[{"from":"--04-15","to":"--10-14","timetable":{"MONDAY":["07:00-11:30"]}}],
               "exceptions":[{"date":"2026-02-13","sessions":["07:30-11:30"]}],"makeUpDay":["07:30-11:30"]}}
            """;
    private static final String SCHEDULE = """
            {"format":"dunghan-vietnam-schedules","version":1,"description":"fuzz","years":[
             {"year":2028,"sources":["Công văn 1/VPCP-KGVX (test)"],"days":[
              {"date":"2028-01-01","kind":"HOLIDAY","occasion":"NEW_YEAR","grade":"V2","source":"Công văn 1"},
              {"date":"2028-01-24","kind":"SWAPPED","occasion":"TET","makeUpDay":"2028-02-05","grade":"V2","source":"Công văn 1"},
              {"date":"2028-05-02","kind":"COMPENSATORY","occasion":"HUNG_KINGS","compensates":"2028-04-29","grade":"D",
               "source":"Labour Code 2019, Art. 111(3)","provisional":true}],
             "makeUpDays":[
              {"date":"2028-02-05","occasion":"TET","replaces":"2028-01-24","grade":"V2","source":"Công văn 1"}]}]}
            """;
    private static final String[] EDGES = {"2026-02-30", "2026-02-29", "24:00", "23:59:60", "+08:00", "Z", "-1",
        "99999999999999999999", "1e400", "0", "null", "true", "\"\"", "[]", "{}", "\\u0000", "\\ud800", "\n", "\r\n",
        "\uFEFF", "\u00A0", "\"", ",", ":", "{", "}", "[", "]", "9999-12-31", "0000-01-01", "+200000-01-01",
        "SATURDAY", "WORKING_HOURS", "RESTART", "STEP", "COMPLETED"};

    private static byte[] mutate(byte[] input, SplittableRandom random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = input;
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations && bytes.length > 0; m++) {
            int at = random.nextInt(bytes.length);
            int span = Math.min(bytes.length - at, 1 + random.nextInt(12));
            out.reset();
            out.write(bytes, 0, at);
            switch (random.nextInt(7)) {
                case 0 -> out.write(bytes[at] ^ (1 << random.nextInt(8)));
                case 1 -> { } // delete the span
                case 2 -> {
                    for (int i = random.nextInt(4); i >= 0; i--) {
                        out.write(random.nextInt(256));
                    }
                    out.write(bytes, at, span);
                }
                case 3 -> out.writeBytes(EDGES[random.nextInt(EDGES.length)].getBytes(StandardCharsets.UTF_8));
                case 4 -> {
                    out.write(bytes, at, span);
                    out.write(bytes, at, span);
                }
                case 5 -> { // replace a digit, keeping the shape of dates and numbers
                    out.write(Character.isDigit(bytes[at]) ? '0' + random.nextInt(10) : bytes[at]);
                    span = 1;
                }
                default -> { // truncate
                    bytes = out.toByteArray();
                    continue;
                }
            }
            out.write(bytes, at + span, bytes.length - at - span);
            bytes = out.toByteArray();
        }
        return bytes;
    }

    /** Runs iterations until the budget is spent; each iteration's input is reproducible from the seed. */
    private static void fuzz(String name, Consumer<SplittableRandom> iteration) {
        SplittableRandom random = new SplittableRandom(SEED);
        long end = System.nanoTime() + MILLIS * 1_000_000;
        int done = 0;
        while (System.nanoTime() < end || done < 50) {
            iteration.accept(random.split());
            done++;
        }
        System.out.println(name + ": " + done + " fuzzed inputs, seed " + SEED);
    }

    private static String show(byte[] input) {
        return "seed " + SEED + ", input: " + new String(input, StandardCharsets.ISO_8859_1)
                .replace("\n", "\\n").replace("\r", "\\r");
    }

    @Test
    void bulkNdjsonAccountsForEveryRecord() {
        Pipeline pipeline = Pipeline.of(Evaluator.of(VietnamCalendars.civilService(),
                PolicyJson.read(POLICIES)), LocalDateTime.of(2026, 11, 26, 0, 0));
        fuzz("NDJSON", random -> {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            for (int i = random.nextInt(6); i >= 0; i--) {
                byte[] record = RECORDS.get(random.nextInt(RECORDS.size())).getBytes(StandardCharsets.UTF_8);
                file.writeBytes(random.nextInt(4) == 0 ? record : mutate(record, random));
                file.write('\n');
            }
            byte[] input = file.toByteArray();
            StringWriter out = new StringWriter();
            try {
                Pipeline.Counts counts = pipeline.withBulk(BulkEvaluation.parallel(1 + random.nextInt(2))
                        .withBatch(1 + random.nextInt(3))).run(DossierSource.ndjson(new ByteArrayInputStream(input),
                        ReadLimits.of(400, 6)), ResultLines.to(out), done -> { });
                List<Long> expected = nonBlankLines(input);
                List<String> lines = out.toString().lines().toList();
                assertEquals(expected.size(), lines.size(), show(input));
                assertEquals(lines.size(), counts.records(), show(input));
                for (int i = 0; i < lines.size(); i++) {
                    JsonNode record = MAPPER.readTree(lines.get(i));
                    assertEquals(expected.get(i), record.get("record").asLong(), show(input));
                    JsonNode error = record.get("error");
                    if (error == null) {
                        assertTrue(record.has("outcome"), show(input));
                    } else {
                        String path = error.get("path").asString();
                        assertTrue(path.isEmpty() || path.startsWith("/"), show(input));
                        assertFalse(error.get("message").asString().isBlank(), show(input));
                    }
                }
            } catch (InvalidDocumentException ex) {
                // mutated bytes can make the file look like another encoding: refused whole, nothing written
                if (!ex.getPath().isEmpty() || !ex.getRule().startsWith("The file ") || !out.toString().isEmpty()) {
                    fail(show(input), ex);
                }
            } catch (RuntimeException | AssertionError ex) {
                fail(show(input), ex);
            }
        });
    }

    @Test
    void theFastReaderAgreesWithTheTreeReader() {
        // DossierJson.read(line, limits) takes a streaming fast path and falls back to the tree;
        // DossierJson.read(number, text, limits) reads through the tree only
        ReadLimits limits = ReadLimits.of(400, 6);
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        fuzz("fast and tree readers", random -> {
            byte[] record = RECORDS.get(random.nextInt(RECORDS.size())).getBytes(StandardCharsets.UTF_8);
            byte[] input = random.nextInt(8) == 0 ? record : mutate(record, random);
            String text;
            try {
                text = decoder.decode(java.nio.ByteBuffer.wrap(input)).toString();
            } catch (java.nio.charset.CharacterCodingException ex) {
                return; // the tree reader is given text, so only valid UTF-8 compares
            }
            if (text.indexOf('\n') >= 0) {
                return;
            }
            try {
                // Jackson's text and byte parsers word syntax errors differently: only their kind is compared
                assertEquals(syntaxKindOnly(DossierJson.read(7, text, limits)),
                        syntaxKindOnly(DossierJson.read(new NdjsonLines.Line(7, input, input.length), limits)), show(input));
            } catch (RuntimeException ex) {
                fail(show(input), ex);
            }
        });
    }

    private static DossierRecord syntaxKindOnly(DossierRecord record) {
        return record.isError() && record.message().startsWith("The document is not valid JSON")
                ? new DossierRecord(record.number(), null, record.id(), record.path(), "syntax") : record;
    }

    /** The numbers of the lines that are not blank, split here independently of the library. */
    private static List<Long> nonBlankLines(byte[] input) {
        List<Long> numbers = new ArrayList<>();
        long number = 0;
        int start = 0;
        for (int i = 0; i <= input.length; i++) {
            if (i == input.length || input[i] == '\n') {
                if (i == input.length && start == i) {
                    break;
                }
                number++;
                int from = number == 1 && i - start >= 3 && input[start] == (byte) 0xEF && input[start + 1] == (byte) 0xBB
                        && input[start + 2] == (byte) 0xBF ? start + 3 : start;
                boolean blank = true;
                for (int j = from; j < i; j++) {
                    blank &= input[j] == ' ' || input[j] == '\t' || input[j] == '\r';
                }
                if (!blank) {
                    numbers.add(number);
                }
                start = i + 1;
            }
        }
        return numbers;
    }

    /** The portal's payload: an envelope with two dossiers, one with every list the reader maps. */
    private static final String PORTAL = "{\"service\":\"DongBoHoSoMC\",\"data\":[{\"MaHoSo\":\"P-1\","
            + "\"MaTTHC\":\"1.004227\",\"DonViXuLy\":\"UBND phường Bến Nghé\",\"KenhThucHien\":\"2\","
            + "\"NgayTiepNhan\":\"20260212154000\",\"NgayHenTra\":\"20260312160000\",\"TrangThaiHoSo\":\"10\","
            + "\"DanhSachHoSoBoSung\":[{\"NgayBoSung\":\"20260213100000\",\"NgayTiepNhanBoSung\":\"20260224090000\","
            + "\"NgayHenTraMoi\":\"20260317\"}],\"QuaTrinhXuLy\":[{\"PhongBanXuLy\":\"Phòng Tư pháp\","
            + "\"ThoiDiemXuLy\":\"20260303160000\",\"TrangThai\":\"4\",\"NgayBatDau\":\"20260225080000\","
            + "\"NgayKetThucTheoQuyDinh\":\"20260227\"}],\"NgayKetThucXuLy\":\"20260316100000\","
            + "\"NgayTra\":\"20260317090000\"},{\"MaHoSo\":\"P-2\",\"MaTTHC\":\"1.004227\",\"DonViXuLy\":\"U\","
            + "\"NgayTiepNhan\":\"20260302081500\",\"NgayHenTra\":\"20260320160000\",\"TrangThaiHoSo\":\"7\","
            + "\"NgayKetThucXuLy\":\"20260303090000\"}]}";

    @Test
    void bulkPortalAccountsForEveryDossier() {
        Pipeline pipeline = Pipeline.of(Evaluator.of(VietnamCalendars.civilService(),
                PolicyJson.read(POLICIES)), LocalDateTime.of(2026, 11, 26, 0, 0)).withBulk(BulkEvaluation.parallel(2));
        byte[] valid = PORTAL.getBytes(StandardCharsets.UTF_8);
        fuzz("portal", random -> {
            byte[] input = mutate(valid, random);
            // a file that is not UTF-8 text is refused as a whole
            accountsForEveryRecord(pipeline, input, () -> DossierSource.portal(new ByteArrayInputStream(input),
                    ReadLimits.defaults(), VietnamCalendars.civilService()));
        });
    }

    /**
     * Runs a fuzzed input and checks that every record comes out once, in input order (numbers
     * increase: a blank row or line is skipped but counted), or that the input is refused as a whole
     * with a reason; nothing else may escape.
     */
    private static void accountsForEveryRecord(Pipeline pipeline, byte[] input,
            java.util.function.Supplier<DossierSource<?>> source) {
        StringWriter out = new StringWriter();
        try {
            Pipeline.Counts counts = pipeline.run(source.get(), ResultLines.to(out), done -> { });
            List<String> lines = out.toString().lines().toList();
            assertEquals(counts.records(), lines.size(), show(input));
            long previous = 0;
            for (String line : lines) {
                long record = MAPPER.readTree(line).get("record").asLong();
                assertTrue(record > previous, show(input));
                previous = record;
            }
        } catch (InvalidDocumentException ex) {
            assertFalse(ex.getRule().isBlank(), show(input));
        } catch (RuntimeException | AssertionError ex) {
            fail(show(input), ex);
        }
    }

    @Test
    void bulkCsvAccountsForEveryRow() {
        Pipeline pipeline = Pipeline.of(Evaluator.of(VietnamCalendars.civilService(),
                PolicyJson.read(POLICIES)), LocalDateTime.of(2026, 11, 26, 0, 0)).withBulk(BulkEvaluation.parallel(2));
        byte[] valid = CSV.getBytes(StandardCharsets.UTF_8);
        int header = CSV.indexOf('\n') + 1;
        fuzz("CSV", random -> {
            // the header is kept intact half of the time, so that rows are reached
            byte[] rows = mutate(java.util.Arrays.copyOfRange(valid, header, valid.length), random);
            byte[] input = random.nextBoolean() ? mutate(valid, random) : concat(valid, header, rows);
            // a header that cannot be read rejects the file as a whole, naming the column
            accountsForEveryRecord(pipeline, input, () -> DossierSource.csv(new ByteArrayInputStream(input)));
        });
    }

    private static byte[] concat(byte[] valid, int header, byte[] rows) {
        byte[] input = java.util.Arrays.copyOf(valid, header + rows.length);
        System.arraycopy(rows, 0, input, header, rows.length);
        return input;
    }

    @Test
    void documentReadersReadOrRejectNamingThePath() {
        List<byte[]> documents = List.of(CALENDAR.getBytes(StandardCharsets.UTF_8),
                POLICIES.getBytes(StandardCharsets.UTF_8), SCHEDULE.getBytes(StandardCharsets.UTF_8));
        Schedules.read(SCHEDULE); // the unmutated document is valid
        fuzz("calendar, policies and schedules", random -> {
            int reader = random.nextInt(documents.size());
            byte[] input = mutate(documents.get(reader), random);
            String text = new String(input, StandardCharsets.UTF_8);
            try {
                switch (reader) {
                    case 0 -> CalendarJson.read(text);
                    case 1 -> PolicyJson.read(text);
                    default -> Schedules.read(text);
                }
            } catch (InvalidDocumentException ex) {
                assertFalse(ex.getRule().isBlank(), show(input));
            } catch (RuntimeException ex) {
                fail(show(input), ex);
            }
        });
    }
}
