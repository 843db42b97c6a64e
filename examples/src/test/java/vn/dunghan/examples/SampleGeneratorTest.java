package vn.dunghan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.dunghan.analytics.Summary;
import vn.dunghan.analytics.Tally;
import vn.dunghan.bulk.DossierSource;
import vn.dunghan.bulk.Pipeline;
import vn.dunghan.bulk.SummarySink;
import vn.dunghan.dossier.Discrepancy;
import vn.dunghan.dossier.Dossier;
import vn.dunghan.dossier.Evaluation;
import vn.dunghan.dossier.Evaluator;
import vn.dunghan.dossier.FindingCode;
import vn.dunghan.dossier.PolicySet;
import vn.dunghan.holidays.VietnamCalendars;
import vn.dunghan.json.PolicyJson;

/** The generated sample looks like a province: what its Javadoc promises holds on the default seed. */
class SampleGeneratorTest {

    @Test
    void theSampleHasEveryFindingAgenciesThatDifferAndDailyCodes() {
        PolicySet policies = PolicyJson.read(new InputStreamReader(Main.class.getResourceAsStream("policies.json"),
                StandardCharsets.UTF_8));
        SampleGenerator generator = new SampleGenerator(VietnamCalendars.civilService(),
                new ArrayList<>(policies.getProcedures().values()), 2026, ReportProgram.SAMPLE_AS_OF);
        List<Dossier> dossiers = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 1; i <= 20_000; i++) {
            Dossier dossier = generator.next(i);
            dossiers.add(dossier);
            assertTrue(codes.add(dossier.id()), "a code is used once: " + dossier.id());
            // 000.00.NN.H29-YYMMDD-NNNN: the agency, the date and the day's 4-digit sequence
            assertTrue(dossier.id().matches("000\\.00\\.\\d\\d\\.H29-\\d{6}-\\d{4}"), dossier.id());
            assertTrue(dossier.applicant() != null && dossier.applicant().startsWith("id:"));
        }
        SummarySink sink = SummarySink.create();
        Pipeline.Counts counts = Pipeline.of(Evaluator.of(VietnamCalendars.civilService(), policies),
                ReportProgram.SAMPLE_AS_OF).run(DossierSource.of(dossiers.iterator()), sink, done -> { });
        assertEquals(new Pipeline.Counts(20_000, 20_000, 0), counts);
        Summary summary = sink.toSummary();
        for (FindingCode code : FindingCode.values()) {
            assertTrue(summary.getOverall().getFindings(code) > 0, code + " is planted");
        }
        double lowest = 1;
        double highest = 0;
        for (Tally agency : summary.getByAgency().values()) {
            lowest = Math.min(lowest, agency.getLegalOnTimeRate());
            highest = Math.max(highest, agency.getLegalOnTimeRate());
        }
        assertEquals(13, summary.getByAgency().size());
        assertTrue(lowest < 0.65 && highest > 0.95, lowest + " to " + highest);
        for (Discrepancy cause : Discrepancy.values()) {
            // a record without an appointment is rejected, so that cause is never carried by a result;
            // the catalogue has no limit in working hours, which office time only concerns; the sample
            // plants no result after a closing (DiscrepanciesTest covers the three)
            boolean expected = cause != Discrepancy.NO_APPOINTMENT_COUNTED_ON_TIME
                    && cause != Discrepancy.OFFICE_TIME_ONLY && cause != Discrepancy.CLOSED_BEFORE_RESULT;
            assertEquals(expected, summary.getOverall().getDiscrepancies(cause) > 0, cause + " is planted");
        }
    }

    @Test
    void everyDifferenceBetweenTheThreeVerdictsHasACause() {
        PolicySet policies = PolicyJson.read(new InputStreamReader(Main.class.getResourceAsStream("policies.json"),
                StandardCharsets.UTF_8));
        Evaluator evaluator = Evaluator.of(VietnamCalendars.civilService(), policies);
        SampleGenerator generator = new SampleGenerator(evaluator.getCalendar(),
                new ArrayList<>(policies.getProcedures().values()), 2026, ReportProgram.SAMPLE_AS_OF);
        int differing = 0;
        for (int i = 1; i <= 20_000; i++) {
            Evaluation e = evaluator.evaluate(generator.next(i), ReportProgram.SAMPLE_AS_OF);
            boolean legal = !e.isLegalBreach();
            boolean agree = legal == e.isSystemOnTime() && legal == e.isMetricOnTime();
            differing += agree ? 0 : 1;
            assertEquals(agree, e.getDiscrepancies().isEmpty(), () -> e.getDossier() + " " + e.getDiscrepancies() + " legal "
                    + legal + " system " + e.isSystemOnTime() + " 766 " + e.isMetricOnTime() + " " + e.getOutcome());
        }
        assertTrue(differing > 1000, differing + " dossiers differ");
    }
}
