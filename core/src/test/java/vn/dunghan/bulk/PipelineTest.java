package vn.dunghan.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dunghan.calendar.WorkCalendar;
import vn.dunghan.dossier.Evaluator;
import vn.dunghan.dossier.PolicySet;
import vn.dunghan.dossier.SupplementMode;
import vn.dunghan.json.DossierJson;
import vn.dunghan.json.InvalidDocumentException;
import vn.dunghan.json.PolicyJson;
import vn.dunghan.json.ReadLimits;

/**
 * The JSON interface: NDJSON dossiers in, one result or error record per record out,
 * in input order, on a hand-built calendar with the Tết 2026 days off (14–22 February).
 */
class PipelineTest {

    private static java.io.InputStream utf8(String text) {
        return new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static final WorkCalendar CALENDAR;

    static {
        WorkCalendar.Builder builder = WorkCalendar.builder(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31));
        for (LocalDate d = LocalDate.of(2026, 2, 16); !d.isAfter(LocalDate.of(2026, 2, 20)); d = d.plusDays(1)) {
            builder.dayOff(d, "Tết");
        }
        CALENDAR = builder.build();
    }

    private static final String POLICIES = """
            {"procedures":[{"code":"1.004227","name":"Đăng ký khai sinh","limit":{"amount":15,"unit":"WORKING_DAYS"},
              "supplement":"RESTART","cutoff":"15:00"},
             {"code":"H8","limit":{"amount":8,"unit":"HOURS"}}],
             "defaults":{"idleWorkingDays":5}}
            """;

    private static final String EXAMPLE = "{\"id\":\"000.00.12.H29-260212-0007\",\"procedure\":\"1.004227\","
            + "\"agency\":\"UBND phường Bến Nghé\",\"channel\":\"COUNTER\",\"submittedAt\":\"2026-02-12T15:30:00\","
            + "\"acceptedAt\":\"2026-02-12T15:40:00\",\"appointment\":\"2026-03-20T16:00:00\","
            + "\"events\":[{\"type\":\"COMPLETED\",\"at\":\"2026-03-17T10:00:00\"},"
            + "{\"type\":\"RETURNED\",\"at\":\"2026-03-18T09:00:00+07:00\"}]}";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static List<JsonNode> run(String input) {
        Pipeline pipeline = Pipeline.of(Evaluator.of(CALENDAR, PolicyJson.read(POLICIES)),
                LocalDateTime.of(2026, 11, 26, 0, 0));
        StringWriter out = new StringWriter();
        Pipeline.Counts counts = pipeline.run(DossierSource.ndjson(utf8(input), ReadLimits.defaults()),
                ResultLines.to(out), n -> { });
        List<JsonNode> lines = out.toString().lines().map(MAPPER::readTree).toList();
        assertEquals(counts.records(), lines.size());
        assertEquals(counts.records(), counts.results() + counts.errors());
        return lines;
    }

    @Test
    void evaluatesTheDocumentedExample() {
        JsonNode result = run(EXAMPLE + "\n").get(0);
        // 15:40 is after the 15:00 cut-off: counted after Fri 13 Feb, due Fri 13 Mar
        assertEquals(1, result.get("record").asInt());
        assertEquals("000.00.12.H29-260212-0007", result.get("id").asString());
        assertEquals("LATE", result.get("outcome").asString());
        assertEquals("2026-03-13", result.get("legalDueDate").asString());
        assertEquals("2026-03-20", result.get("statedDueDate").asString());
        assertEquals("2026-03-17T10:00", result.get("finishedAt").asString());
        assertTrue(result.get("legalBreach").asBoolean());
        assertEquals(false, result.get("statedBreach").asBoolean());
        assertTrue(result.get("metricOnTime").asBoolean());
        assertEquals(2, result.get("lateWorkingDays").asInt());
        assertTrue(result.get("legalDeadline") == null, "legalDeadline is for hour-based limits only");
        assertEquals("CONCEALED_LATENESS", result.get("findings").get(0).get("code").asString());
        assertEquals("PADDED_APPOINTMENT", result.get("findings").get(1).get("code").asString());
        // accepted 2026-02-12: Decree 118/2025 and Circular 03/2025 are in force and their articles
        // are not verified, so the citation says which articles it carries over (docs/findings.md)
        assertEquals("Decree 118/2025/NĐ-CP (carries over Decree 61/2018/NĐ-CP, Art. 19(9))"
                + "; Circular 03/2025/TT-VPCP (carries over Circular 01/2018/TT-VPCP, Art. 13)",
                result.get("findings").get(0).get("rule").asString());
        assertEquals(0, result.get("eventsAfterAsOf").asInt());
        assertEquals("legalDueDate", result.get("findings").get(0).get("evidence").get(0).get("name").asString());
        assertEquals("2026-03-13", result.get("findings").get(0).get("evidence").get(0).get("value").asString());
    }

