package vn.dunghan.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dunghan.dossier.EventType.COMPLETED;
import static vn.dunghan.dossier.EventType.SUPPLEMENT_REQUESTED;
import static vn.dunghan.dossier.Fixture.at;
import static vn.dunghan.dossier.Fixture.dossier;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dunghan.deadline.Due;

/**
 * The legal clock: start, supplementation (restart and pause), the breach of working-hour limits,
 * late working days and the days the due depends on. Dates are derived by hand in the comments
 * (docs/counting.md).
 */
class LegalClockTest {

    @Test
    void pauseExtendsTheLastDayAsCountedBeforeTheRollForward() {
        // D10 accepted Wed 15 Apr: the 10 days end Sat 25 Apr (Civil Code Art. 147: the first day is
        // not counted), a rest day, so the initial due rolls to Mon 27 Apr (Art. 148(5)).
        // Supplement requested Thu 16 Apr, received Mon 20 Apr: the clock stopped for 4 calendar days.
        // The pause extends the raw last day first: Sat 25 + 4 = Wed 29 Apr, a working day: due Wed 29.
        // (Adding the pause to the rolled day instead would give Mon 27 + 4 = Fri 1 May, a holiday,
        // then Mon 4 May: a dossier finished on 4 May would wrongly be on time.)
        LegalClock clock = dossier("D10", "2026-04-15T09:00", "2026-05-08T16:00")
                .event(SUPPLEMENT_REQUESTED, "2026-04-16T10:00").received("2026-04-20T10:00", null)
                .clock("2026-06-01T00:00");
        assertEquals(Due.endOf(LocalDate.of(2026, 4, 27)), clock.initialDue);
        assertTrue(clock.requestCompliant);
        assertEquals(Due.endOf(LocalDate.of(2026, 4, 29)), clock.due);
        // finished Mon 4 May 10:00: late; the working days begun after Wed 29 Apr are Mon 4 May only
        // (Thu 30 Apr and Fri 1 May are holidays, 2-3 May a weekend)
        assertTrue(clock.isBreachedAt(at("2026-05-04T10:00")));
        assertEquals(1, clock.lateWorkingDays(at("2026-05-04T10:00")));
    }

    @Test
    void pauseOnAMonthLimitAlsoExtendsTheRawLastDay() {
        // M1 accepted Mon 30 Mar: one month ends Thu 30 Apr, a holiday, so the initial due rolls over
        // 1 May (holiday) and the weekend to Mon 4 May. Paused Tue 31 Mar - Thu 2 Apr: 2 calendar days.
        // Raw last day Thu 30 Apr + 2 = Sat 2 May, rolled to Mon 4 May (adding the pause to the rolled
        // day would give Wed 6 May).
        LegalClock clock = dossier("M1", "2026-03-30T09:00", "2026-05-04T16:00")
                .event(SUPPLEMENT_REQUESTED, "2026-03-31T10:00").received("2026-04-02T10:00", null)
                .clock("2026-06-01T00:00");
        assertEquals(Due.endOf(LocalDate.of(2026, 5, 4)), clock.initialDue);
        assertEquals(Due.endOf(LocalDate.of(2026, 5, 4)), clock.due);
    }

    @Test
    void aReceiptByTheCompetentBodyAfterTheInstantHasNotStartedTheClock() {
        // T10 starts its clock at the competent body's receipt, Thu 5 Mar; as of Wed 4 Mar 12:00 that
        // receipt is not known, so the due is counted from the instant, the earliest start it can have:
        // 10 working days after Wed 4 are 5, 6, 9-13, 16-18: Wed 18 Mar
        Fixture.Builder builder = dossier("T10", "2026-03-02T09:00", "2026-03-20T16:00").competent("2026-03-05T09:00");
        LegalClock before = builder.clock("2026-03-04T12:00");
        assertEquals(at("2026-03-04T12:00"), before.start);
        assertFalse(before.started);
        assertEquals(Due.endOf(LocalDate.of(2026, 3, 18)), before.due);
        // a slip cannot be judged against a due that is only the earliest it can be
        assertEquals(null, PaddedAppointment.find(null, builder.timeline("2026-03-04T12:00"), before));
        assertEquals(1, builder.timeline("2026-03-04T12:00").eventsAfterAsOf);
        LegalClock after = builder.clock("2026-06-01T00:00");
        assertEquals(at("2026-03-05T09:00"), after.start);
        assertTrue(after.started);
        assertEquals(Due.endOf(LocalDate.of(2026, 3, 19)), after.due);
    }

    @Test
    void restartCountsTheLimitAgainFromTheReceipt() {
        // P10 accepted Mon 2 Mar, due Mon 16 Mar; compliant request Tue 3, received Mon 9 Mar:
        // 10 working days after Mon 9 are 10-13, 16-20, 23: due Mon 23 Mar
        LegalClock clock = dossier("P10", "2026-03-02T09:00", "2026-03-16T16:00")
                .event(SUPPLEMENT_REQUESTED, "2026-03-03T10:00").received("2026-03-09T10:00", null)
                .clock("2026-06-01T00:00");
        assertEquals(Due.endOf(LocalDate.of(2026, 3, 16)), clock.initialDue);
        assertEquals(Due.endOf(LocalDate.of(2026, 3, 23)), clock.due);
        assertEquals(at("2026-03-09T10:00"), clock.countedFrom);
    }

    @Test
    void anUnansweredCompliantRequestStopsTheClock() {
        LegalClock clock = dossier("P10", "2026-03-02T09:00", "2026-03-16T16:00")
                .event(SUPPLEMENT_REQUESTED, "2026-03-03T10:00").clock("2026-03-20T10:00");
        assertTrue(clock.paused);
        assertEquals(clock.initialDue, clock.due);
    }

