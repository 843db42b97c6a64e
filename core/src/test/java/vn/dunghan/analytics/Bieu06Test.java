package vn.dunghan.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.dunghan.calendar.WorkCalendar;
import vn.dunghan.deadline.TimeLimit;
import vn.dunghan.dossier.Channel;
import vn.dunghan.dossier.Dossier;
import vn.dunghan.dossier.DossierEvent;
import vn.dunghan.dossier.Evaluator;
import vn.dunghan.dossier.EventType;
import vn.dunghan.dossier.PolicySet;
import vn.dunghan.dossier.ProcedureSpec;

/**
 * Biểu 06 (docs/metrics.md §4.1) on rows worked out by hand, for March 2026 on a Monday-to-Friday
 * calendar. P10 is 10 working days counted from the day after acceptance: accepted Mon 2 Mar, due
 * Mon 16 Mar; Mon 16 Mar, due Mon 30 Mar; Tue 17 Mar, due Tue 31 Mar; Fri 20 Feb, due Fri 6 Mar;
 * Mon 16 Feb, due Mon 2 Mar.
 */
class Bieu06Test {

    private static final WorkCalendar CALENDAR = WorkCalendar.builder(LocalDate.of(2024, 1, 1),
            LocalDate.of(2027, 12, 31)).build();
    private static final Evaluator EVALUATOR = Evaluator.of(CALENDAR, PolicySet.of(List.of(
            ProcedureSpec.of("P10", "10 working days", TimeLimit.ofWorkingDays(10)))));
    private static final LocalDateTime AS_OF = LocalDateTime.parse("2026-04-20T00:00");
    private static int sequence;

    private static Dossier dossier(String agency, Channel channel, String accepted, String appointment, Object... events) {
        List<DossierEvent> list = new ArrayList<>();
        for (int i = 0; i < events.length; i += 2) {
            list.add(DossierEvent.of((EventType) events[i], LocalDateTime.parse((String) events[i + 1])));
        }
        return new Dossier("D-" + ++sequence, "P10", agency, channel, null, LocalDateTime.parse(accepted),
                LocalDateTime.parse(appointment), null, list);
    }

    private static Bieu06.Builder march() {
        Bieu06.Builder builder = Bieu06.builder(ReportPeriod.parse("2026-03"));
        for (Dossier d : List.of(
                // 1: carried over from February, finished early in both views
                dossier("A", Channel.COUNTER, "2026-02-20T10:00", "2026-03-06T16:00", EventType.COMPLETED,
                        "2026-03-05T10:00", EventType.RETURNED, "2026-03-05T11:00"),
                // 2: online; late in law (17 > 16 Mar), early against the padded slip (17 < 18 Mar)
                dossier("A", Channel.ONLINE, "2026-03-02T09:00", "2026-03-18T16:00", EventType.COMPLETED,
                        "2026-03-17T10:00"),
                // 3: open and overdue in law at the end of March (due 30 Mar), not due by the slip (2 Apr)
                dossier("A", Channel.COUNTER, "2026-03-16T09:00", "2026-04-02T16:00"),
                // 4: by post, refused on 20 Mar after the due and the slip of 16 Mar: late in both views
                dossier("A", Channel.POSTAL, "2026-03-02T09:00", "2026-03-16T16:00", EventType.REFUSED,
                        "2026-03-20T10:00"),
                // 5: withdrawn on 18 Mar after the due: late in law, on time for the software
                dossier("A", Channel.COUNTER, "2026-03-02T09:00", "2026-03-16T16:00", EventType.WITHDRAWN,
                        "2026-03-18T10:00"),
                // 6: a compliant request unanswered: not due in law, overdue by the slip of 16 Mar
                dossier("A", Channel.COUNTER, "2026-03-02T09:00", "2026-03-16T16:00", EventType.SUPPLEMENT_REQUESTED,
                        "2026-03-03T10:00"),
                // 7: done in February: in neither view
                dossier("A", Channel.COUNTER, "2026-02-02T09:00", "2026-02-16T16:00", EventType.COMPLETED,
                        "2026-02-13T10:00"),
                // 8: accepted in April: in neither view
                dossier("A", Channel.COUNTER, "2026-04-01T09:00", "2026-04-15T16:00"),
                // 9: returned on 27 Feb, the completion clicked on 2 Mar: done in February in law, in March
                // for the software (on time: the slip's date)
                dossier("A", Channel.COUNTER, "2026-02-16T09:00", "2026-03-02T16:00", EventType.RESULT_SIGNED,
                        "2026-02-27T09:00", EventType.RETURNED, "2026-02-27T10:00", EventType.COMPLETED,
                        "2026-03-02T08:00"),
                // 10: due on the period's last day, still open: not yet late in law at its 24:00,
                // overdue for the software, whose appointment date is not after the last day
                dossier("B", Channel.COUNTER, "2026-03-17T09:00", "2026-03-31T16:00"))) {
            builder.add(EVALUATOR.evaluate(d, AS_OF));
        }
        return builder;
    }