    @Test
    void dossiersWrittenAreReadBackEqual() {
        vn.dunghan.dossier.Dossier dossier = DossierJson.read(EXAMPLE);
        assertEquals(dossier, DossierJson.read(DossierJson.write(dossier)));
        String full = "{\"id\":\"X-260305-1\",\"procedure\":\"H8\",\"agency\":\"A\",\"channel\":\"ONLINE\","
                + "\"submittedAt\":\"2026-03-04T22:00\",\"acceptedAt\":\"2026-03-05T10:00\",\"appointment\":\"2026-03-09\","
                + "\"competentReceivedAt\":\"2026-03-05T11:00\",\"events\":[{\"type\":\"SUPPLEMENT_REQUESTED\","
                + "\"at\":\"2026-03-05T12:00\"},{\"type\":\"SUPPLEMENT_RECEIVED\",\"at\":\"2026-03-06T09:00\","
                + "\"newAppointment\":\"2026-03-10T16:00\"},{\"type\":\"STEP\",\"unit\":\"U\",\"start\":\"2026-03-06T10:00\","
                + "\"end\":\"2026-03-06T11:00\",\"allocatedWorkingDays\":1},{\"type\":\"EXTENDED\",\"at\":\"2026-03-06T12:00\","
                + "\"newAppointment\":\"2026-03-11T16:00\",\"apology\":true},{\"type\":\"COMPLETED\",\"at\":\"2026-03-06T15:00\"}]}";
        vn.dunghan.dossier.Dossier all = DossierJson.read(full);
        assertEquals(all, DossierJson.read(DossierJson.write(all)));
        assertEquals(full, DossierJson.write(all));
    }

    @Test
    void hourLimitsCarryTheLegalDeadline() {
        String dossier = "{\"id\":\"X-260305-1\",\"procedure\":\"H8\",\"agency\":\"A\",\"acceptedAt\":\"2026-03-05T10:00\","
                + "\"appointment\":\"2026-03-05\",\"events\":[{\"type\":\"COMPLETED\",\"at\":\"2026-03-05T17:00\"}]}";
        JsonNode result = run(dossier).get(0);
        assertEquals("2026-03-05T18:00", result.get("legalDeadline").asString());
        assertEquals("ON_TIME", result.get("outcome").asString());
        // a date-only appointment means the end of that day
        assertEquals(false, result.get("statedBreach").asBoolean());
    }

