package vn.dunghan.holidays.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dunghan.analytics.Activity;
import vn.dunghan.analytics.HolidayActivity;
import vn.dunghan.calendar.WorkCalendar;
import vn.dunghan.dossier.Channel;
import vn.dunghan.dossier.Dossier;
import vn.dunghan.dossier.Evaluator;
import vn.dunghan.dossier.PolicySet;
import vn.dunghan.holidays.VietnamCalendars;

/** Long breaks of the civil-service calendar and the activity of counters around them. */
class HolidayActivityTest {

    private static final WorkCalendar CALENDAR = VietnamCalendars.civilService();

    @Test
    void longBreaksOf2026() {
        // docs/holidays.md §6, 2026: New Year 1-4 Jan, Tết 14-22 Feb, 30/4-3/5, 29/8-2/9 are
        // four days or more; Hùng Kings (25-27 Apr) and Culture Day (24 Nov) are shorter
        List<HolidayActivity.Break> breaks = HolidayActivity.longBreaks(CALENDAR, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31));
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 4, 30),
                LocalDate.of(2026, 8, 29)), breaks.stream().map(HolidayActivity.Break::from).toList());
        assertEquals(List.of(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 22), LocalDate.of(2026, 5, 3),
                LocalDate.of(2026, 9, 2)), breaks.stream().map(HolidayActivity.Break::to).toList());
        // the break is named by its occasion, in English and in Vietnamese
        assertEquals("Lunar New Year (Tết)", breaks.get(1).name());
        assertEquals("Tết Nguyên đán", breaks.get(1).name(java.util.Locale.forLanguageTag("vi-VN")));
        assertEquals("National Day", breaks.get(3).name());
    }

    @Test
    void aBusyCounterClosedAfterTetIsFlagged() {
        Evaluator evaluator = Evaluator.of(CALENDAR, PolicySet.of(Scenario.procedures()));
        Activity.Builder activity = Activity.builder();
        // two counters accept three dossiers on every working day of February and March 2026,
        // except that "Closed" accepts nothing on Mon 23 Feb, the first working day after Tết
        for (LocalDate d = LocalDate.of(2026, 2, 2); d.isBefore(LocalDate.of(2026, 4, 1)); d = d.plusDays(1)) {
            if (!CALENDAR.isWorkingDay(d)) {
                continue;
            }
            for (String agency : List.of("Open", "Closed")) {
                if (agency.equals("Closed") && d.equals(LocalDate.of(2026, 2, 23))) {
                    continue;
                }
                for (int i = 0; i < 3; i++) {
                    LocalDateTime accepted = d.atTime(8 + i, 0);
                    activity.add(evaluator.evaluate(new Dossier("X-" + d + "-" + i, "P10", agency, Channel.COUNTER, null,
                            accepted, accepted.plusDays(20), null, List.of()), LocalDateTime.of(2026, 11, 26, 0, 0)));
                }
            }
        }
        List<HolidayActivity.Day> days = HolidayActivity.around(activity.build(), CALENDAR, 5);
        List<HolidayActivity.Day> idle = days.stream().filter(HolidayActivity.Day::idle).toList();
        assertEquals(1, idle.size(), idle.toString());
        assertEquals("Closed", idle.get(0).agency());
        assertEquals(LocalDate.of(2026, 2, 23), idle.get(0).date());
        assertEquals(1, idle.get(0).offset());
        // five working days before Tết (9-13 Feb) and five after (23-27 Feb) for each counter
        assertEquals(20, days.size());
        assertFalse(days.stream().anyMatch(d -> d.agency().equals("Open") && d.idle()));
        assertTrue(days.stream().allMatch(d -> d.breakPeriod().from().equals(LocalDate.of(2026, 2, 14))));
    }

    @Test
    void aQuietCounterAppearsOnlyAroundTheBreaksItWorkedNear() {
        Evaluator evaluator = Evaluator.of(CALENDAR, PolicySet.of(Scenario.procedures()));
        Activity.Builder activity = Activity.builder();
        // one dossier on Fri 13 Feb 2026, just before Tết, and one on Mon 1 Jun 2026: the data spans
        // the breaks of 30/4 and Tết, but the counter, far from busy, worked only near Tết
        for (LocalDateTime accepted : List.of(LocalDateTime.of(2026, 2, 13, 9, 0), LocalDateTime.of(2026, 6, 1, 9, 0))) {
            activity.add(evaluator.evaluate(new Dossier("Q-" + accepted.toLocalDate(), "P10", "Quiet", Channel.COUNTER,
                    null, accepted, accepted.plusDays(20), null, List.of()), LocalDateTime.of(2026, 11, 26, 0, 0)));
        }
        List<HolidayActivity.Day> days = HolidayActivity.around(activity.build(), CALENDAR, 5);
        // around Tết, within the data's period: Fri 13 Feb before it, 23-27 Feb after; none around 30/4
        assertEquals(6, days.size(), days.toString());
        assertTrue(days.stream().allMatch(d -> d.breakPeriod().from().equals(LocalDate.of(2026, 2, 14))));
        assertFalse(days.stream().anyMatch(HolidayActivity.Day::idle), "a quiet counter is never idle");
    }
}