    @Test
    void theLegalView() {
        Bieu06 legal = march().build(Bieu06.View.LEGAL);
        assertEquals(List.of(new Bieu06.Row("A", 1, 1, 4, 1, 0, 3, 1, 1), new Bieu06.Row("B", 0, 0, 1, 0, 0, 0, 1, 0)),
                legal.getRows());
        assertEquals(new Bieu06.Row(null, 1, 1, 5, 1, 0, 3, 2, 1), legal.getTotal());
        assertEquals(1, legal.getClockStopped());
        Bieu06.Row a = legal.getRows().get(0);
        assertEquals(a.received(), a.done() + a.inProgress());
        assertEquals("[6, 1, 4, 1, 4, 1, 0, 3, 2, 1, 1]", java.util.Arrays.toString(a.toColumns()));
    }

    @Test
    void theSystemView() {
        Bieu06 system = march().build(Bieu06.View.SYSTEM);
        assertEquals(List.of(new Bieu06.Row("A", 2, 1, 4, 2, 2, 1, 1, 1), new Bieu06.Row("B", 0, 0, 1, 0, 0, 0, 0, 1)),
                system.getRows());
        assertEquals(new Bieu06.Row(null, 2, 1, 5, 2, 2, 1, 1, 2), system.getTotal());
        assertEquals("2026-03", system.getPeriod().toString());
    }

    @Test
    void periodsOfMonthsQuartersHalvesAndYears() {
        assertEquals(LocalDate.of(2026, 7, 1), ReportPeriod.parse("2026-q3").getStart());
        assertEquals(LocalDate.of(2026, 9, 30), ReportPeriod.parse("2026-Q3").getEnd());
        assertEquals(LocalDate.of(2026, 6, 30), ReportPeriod.parse("2026-h1").getEnd());
        assertEquals(LocalDate.of(2026, 7, 1), ReportPeriod.parse("2026-H2").getStart());
        assertEquals(12, ReportPeriod.parse("2026").getMonths());
        assertEquals(ReportPeriod.parse("2026-03"), ReportPeriod.parse("3/2026"));
        assertEquals("2026-03", ReportPeriod.parse("03/2026").toString());
        // the last full month before a date in January is the previous December
        assertEquals("2025-12", ReportPeriod.lastFullMonthBefore(LocalDate.of(2026, 1, 15)).toString());
        assertEquals(LocalDateTime.parse("2026-04-01T00:00"), ReportPeriod.parse("2026-03").getEndInstant());
        // a period ends at 00:00 of the day after: evaluated at that instant, it has ended
        ReportPeriod.parse("2026-03").checkEndedBy(LocalDateTime.parse("2026-04-01T00:00"));
        DateTimeException open = assertThrows(DateTimeException.class,
                () -> ReportPeriod.parse("2026-03").checkEndedBy(LocalDateTime.parse("2026-03-31T23:59")));
        assertEquals("Period 2026-03 ends on 2026-03-31, after the evaluation instant 2026-03-31T23:59; choose a"
                + " period that has ended", open.getMessage());
        for (String bad : List.of("2026-13", "13/2026", "2026-Q5", "2026-H3", "26-03", "2026-3", "")) {
            assertThrows(DateTimeParseException.class, () -> ReportPeriod.parse(bad), bad);
        }
    }

    @Test
    void periodsAsReportsWriteThem() {
        Locale vi = Locale.forLanguageTag("vi");
        assertEquals("tháng 03/2026", Bieu06Words.period(ReportPeriod.parse("2026-03"), vi));
        assertEquals("quý III/2026", Bieu06Words.period(ReportPeriod.parse("2026-Q3"), vi));
        assertEquals("6 tháng đầu năm 2026", Bieu06Words.period(ReportPeriod.parse("2026-H1"), vi));
        assertEquals("năm 2026", Bieu06Words.period(ReportPeriod.parse("2026"), vi));
        assertEquals("Q4 2026", Bieu06Words.period(ReportPeriod.parse("2026-Q4"), Locale.ENGLISH));
        assertEquals("March 2026", Bieu06Words.period(ReportPeriod.parse("2026-03"), Locale.ENGLISH));
        assertEquals("31/03/2026", Bieu06Words.date(LocalDate.of(2026, 3, 31), vi));
    }
}