    @Test
    void everyRecordYieldsAResultOrAnErrorInInputOrder() {
        String input = String.join("\n",
                EXAMPLE,
                "{\"id\":\"A-1\",\"procedure\":\"1.004227\",\"agency\":\"A\",\"appointment\":\"2026-03-20T16:00\"}",
                "{not json",
                "",
                "{\"id\":\"A-3\",\"procedure\":\"1.004227\",\"agency\":\"A\",\"acceptedAt\":\"2026-03-02T09:00\","
                        + "\"appointment\":\"2026-03-20T16:00\",\"events\":[{\"type\":\"LOST\",\"at\":\"2026-03-03T09:00\"}]}",
                "{\"id\":\"A-4\",\"procedure\":\"9.999999\",\"agency\":\"A\",\"acceptedAt\":\"2026-03-02T09:00\","
                        + "\"appointment\":\"2026-03-20T16:00\"}",
                "{\"id\":\"A-5\",\"procedure\":\"1.004227\",\"agency\":\"A\",\"acceptedAt\":\"2026-03-02T09:00\","
                        + "\"appointment\":\"2026-03-20T16:00\",\"events\":[{\"type\":\"RETURNED\",\"at\":\"2026-03-01T09:00\"}]}",
                "{\"id\":\"A-6\",\"procedure\":\"1.004227\",\"agency\":\"A\",\"acceptedAt\":\"2030-03-02T09:00\","
                        + "\"appointment\":\"2030-03-20T16:00\"}",
                "{\"id\":\"A-7\",\"procedure\":\"1.004227\",\"agency\":\"A\",\"acceptedAt\":\"2026-03-02T09:00+08:00\","
                        + "\"appointment\":\"2026-03-20T16:00\"}",
                "{\"id\":\"A-8\",\"procedure\":\"1.004227\",\"agency\":\"A\",\"acceptedAt\":\"2026-03-02T09:00\","
                        + "\"appointment\":\"2026-03-20T16:00\",\"priority\":1}",
                "{\"id\":\"A-9\",\"procedure\":\"1.004227\",\"agency\":\"A\",\"acceptedAt\":\"2026-02-30T09:00\","
                        + "\"appointment\":\"2026-03-20T16:00\"}",
                "[1,2]",
                "{\"id\":\"A-11\",\"procedure\":\"1.004227\",\"agency\":\"A\",\"acceptedAt\":\"2026-03-02T09:00\","
                        + "\"appointment\":\"2026-03-20T16:00\",\"events\":[{\"type\":\"EXTENDED\",\"at\":\"2026-03-03T09:00\"}]}",
                "{\"id\":\"A-12\",\"procedure\":\"1.004227\",\"agency\":\"A\",\"acceptedAt\":\"2026-03-02T09:00\","
                        + "\"appointment\":\"2026-03-20T16:00\",\"events\":[{\"type\":\"STEP\",\"unit\":\"U\","
                        + "\"start\":\"2026-03-03T09:00\",\"end\":\"2026-03-04T09:00\",\"allocatedWorkingDays\":-2}]}",
                EXAMPLE,
                "");
        List<JsonNode> lines = run(input);
        assertEquals(14, lines.size());
        assertEquals("LATE", lines.get(0).get("outcome").asString());
        assertError(lines.get(1), 2, "A-1", "/acceptedAt", "Field 'acceptedAt' is required");
        assertError(lines.get(2), 3, null, "", "The document is not valid JSON at line 1, column 2: Unexpected"
                + " character ('n' (code 110)): was expecting double-quote to start property name");
        // line 4 is blank and skipped
        assertError(lines.get(3), 5, "A-3", "/events/0/type", "'LOST' is not one of SUPPLEMENT_REQUESTED,"
                + " SUPPLEMENT_RECEIVED, EXTENDED, STEP, EARLY_NOTICE, RESULT_SIGNED, COMPLETED, RETURNED, HANDED_OVER,"
                + " REFUSED, WITHDRAWN, STOPPED");
        assertError(lines.get(4), 6, "A-4", "/procedure", "Procedure 9.999999 is not in the policies");
        assertError(lines.get(5), 7, "A-5", "/events/0/at", "RETURNED at 2026-03-01T09:00 is before the acceptance"
                + " 2026-03-02T09:00");
        assertError(lines.get(6), 8, "A-6", "/acceptedAt", "Date 2030-03-02 is outside the calendar's range"
                + " 2025-01-01..2027-12-31");
        assertError(lines.get(7), 9, "A-7", "/acceptedAt", "Time '2026-03-02T09:00+08:00' has the offset +08:00; times"
                + " must be Vietnam time, local or +07:00");
        assertError(lines.get(8), 10, "A-8", "/priority", "Unknown field 'priority'; expected one of [acceptedAt, agency,"
                + " applicant, appointment, channel, competentReceivedAt, events, id, procedure, submittedAt]");
        assertError(lines.get(9), 11, "A-9", "/acceptedAt", "'2026-02-30T09:00' is not a valid time: Invalid date"
                + " 'FEBRUARY 30'");
        assertError(lines.get(10), 12, null, "", "Expected an object but found array [1,2]");
        assertError(lines.get(11), 13, "A-11", "/events/0/newAppointment", "Field 'newAppointment' is required");
        // the model's rule, located by the reader
        assertError(lines.get(12), 14, "A-12", "/events/0/allocatedWorkingDays", "Allocation -2 of step U must not be"
                + " negative");
        assertError(lines.get(13), 15, "000.00.12.H29-260212-0007", "/id", "Dossier code '000.00.12.H29-260212-0007'"
                + " is already used by record 1");
    }

    private static void assertError(JsonNode line, int record, String id, String path, String message) {
        assertEquals(record, line.get("record").asInt(), line.toString());
        assertEquals(id, line.get("id") == null ? null : line.get("id").asString(), line.toString());
        assertEquals(path, line.get("error").get("path").asString(), line.toString());
        assertEquals(message, line.get("error").get("message").asString(), line.toString());
    }

