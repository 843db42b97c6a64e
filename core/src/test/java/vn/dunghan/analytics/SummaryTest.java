package vn.dunghan.analytics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dunghan.dossier.EventType.COMPLETED;
import static vn.dunghan.dossier.EventType.RETURNED;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.dunghan.calendar.WorkCalendar;
import vn.dunghan.deadline.TimeLimit;
import vn.dunghan.dossier.Channel;
import vn.dunghan.dossier.Dossier;
import vn.dunghan.dossier.DossierEvent;
import vn.dunghan.dossier.Evaluation;
import vn.dunghan.dossier.Evaluator;
import vn.dunghan.dossier.EventType;
import vn.dunghan.dossier.FindingCode;
import vn.dunghan.dossier.Outcome;
import vn.dunghan.dossier.PolicySet;
import vn.dunghan.dossier.ProcedureSpec;

/**
 * Tallies, rates, the merging of summaries and the HTML report, on a Monday-to-Friday calendar
 * (March 2026 has no public holiday, so its working days are those of Vietnam's civil service).
 */
class SummaryTest {

    private static final WorkCalendar CALENDAR = WorkCalendar.builder(LocalDate.of(2024, 1, 1),
            LocalDate.of(2027, 12, 31)).build();
    private static final Evaluator EVALUATOR = Evaluator.of(CALENDAR, PolicySet.of(List.of(
            ProcedureSpec.of("P10", "10 working days", TimeLimit.ofWorkingDays(10)),
            ProcedureSpec.of("P3", "3 working days", TimeLimit.ofWorkingDays(3)))));
    private static final LocalDateTime AS_OF = at("2026-03-20T18:00");

    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }

    /** A dossier of P10 at the agency UBND phường Bến Nghé, its code carrying the acceptance date. */
    private static final class Timeline {
        private final LocalDateTime accepted;
        private final LocalDateTime appointment;
        private final List<DossierEvent> events = new ArrayList<>();

        Timeline(LocalDateTime accepted, LocalDateTime appointment) {
            this.accepted = accepted;
            this.appointment = appointment;
        }

        Timeline event(EventType type, String time) {
            events.add(DossierEvent.of(type, at(time)));
            return this;
        }

        Dossier build() {
            String code = "000.00.12.H29-" + accepted.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd"))
                    + "-0001";
            return new Dossier(code, "P10", "UBND phường Bến Nghé", Channel.COUNTER, null, accepted, appointment, null,
                    events);
        }
    }

    private static Timeline accepted(String acceptedAt, String appointmentAt) {
        return new Timeline(at(acceptedAt), at(appointmentAt));
    }

    private static Evaluation evaluate(Timeline timeline) {
        return EVALUATOR.evaluate(timeline.build(), AS_OF);
    }

    @Test
    void ratesSideBySide() {
        // 10 working days from Mon 2 Mar (3-6, 9-13, 16): legal due Mon 16 Mar
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
                .add(EVALUATOR.evaluate(new Dossier("X-260302-9", "P10", "UBND phường Sài Gòn",
                        Channel.COUNTER, null, at("2026-03-02T09:00"), at("2026-03-16T16:00"), null,
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
        // the software compares dates: the padded dossier (19 Mar against 20 Mar) and the clean one on time
        assertEquals(2.0 / 3, all.getSystemOnTimeRate(), 1e-12);
        // only the padded slip moves a verdict away from the legal one
        for (vn.dunghan.dossier.Discrepancy cause : vn.dunghan.dossier.Discrepancy.values()) {
            assertEquals(cause == vn.dunghan.dossier.Discrepancy.APPOINTMENT_AFTER_LEGAL_DUE ? 1 : 0,
                    all.getDiscrepancies(cause), cause.name());
        }
        assertEquals("Tally[4 dossiers, legal 33.3%, stated 66.7%, system 66.7%, 766 50.0%, hidden 1]", all.toString());
        assertTrue(Double.isNaN(Tally.empty().getLegalOnTimeRate()));
    }

    @Test
    void htmlReportIsSelfContained() {
        Summary summary = Summary.builder()
                .add(evaluate(accepted("2026-03-02T09:00", "2026-03-20T16:00")
                        .event(COMPLETED, "2026-03-19T10:00").event(RETURNED, "2026-03-20T10:00")))
                .add(EVALUATOR.evaluate(new Dossier("X-260302-9", "P10", "Phòng <Tư pháp> & \"Hộ tịch\"",
                        Channel.COUNTER, null, at("2026-03-02T09:00"), at("2026-03-16T16:00"), null,
                        List.of()), AS_OF))
                .build();
        String html = HtmlReport.render(summary, "Báo cáo <mẫu>", AS_OF);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
        assertTrue(html.contains("<title>Báo cáo &lt;mẫu&gt;</title>"));
        assertTrue(html.contains("on time <b>0.0%</b> in law, <b>100.0%</b> in the one-stop software"), html);
        assertTrue(html.contains("Phòng &lt;Tư pháp&gt; &amp; &quot;Hộ tịch&quot;"));
        assertTrue(html.contains("<td class=\"d\">000.00.12.H29-260302-0001</td>"), "the hidden lateness table");
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), "the page's language");
        // in Vietnamese: the words, the language and the numbers
        String vi = HtmlReport.render(summary, "Báo cáo", AS_OF, List.of(), List.of(), java.util.Locale.forLanguageTag("vi-VN"));
        assertTrue(vi.startsWith("<!DOCTYPE html>\n<html lang=\"vi\">"), vi.substring(0, 60));
        assertTrue(vi.contains("đúng hạn <b>0,0%</b> theo luật, <b>100,0%</b> theo phần mềm một cửa"), vi);
        assertTrue(vi.contains("<h2>Trễ hạn bị che giấu lớn nhất</h2>"), vi);
        assertTrue(!vi.contains("<h2>Largest hidden lateness</h2>"), vi);
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

    @Test
    void aPageShowsTheLargestAgenciesAndSaysHowManyMore() {
        // 60 agencies: agency k has k + 1 dossiers, so the 50 largest are agencies 10 to 59
        Summary.Builder builder = Summary.builder();
        for (int k = 0; k < 60; k++) {
            for (int i = 0; i <= k; i++) {
                builder.add(EVALUATOR.evaluate(new Dossier(String.format("A%02d-%d", k, i), "P10",
                        String.format("Agency %02d", k), Channel.COUNTER, null, at("2026-03-02T09:00"),
                        at("2026-03-16T16:00"), null, List.of(DossierEvent.of(COMPLETED, at("2026-03-10T10:00")))),
                        AS_OF));
            }
        }
        Summary summary = builder.build();
        assertEquals(50, summary.getLargestAgencies(50).size());
        assertEquals("Agency 10", summary.getLargestAgencies(50).keySet().iterator().next());
        String html = HtmlReport.render(summary, "many agencies", AS_OF);
        assertTrue(html.contains("<p>The 50 agencies with the most dossiers; 10 more are in by-agency.csv.</p>"));
        assertTrue(html.contains(">Agency 59<") && !html.contains(">Agency 09<"), "the smallest are left to the CSV");
    }

    /**
     * Evaluations of seeded random dossiers of 3 or 10 working days over 2024-2026: a padded
     * appointment one time in three, finished (and returned) early, on time or late, or still open,
     * each as of a random later day.
     */
    private static List<Evaluation> randomEvaluations(long seed, int count) {
        Random random = new Random(seed);
        String[] agencies = {"UBND phường Bến Nghé", "UBND xã Tân Phú", "Sở Tư pháp"};
        List<Evaluation> evaluations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String procedure = random.nextBoolean() ? "P3" : "P10";
            LocalDateTime accepted = CALENDAR.nextWorkingDayOrSame(LocalDate.of(2024, 1, 2).plusDays(random.nextInt(900)))
                    .atTime(8 + random.nextInt(8), random.nextInt(60));
            LocalDate due = CALENDAR.plusWorkingDays(accepted.toLocalDate(), procedure.equals("P3") ? 3 : 10);
            LocalDateTime appointment = CALENDAR.plusWorkingDays(due, random.nextInt(3) == 0 ? 1 + random.nextInt(6) : 0)
                    .atTime(16, 0);
            List<DossierEvent> events = new ArrayList<>();
            if (random.nextInt(5) > 0) {
                LocalDateTime done = CALENDAR.plusWorkingDays(due, random.nextInt(12) - 6).atTime(10, 0);
                done = done.isAfter(accepted) ? done : accepted.plusHours(1);
                events.add(DossierEvent.of(EventType.COMPLETED, done));
                events.add(DossierEvent.of(EventType.RETURNED, done.plusHours(2)));
            }
            Dossier dossier = new Dossier(String.format("X-%06d", i), procedure, agencies[random.nextInt(3)],
                    Channel.COUNTER, null, accepted, appointment, null, events);
            evaluations.add(EVALUATOR.evaluate(dossier, accepted.plusDays(30 + random.nextInt(30))));
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
