package vn.dunghan.holidays.dossier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dunghan.dossier.EventType.COMPLETED;
import static vn.dunghan.dossier.EventType.RETURNED;
import static vn.dunghan.holidays.dossier.Scenario.accepted;
import static vn.dunghan.holidays.dossier.Scenario.at;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.dunghan.analytics.HiddenLateness;
import vn.dunghan.analytics.Summary;
import vn.dunghan.analytics.Tally;
import vn.dunghan.dossier.Evaluation;
import vn.dunghan.dossier.Evaluator;
import vn.dunghan.dossier.FindingCode;
import vn.dunghan.dossier.Outcome;
import vn.dunghan.dossier.PolicySet;
import vn.dunghan.holidays.VietnamCalendars;

/** Tallies, rates and the merging of summaries. */
class SummaryTest {

    private static final Evaluator EVALUATOR = Evaluator.of(VietnamCalendars.civilService(),
            PolicySet.of(Scenario.procedures()));
    private static final LocalDateTime AS_OF = at("2026-03-20T18:00");

    private static Evaluation evaluate(Scenario scenario) {
        return EVALUATOR.evaluate(scenario.build(), AS_OF);
    }

    @Test
    void ratesSideBySide() {
        // 10 working days from Mon 2 Mar: legal due Mon 16 Mar (see DossierScenariosTest)
        Summary summary = Summary.builder()
                // on time (finished on the due date), clean
                .add(evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00")
                        .event(COMPLETED, "2026-03-16T09:00").event(RETURNED, "2026-03-16T10:00")))
                // late by 3 working days, hidden by a padded appointment
                .add(evaluate(accepted("2026-03-02T09:00", "2026-03-20T16:00")
                        .event(COMPLETED, "2026-03-19T10:00").event(RETURNED, "2026-03-20T10:00")))
                // late by 2 working days, also against the appointment
                .add(evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00")
                        .event(COMPLETED, "2026-03-18T10:00").event(RETURNED, "2026-03-18T15:00")))
                // open and overdue as of Fri 20 Mar, at another agency
                .add(EVALUATOR.evaluate(new vn.dunghan.dossier.Dossier("X-260302-9", "P10", "UBND phường Sài Gòn",
                        vn.dunghan.dossier.Channel.COUNTER, null, at("2026-03-02T09:00"), at("2026-03-16T16:00"), null,
                        List.of()), AS_OF))
                .build();
        Tally all = summary.getOverall();
        assertEquals(4, all.getTotal());
        assertEquals(3, all.getFinished());
        assertEquals(1, all.getCount(Outcome.ON_TIME));
        assertEquals(2, all.getCount(Outcome.LATE));
        assertEquals(1, all.getCount(Outcome.OVERDUE));
        assertEquals(1.0 / 3, all.getLegalOnTimeRate(), 1e-12);
        assertEquals(2.0 / 3, all.getStatedOnTimeRate(), 1e-12);
        // 766: the early and the padded dossiers are on time; the late one and the overdue one are not
        assertEquals(0.5, all.getMetricOnTimeRate(), 1e-12);
        assertEquals(1, all.getHiddenLateness());
        // lateness buckets 0, 1, 2, 3-5, ...: the 2-day late one, and the 3-day padded one and the
        // overdue one (Tue 17 to Fri 20: 4 working days)
        assertArrayEquals(new long[] {0, 0, 1, 2, 0, 0, 0}, all.getLatenessHistogram());
        assertEquals(1, all.getFindings(FindingCode.PADDED_APPOINTMENT));
        assertEquals(2, summary.getByAgency().size());
        assertEquals(3, summary.getByAgency().get("UBND phường Bến Nghé").getTotal());
        assertEquals(4, summary.getByMonth().get(YearMonth.of(2026, 3)).getTotal());
        List<HiddenLateness> top = summary.getTopHiddenLateness();
        assertEquals(1, top.size());
        assertEquals(3, top.get(0).lateWorkingDays());
        assertEquals(List.of(FindingCode.CONCEALED_LATENESS, FindingCode.PADDED_APPOINTMENT), top.get(0).findings());
        assertEquals("Tally[4 dossiers, legal 33.3%, stated 66.7%, 766 50.0%, hidden 1]", all.toString());
        assertTrue(Double.isNaN(Tally.empty().getLegalOnTimeRate()));
    }

    @Test
    void htmlReportIsSelfContained() {
        Summary summary = Summary.builder()
                .add(evaluate(accepted("2026-03-02T09:00", "2026-03-20T16:00")
                        .event(COMPLETED, "2026-03-19T10:00").event(RETURNED, "2026-03-20T10:00")))
                .add(EVALUATOR.evaluate(new vn.dunghan.dossier.Dossier("X-260302-9", "P10", "Phòng <Tư pháp> & \"Hộ tịch\"",
                        vn.dunghan.dossier.Channel.COUNTER, null, at("2026-03-02T09:00"), at("2026-03-16T16:00"), null,
                        List.of()), AS_OF))
                .build();
        String html = vn.dunghan.analytics.HtmlReport.render(summary, "Báo cáo <mẫu>", AS_OF);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
        assertTrue(html.contains("<title>Báo cáo &lt;mẫu&gt;</title>"));
        assertTrue(html.contains("on time <b>0.0%</b> in law, <b>100.0%</b> against the appointment"), html);
        assertTrue(html.contains("Phòng &lt;Tư pháp&gt; &amp; &quot;Hộ tịch&quot;"));
        assertTrue(html.contains("<td>000.00.12.H29-260302-0001</td>"), "the hidden lateness table");
        for (String id : List.of("agency-rates", "lateness", "trend", "findings", "agencies", "hidden")) {
            assertTrue(html.contains("id=\"" + id + "\""), id);
        }
        // nothing is loaded from elsewhere: no script, no stylesheet link, no address but the SVG namespace
        assertTrue(!html.contains("<script") && !html.contains("<link"), "no script or link");
        assertEquals(html.split("http://www.w3.org/2000/svg", -1).length - 1, html.split("http", -1).length - 1);
    }

    @Test
    void mergingPartsGivesTheSummaryOfTheWhole() {
        long seed = 2026L;
        List<Evaluation> evaluations = randomEvaluations(seed, 2000);
        Summary.Builder whole = Summary.builder(10);
        evaluations.forEach(whole::add);
        Summary expected = whole.build();
        assertTrue(expected.getOverall().getHiddenLateness() > 10, "the sample has hidden lateness to rank");
        for (int round = 0; round < 5; round++) {
            List<Evaluation> shuffled = new ArrayList<>(evaluations);
            Collections.shuffle(shuffled, new Random(seed + round));
            int parts = 2 + round;
            List<Summary> summaries = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                Summary.Builder part = Summary.builder(10);
                for (int i = p; i < shuffled.size(); i += parts) {
                    part.add(shuffled.get(i));
                }
                summaries.add(part.build());
            }
            Collections.shuffle(summaries, new Random(seed - round));
            Summary merged = summaries.stream().reduce(Summary::merge).orElseThrow();
            assertEquals(expected, merged, "seed " + (seed + round));
        }
        // summaries travel between the machines of a cluster by Java serialization
        assertEquals(expected, roundTrip(expected));
        assertEquals(expected.getTopHiddenLateness(), roundTrip(expected).getTopHiddenLateness());
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> expected.merge(Summary.builder(5).build()));
        assertEquals("Summaries keeping 10 and 5 top dossiers cannot be merged", ex.getMessage());
    }

    @Test
    void topListHoldsTheLargestHiddenLatenessInAnyInputOrder() {
        long seed = 4242L;
        List<Evaluation> evaluations = randomEvaluations(seed, 3000);
        // by brute force: every hidden lateness, largest first, then by code
        List<String> expected = evaluations.stream().filter(e -> e.isLegalBreach() && !e.isStatedBreach())
                .sorted(java.util.Comparator.comparingInt(Evaluation::getLateWorkingDays).reversed()
                        .thenComparing(e -> e.getDossier().id()))
                .limit(7).map(e -> e.getLateWorkingDays() + " " + e.getDossier().id()).toList();
        assertEquals(7, expected.size());
        for (int round = 0; round < 4; round++) {
            List<Evaluation> shuffled = new ArrayList<>(evaluations);
            Collections.shuffle(shuffled, new Random(seed + round));
            Summary.Builder builder = Summary.builder(7);
            shuffled.forEach(builder::add);
            assertEquals(expected, builder.build().getTopHiddenLateness().stream()
                    .map(h -> h.lateWorkingDays() + " " + h.id()).toList(), "seed " + (seed + round));
        }
    }

    /** Evaluations of seeded random dossiers of {@link EvaluatorCrossCheckTest}, each as of a random later day. */
    private static List<Evaluation> randomEvaluations(long seed, int count) {
        Random random = new Random(seed);
        Evaluator evaluator = Evaluator.of(VietnamCalendars.civilService(),
                PolicySet.of(EvaluatorCrossCheckTest.randomProcedures()));
        List<Evaluation> evaluations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            vn.dunghan.dossier.Dossier dossier = EvaluatorCrossCheckTest.randomDossier(random);
            evaluations.add(evaluator.evaluate(dossier, dossier.acceptedAt().plusDays(random.nextInt(60))));
        }
        return evaluations;
    }

    private static Summary roundTrip(Summary summary) {
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
                out.writeObject(summary);
            }
            try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                    new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
                return (Summary) in.readObject();
            }
        } catch (java.io.IOException | ClassNotFoundException ex) {
            throw new AssertionError(ex);
        }
    }
}