    @Test
    void aReFiledDossierGetsItsFindingInTheResultAndTheSameOnAnyNumberOfThreads() {
        String refused = "{\"id\":\"R-1\",\"procedure\":\"1.004227\",\"agency\":\"A\",\"applicant\":\"id:1\","
                + "\"acceptedAt\":\"2026-03-02T09:00\",\"appointment\":\"2026-03-20T16:00\",\"events\":[{\"type\":"
                + "\"REFUSED\",\"at\":\"2026-03-19T10:00\"}]}";
        String again = "{\"id\":\"R-2\",\"procedure\":\"1.004227\",\"agency\":\"A\",\"applicant\":\"id:1\","
                + "\"acceptedAt\":\"2026-03-23T08:00\",\"appointment\":\"2026-04-10T16:00\",\"events\":[{\"type\":"
                + "\"COMPLETED\",\"at\":\"2026-04-09T10:00\"}]}";
        String other = again.replace("R-2", "R-3").replace("id:1", "id:2");
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            input.append(refused.replace("R-1", "R-1-" + i)).append('\n').append(other.replace("R-3", "R-3-" + i))
                    .append('\n').append(again.replace("R-2", "R-2-" + i)).append('\n');
        }
        List<String> lines = new ArrayList<>();
        for (int threads : new int[] {1, 2, 3}) {
            StringWriter out = new StringWriter();
            Pipeline.of(Evaluator.of(CALENDAR, PolicyJson.read(POLICIES)), LocalDateTime.of(2026, 11, 26, 0, 0))
                    .withBulk(BulkEvaluation.parallel(threads).withBatch(7))
                    .run(DossierSource.ndjson(utf8(input.toString()), ReadLimits.defaults()), ResultLines.to(out), n -> { });
            lines.add(out.toString());
        }
        assertEquals(lines.get(0), lines.get(1));
        assertEquals(lines.get(0), lines.get(2));
        List<JsonNode> results = lines.get(0).lines().map(MAPPER::readTree).toList();
        assertEquals(150, results.size());
        // the re-filed dossier, accepted 2 working days after the refusal of the previous one
        JsonNode refiled = results.get(5);
        assertEquals("R-2-1", refiled.get("id").asString());
        JsonNode finding = refiled.get("findings").get(refiled.get("findings").size() - 1);
        assertEquals("REFILED_TO_RESET_CLOCK", finding.get("code").asString());
        assertEquals("R-1-1", finding.get("evidence").get(0).get("value").asString());
        // another applicant's dossier is not linked, and the key is never printed
        assertTrue(results.get(4).get("findings").toString().indexOf("REFILED") < 0);
        assertTrue(lines.get(0).indexOf("id:1") < 0);
        // with a window of one working day, the refusal on Thursday 19 March is too far from Monday 23 March
        StringWriter narrow = new StringWriter();
        Pipeline.of(Evaluator.of(CALENDAR, PolicyJson.read(POLICIES)), LocalDateTime.of(2026, 11, 26, 0, 0))
                .withRefilingWindow(1).run(DossierSource.ndjson(utf8(input.toString()), ReadLimits.defaults()),
                        ResultLines.to(narrow), n -> { });
        assertTrue(narrow.toString().indexOf("REFILED") < 0);
        assertEquals("Window 10001 must be from 0 to 10000 working days", assertThrows(IllegalArgumentException.class,
                () -> Pipeline.of(Evaluator.of(CALENDAR, PolicyJson.read(POLICIES)), LocalDateTime.of(2026, 1, 1, 0, 0))
                        .withRefilingWindow(10_001)).getMessage());
    }

    @Test
    void theSummarySinkCountsErrorsByFieldAndKeepsTheFirst() {
        SummarySink sink = SummarySink.create();
        for (int i = 1; i <= 8; i++) {
            sink.accept(BulkResult.error(i, "E-" + i, i % 2 == 0 ? "/events/" + i + "/at" : "", "rule " + i), null);
        }
        assertEquals(8, sink.getErrors());
        assertEquals(java.util.Map.of("", 4L, "/events/*/at", 4L), sink.getErrorsByField());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), sink.getErrorExamples().stream().map(BulkResult::number).toList());
    }

    @Test
    void nothingInARecordAbortsTheRunOrComesOutAsAQuestionMark() {
        String input = "{\"id\":\"S-1\",\"procedure\":\"1.004227\",\"agency\":\"A\",\"acceptedAt\":\"\\ud800\","
                + "\"appointment\":\"2026-03-20T16:00\"}\n" + EXAMPLE + "\n" + EXAMPLE.replace("0007", "0008") + "\n";
        List<BulkResult> results = new ArrayList<>();
        // a sink that fails on the second record, as a bug would
        ResultSink<String> failing = new ResultSink<>() {
            @Override
            public String prepare(BulkResult result) {
                if (result.number() == 2) {
                    throw new IllegalStateException("boom");
                }
                return null;
            }

            @Override
            public void accept(BulkResult result, String prepared) {
                results.add(result);
            }
        };
        Pipeline.Counts counts = Pipeline.of(Evaluator.of(CALENDAR, PolicyJson.read(POLICIES)),
                LocalDateTime.of(2026, 11, 26, 0, 0)).run(DossierSource.ndjson(utf8(input), ReadLimits.defaults()),
                failing, n -> { });
        assertEquals(new Pipeline.Counts(3, 1, 2), counts);
        // a lone surrogate quoted in a message is written as its escape, never as '?'
        assertEquals("'\\uD800' is not a time of the form yyyy-MM-ddTHH:mm[:ss], dd/MM/yyyy HH:mm[:ss] or"
                + " yyyyMMddHHmmss, in Vietnam time", results.get(0).message());
        assertEquals("dunghan could not evaluate this record (java.lang.IllegalStateException: boom); the record is"
                + " kept as an error, please report it", results.get(1).message());
        assertEquals(false, results.get(2).isError());
        assertThrows(IllegalArgumentException.class, () -> new BulkResult(1, null, null, "", null));
    }

    @Test
    void policiesAreReadWithDefaultsAndRejectedWithPaths() {
        PolicySet set = PolicyJson.read(POLICIES);
        var policy = set.policyFor("1.004227", LocalDate.of(2026, 3, 1)).orElseThrow();
        assertEquals(SupplementMode.RESTART, policy.getSupplement());
        assertEquals(3, policy.getRequestWindowWorkingDays());
        assertEquals(1, policy.getMaxSupplementRequests());
        assertEquals(2, policy.getDueSoonWorkingDays());
        assertEquals("Decree 118/2025/NĐ-CP (Decree 61/2018 parameters kept as defaults)", policy.getRuleSet().name());
        assertEquals(true, set.policyFor("1.004227", LocalDate.of(2026, 8, 5)).orElseThrow()
                .isClockStartsAtCompetentReceipt());
        assertEquals(false, set.policyFor("1.004227", LocalDate.of(2018, 6, 20)).isPresent());
        assertPolicyRejected("{\"procedures\":[{\"code\":\"A\",\"limit\":{\"amount\":-3,\"unit\":\"DAYS\"}}]}",
                "At /procedures/0/limit/amount: Time limit -3 DAYS must be from 0 to 10000");
        assertPolicyRejected("{\"procedures\":[{\"code\":\"A\",\"limit\":{\"amount\":3,\"unit\":\"WEEKS\"}}]}",
                "At /procedures/0/limit/unit: 'WEEKS' is not one of WORKING_DAYS, DAYS, WORKING_HOURS, HOURS, MONTHS");
        assertPolicyRejected("{\"procedures\":[{\"code\":\"A\",\"limit\":{\"amount\":3,\"unit\":\"DAYS\"}},"
                + "{\"code\":\"A\",\"limit\":{\"amount\":5,\"unit\":\"DAYS\"}}]}",
                "At /procedures/1/code: Procedure A is already declared at procedures/0");
        assertPolicyRejected("{\"procedures\":[{\"code\":\"A\",\"limit\":{\"amount\":3,\"unit\":\"DAYS\"},"
                + "\"cutoff\":\"3pm\"}]}", "At /procedures/0/cutoff: '3pm' is not a time of the form HH:mm");
        assertPolicyRejected("{\"procedures\":[{\"code\":\"A\",\"limit\":{\"amount\":3,\"unit\":\"DAYS\"},"
                + "\"maxExtensions\":-1}]}", "At /procedures/0/maxExtensions: Parameter maxExtensions -1 must be from 0"
                + " to 10000");
        assertPolicyRejected("{\"procedures\":[],\"ruleSets\":[{\"name\":\"X\",\"from\":\"2020-01-01\"},"
                + "{\"name\":\"Y\",\"from\":\"2020-01-01\"}]}", "At /ruleSets/1/from: Rule set Y starts on 2020-01-01,"
                + " as does rule set X at ruleSets/0");
        assertPolicyRejected("{\"procedures\":[],\"ruleSets\":[]}", "At /ruleSets: A policy set needs at least one rule set");
        assertPolicyRejected("{\"procedures\":[],\"defaults\":{\"idleWorkingDays\":10001}}",
                "At /defaults/idleWorkingDays: Parameter idleWorkingDays 10001 must be from 0 to 10000");
        assertPolicyRejected("{\"procedures\":[],\"deadlines\":{}}", "At /deadlines: Unknown field 'deadlines';"
                + " expected one of [defaults, procedures, ruleSets]");
    }

    private static void assertPolicyRejected(String json, String message) {
        InvalidDocumentException ex = assertThrows(InvalidDocumentException.class, () -> PolicyJson.read(json));
        assertEquals(message, ex.getMessage());
    }
}