    @Test
    void theRequestWindowCountsFromTheAcceptanceDateByDefault() {
        // T10 accepted Mon 2 Mar, received by the competent body Thu 5 Mar (the legal start);
        // request Fri 6 Mar: 4 working days after the acceptance date (3, 4, 5, 6), outside the
        // 3-day window "kể từ ngày tiếp nhận"; counted from the legal start it would be 1
        Fixture.Builder builder = dossier("T10", "2026-03-02T09:00", "2026-03-20T16:00").competent("2026-03-05T09:00")
                .event(SUPPLEMENT_REQUESTED, "2026-03-06T10:00").received("2026-03-10T10:00", null);
        LegalClock byAcceptance = builder.clock("2026-06-01T00:00");
        assertEquals(at("2026-03-05T09:00"), byAcceptance.start);
        assertEquals(LocalDate.of(2026, 3, 2), byAcceptance.windowFrom);
        assertFalse(byAcceptance.requestInWindow);
        assertEquals(LocalDate.of(2026, 3, 5), byAcceptance.windowEnd());
        // due from Thu 5 Mar: 6, 9-13, 16-19: Thu 19 Mar, unmoved by the late request
        assertEquals(Due.endOf(LocalDate.of(2026, 3, 19)), byAcceptance.due);

        LegalClock byStart = dossier("T10L", "2026-03-02T09:00", "2026-03-20T16:00").competent("2026-03-05T09:00")
                .event(SUPPLEMENT_REQUESTED, "2026-03-06T10:00").received("2026-03-10T10:00", null)
                .clock("2026-06-01T00:00");
        assertTrue(byStart.requestCompliant);
        // restarted from Tue 10 Mar: 11-13, 16-20, 23-24: Tue 24 Mar
        assertEquals(Due.endOf(LocalDate.of(2026, 3, 24)), byStart.due);
    }

    @Test
    void aWorkingHourLimitIsBreachedOnlyWhenOfficeTimeHasPassed() {
        // H8 accepted Mon 2 Mar 13:00: 4 hours to 17:00, then 4 hours 07:30-11:30 on Tue:
        // due Tue 3 Mar 11:30. Finishing at 12:30, in the lunch break, no office time has passed.
        LegalClock clock = dossier("H8", "2026-03-02T13:00", "2026-03-03T16:00")
                .event(COMPLETED, "2026-03-03T12:30").clock("2026-06-01T00:00");
        assertEquals(Due.at(at("2026-03-03T11:30")), clock.due);
        assertFalse(clock.isBreachedAt(at("2026-03-03T12:30")));
        assertFalse(clock.isBreachedAt(at("2026-03-03T13:00")));
        assertTrue(clock.isBreachedAt(at("2026-03-03T13:20")));
        assertEquals(20, clock.lateWorkingMinutes(at("2026-03-03T13:20")));
        // Tue 17:00 to Wed 08:00: the afternoon's 4 hours plus 30 minutes on Wednesday
        assertEquals(270, clock.lateWorkingMinutes(at("2026-03-04T08:00")));
    }

    @Test
    void lateWorkingDaysCountOnlyTheDaysBegunBeforeTheEnd() {
        // P10 due Mon 16 Mar, open: at Wed 18 00:00 only Tue 17 has begun; at Wed 18 00:01 Wed too
        LegalClock clock = dossier("P10", "2026-03-02T09:00", "2026-03-16T16:00").clock("2026-03-18T00:00");
        assertEquals(1, clock.lateWorkingDays(at("2026-03-18T00:00")));
        assertEquals(2, clock.lateWorkingDays(at("2026-03-18T00:01")));
        // 24:00 of the due date itself is not late
        assertEquals(0, clock.lateWorkingDays(at("2026-03-17T00:00")));
    }

    @Test
    void theDueNamesTheUncertainDaysItWasCountedOver() {
        // P10 accepted Mon 16 Nov: 17-20, 23, (Tue 24 off, with a caveat), 25-27, 30 Nov, 1 Dec: due Tue 1 Dec
        LegalClock clock = dossier("P10", "2026-11-16T09:00", "2026-12-01T16:00").clock("2026-12-31T00:00");
        assertEquals(Due.endOf(LocalDate.of(2026, 12, 1)), clock.due);
        assertEquals(List.of(LocalDate.of(2026, 11, 24)),
                clock.uncertainDays().stream().map(vn.dunghan.calendar.DayOff::getDate).toList());
        assertEquals(List.of(), dossier("P10", "2026-11-25T09:00", "2026-12-09T16:00").clock("2026-12-31T00:00")
                .uncertainDays());
        // an hour-based count starts on the start's own day: H8 accepted on Tue 24 Nov, a day off, runs
        // from Wed 25 07:30 to 17:00 only because the 24th is off
        LegalClock hours = dossier("H8", "2026-11-24T09:00", "2026-11-25T17:00").clock("2026-12-31T00:00");
        assertEquals(Due.at(at("2026-11-25T17:00")), hours.due);
        assertEquals("2026-11-24: holiday, secondary sources only (S)", hours.uncertainDays().get(0).toCaveatText());
        // a provisional day without a caveat of its own
        assertEquals("2027-01-01: holiday, provisional", vn.dunghan.calendar.DayOff.of(LocalDate.of(2027, 1, 1),
                "New Year", null, vn.dunghan.calendar.DayKind.HOLIDAY, null, true).toCaveatText());
    }
}
