package vn.dunghan.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Working-time arithmetic over office hours: known answers across lunch breaks, half days,
 * seasons, exceptions, days off and range edges, and a seeded cross-check against a
 * minute-by-minute reference.
 */
class WorkingTimeTest {

    private static final Session MORNING = Session.parse("07:30-11:30");
    private static final Session AFTERNOON = Session.parse("13:00-17:00");

    /** Mon–Fri 07:30–11:30 and 13:00–17:00; Sat 07:30–11:30 (a one-stop unit open Saturday mornings). */
    private static WorkCalendar oneStop() {
        Timetable timetable = Timetable.builder().weekdays(MORNING, AFTERNOON).day(DayOfWeek.SATURDAY, MORNING).build();
        // summer timetable from 15 April to 14 October: 07:00-11:30 and 13:30-17:00
        Timetable summer = Timetable.builder()
                .weekdays(Session.parse("07:00-11:30"), Session.parse("13:30-17:00"))
                .day(DayOfWeek.SATURDAY, Session.parse("07:00-11:30"))
                .build();
        OfficeHours hours = OfficeHours.builder(timetable)
                .season(MonthDay.of(4, 15), MonthDay.of(10, 14), summer)
                .exception(LocalDate.of(2026, 2, 13), MORNING) // a short day before Tết
                .build();
        return WorkCalendar.builder(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
                .weekend(DayOfWeek.SUNDAY)
                .dayOff(LocalDate.of(2026, 2, 16), "Tết")
                .dayOff(LocalDate.of(2026, 2, 17), "Tết")
                .officeHours(hours)
                .build();
    }

    private static LocalDateTime at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute);
    }

    @Test
    void acrossTheLunchBreak() {
        WorkCalendar calendar = oneStop();
        // Thu 2026-01-08
        assertEquals(at(1, 8, 11, 30), calendar.plusWorkingTime(at(1, 8, 10, 30), Duration.ofHours(1)));
        assertEquals(at(1, 8, 14, 0), calendar.plusWorkingTime(at(1, 8, 10, 30), Duration.ofHours(2)));
        assertEquals(at(1, 8, 10, 30), calendar.plusWorkingTime(at(1, 8, 14, 0), Duration.ofHours(-2)));
        // going back, the latest moment is the start of the afternoon, not the end of the morning
        assertEquals(at(1, 8, 13, 0), calendar.plusWorkingTime(at(1, 8, 14, 0), Duration.ofHours(-1)));
        assertEquals(Duration.ofHours(2), calendar.workingTimeBetween(at(1, 8, 10, 30), at(1, 8, 14, 0)));
        assertEquals(Duration.ofHours(-2), calendar.workingTimeBetween(at(1, 8, 14, 0), at(1, 8, 10, 30)));
        assertEquals(Duration.ZERO, calendar.workingTimeBetween(at(1, 8, 11, 30), at(1, 8, 13, 0)));
        assertTrue(calendar.isWorkingTime(at(1, 8, 7, 30)));
        assertFalse(calendar.isWorkingTime(at(1, 8, 11, 30)));
        assertFalse(calendar.isWorkingTime(at(1, 8, 12, 0)));
        assertEquals(at(1, 8, 13, 0), calendar.nextWorkingMoment(at(1, 8, 12, 0)));
        assertEquals(at(1, 8, 9, 15), calendar.nextWorkingMoment(at(1, 8, 9, 15)));
        assertEquals(at(1, 8, 12, 0), calendar.plusWorkingTime(at(1, 8, 12, 0), Duration.ZERO));
    }

    @Test
    void halfDaySaturdayAndSundayRest() {
        WorkCalendar calendar = oneStop();
        // Fri 2026-01-09 16:00 + 2 h: one hour on Friday, one on Saturday morning
        assertEquals(at(1, 10, 8, 30), calendar.plusWorkingTime(at(1, 9, 16, 0), Duration.ofHours(2)));
        // Sat 11:00 + 1 h: half an hour on Saturday, Sunday rests, Monday 07:30 + 0:30
        assertEquals(at(1, 12, 8, 0), calendar.plusWorkingTime(at(1, 10, 11, 0), Duration.ofHours(1)));
        assertEquals(at(1, 12, 7, 30), calendar.nextWorkingMoment(at(1, 10, 12, 0)));
        assertEquals(List.of(MORNING), calendar.sessionsOn(LocalDate.of(2026, 1, 10)));
        assertEquals(List.of(), calendar.sessionsOn(LocalDate.of(2026, 1, 11)));
    }

    @Test
    void dayOffAndShortDayBeforeTet() {
        WorkCalendar calendar = oneStop();
        // Fri 2026-02-13 is a short day (morning only); Sat 14 half day; Mon 16 and Tue 17 are off
        assertEquals(at(2, 14, 7, 30), calendar.nextWorkingMoment(at(2, 13, 13, 0)));
        assertEquals(at(2, 18, 8, 30), calendar.plusWorkingTime(at(2, 13, 11, 0), Duration.ofMinutes(30 + 240 + 60)));
        assertEquals(Duration.ofMinutes(30 + 240 + 60), calendar.workingTimeBetween(at(2, 13, 11, 0), at(2, 18, 8, 30)));
    }

    @Test
    void seasonChangeOnFifteenthApril() {
        WorkCalendar calendar = oneStop();
        // Tue 2026-04-14 (winter) 16:30 + 1 h: 30 min on Tuesday, then summer Wednesday from 07:00
        assertEquals(at(4, 15, 7, 30), calendar.plusWorkingTime(at(4, 14, 16, 30), Duration.ofHours(1)));
        assertEquals(List.of(Session.parse("07:00-11:30"), Session.parse("13:30-17:00")),
                calendar.sessionsOn(LocalDate.of(2026, 4, 15)));
        // Thu 2026-10-15 is winter again
        assertEquals(List.of(MORNING, AFTERNOON), calendar.sessionsOn(LocalDate.of(2026, 10, 15)));
    }

    @Test
    void winterSeasonWrapsOverTheNewYear() {
        Timetable winter = Timetable.ofWeekdays(Session.parse("08:00-12:00"));
        OfficeHours hours = OfficeHours.builder(Timetable.ofWeekdays(MORNING, AFTERNOON))
                .season(MonthDay.of(11, 1), MonthDay.of(2, 28), winter)
                .build();
        assertEquals(winter, hours.timetableOn(LocalDate.of(2026, 1, 15)));
        assertEquals(winter, hours.timetableOn(LocalDate.of(2026, 12, 15)));
        assertEquals(hours.getStandard(), hours.timetableOn(LocalDate.of(2026, 3, 1)));
    }

    @Test
    void makeUpSaturdayWorksMondaySessions() {
        OfficeHours hours = OfficeHours.of(Timetable.ofWeekdays(MORNING, AFTERNOON));
        WorkCalendar calendar = WorkCalendar.builder(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))
                .workingDay(LocalDate.of(2026, 1, 10), "Make-up Saturday")
                .officeHours(hours)
                .build();
        assertEquals(List.of(MORNING, AFTERNOON), calendar.sessionsOn(LocalDate.of(2026, 1, 10)));
        OfficeHours shortMakeUp = OfficeHours.builder(Timetable.ofWeekdays(MORNING, AFTERNOON)).makeUpDay(MORNING).build();
        WorkCalendar other = calendar.toBuilder().officeHours(shortMakeUp).build();
        assertEquals(List.of(MORNING), other.sessionsOn(LocalDate.of(2026, 1, 10)));
    }

    @Test
    void rangeEdgesAndErrors() {
        WorkCalendar calendar = oneStop();
        assertEquals(at(12, 31, 17, 0), calendar.plusWorkingTime(at(12, 31, 16, 0), Duration.ofHours(1)));
        DateTimeException ex = assertThrows(DateTimeException.class,
                () -> calendar.plusWorkingTime(at(12, 31, 16, 0), Duration.ofMinutes(61)));
        assertEquals("Adding PT1H1M of working time to 2026-12-31T16:00 leaves the calendar's range"
                + " 2026-01-01..2026-12-31", ex.getMessage());
        // amounts whose sum with the start would overflow a long leave the range too
        for (Duration huge : new Duration[] {Duration.ofSeconds(Long.MAX_VALUE, 999_999_999),
                Duration.ofSeconds(Long.MIN_VALUE)}) {
            ex = assertThrows(DateTimeException.class, () -> calendar.plusWorkingTime(at(6, 1, 9, 0), huge));
            assertTrue(ex.getMessage().endsWith("leaves the calendar's range 2026-01-01..2026-12-31"), ex.getMessage());
        }
        ex = assertThrows(DateTimeException.class, () -> calendar.nextWorkingMoment(at(12, 31, 17, 0)));
        assertEquals("No working time follows 2026-12-31T17:00 within the calendar's range 2026-01-01..2026-12-31",
                ex.getMessage());
        // the range starts on Thu 2026-01-01, a working day in this calendar
        assertThrows(DateTimeException.class, () -> calendar.plusWorkingTime(at(1, 1, 8, 0), Duration.ofHours(-1)));
        assertEquals(at(1, 1, 7, 30), calendar.plusWorkingTime(at(1, 1, 8, 0), Duration.ofMinutes(-30)));
        assertEquals(at(1, 1, 16, 30), calendar.plusWorkingTime(at(1, 2, 8, 0), Duration.ofHours(-1)));
        assertThrows(DateTimeException.class,
                () -> calendar.isWorkingTime(LocalDateTime.of(2027, 1, 1, 8, 0)));
        assertThrows(NullPointerException.class, () -> calendar.plusWorkingTime(at(1, 2, 8, 0), null));
    }

    @Test
    void sessionAndTimetableErrors() {
        DateTimeException ex = assertThrows(DateTimeException.class,
                () -> Timetable.builder().day(DayOfWeek.MONDAY, MORNING, Session.parse("11:00-12:00")).build());
        assertEquals("Session 11:00-12:00 overlaps session 07:30-11:30 on MONDAY", ex.getMessage());
        ex = assertThrows(DateTimeException.class, () -> Session.of(LocalTime.of(12, 0), LocalTime.of(11, 0)));
        assertEquals("Session 12:00-11:00 must start before it ends, within one day", ex.getMessage());
        ex = assertThrows(DateTimeException.class, () -> Session.of(LocalTime.of(7, 30, 0, 5), LocalTime.of(11, 0)));
        assertEquals("Session boundary 07:30:00.000000005 must be a whole second", ex.getMessage());
        DateTimeParseException parse = assertThrows(DateTimeParseException.class, () -> Session.parse("7h30-11h"));
        assertEquals("Session '7h30-11h' must have the form HH:mm-HH:mm", parse.getMessage());
        parse = assertThrows(DateTimeParseException.class, () -> Session.parse("07:30"));
        assertEquals("Session '07:30' must have the form HH:mm-HH:mm", parse.getMessage());
        ex = assertThrows(DateTimeException.class, () -> OfficeHours.builder(Timetable.ofWeekdays(MORNING))
                .season(MonthDay.of(4, 1), MonthDay.of(6, 30), Timetable.ofWeekdays(AFTERNOON))
                .season(MonthDay.of(6, 1), MonthDay.of(9, 30), Timetable.ofWeekdays(AFTERNOON))
                .build());
        assertEquals("Season --06-01..--09-30 overlaps season --04-01..--06-30 on --06-01", ex.getMessage());
        ex = assertThrows(DateTimeException.class, () -> OfficeHours.builder(Timetable.ofWeekdays(MORNING))
                .exception(LocalDate.of(2026, 2, 13), MORNING, Session.parse("08:00-09:00")).build());
        assertEquals("Session 08:00-09:00 overlaps session 07:30-11:30 on 2026-02-13", ex.getMessage());
        assertEquals(Session.parse("22:00-24:00"), Session.untilMidnight(LocalTime.of(22, 0)));
        assertEquals("22:00-24:00", Session.untilMidnight(LocalTime.of(22, 0)).toString());
    }

    //-----------------------------------------------------------------------
    @Test
    void crossCheckAgainstMinuteByMinuteReference() {
        long base = Long.getLong("dunghan.seed", 42L);
        int rounds = System.getProperty("dunghan.seed") != null ? 1 : 25;
        for (int round = 0; round < rounds; round++) {
            long seed = base + round;
            try {
                crossCheck(seed);
            } catch (AssertionError | RuntimeException ex) {
                throw new AssertionError("Working-time cross-check failed with seed " + seed
                        + " (rerun with -Ddunghan.seed=" + seed + "): " + ex.getMessage(), ex);
            }
        }
    }

    private static void crossCheck(long seed) {
        Random random = new Random(seed);
        LocalDate min = LocalDate.of(2030, 1, 1).plusDays(random.nextInt(3000));
        LocalDate max = min.plusDays(20 + random.nextInt(20));
        Map<DayOfWeek, int[]> weekly = new EnumMap<>(DayOfWeek.class);
        Timetable.Builder timetable = Timetable.builder();
        for (DayOfWeek day : DayOfWeek.values()) {
            int[] minutes = randomSessions(random);
            weekly.put(day, minutes);
            timetable.day(day, toSessions(minutes));
        }
        OfficeHours.Builder hours = OfficeHours.builder(timetable.build());
        Map<LocalDate, int[]> exceptions = new java.util.HashMap<>();
        for (int i = 0; i < 3; i++) {
            LocalDate date = min.plusDays(random.nextInt(20));
            int[] minutes = randomSessions(random);
            exceptions.put(date, minutes);
            hours.exception(date, toSessions(minutes));
        }
        WorkCalendar.Builder builder = WorkCalendar.builder(min, max).weekend(DayOfWeek.SUNDAY).officeHours(hours.build());
        java.util.Set<LocalDate> off = new java.util.HashSet<>();
        for (int i = 0; i < 4; i++) {
            LocalDate date = min.plusDays(random.nextInt(20));
            if (off.add(date)) {
                builder.dayOff(date, "Off");
            }
        }
        WorkCalendar calendar = builder.build();
        // minute-by-minute reference: minute m of date d is worked if d is a working day and m lies in a session
        int days = (int) (max.toEpochDay() - min.toEpochDay() + 1);
        boolean[] worked = new boolean[days * 1440];
        for (int d = 0; d < days; d++) {
            LocalDate date = min.plusDays(d);
            if (off.contains(date) || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            int[] minutes = exceptions.containsKey(date) ? exceptions.get(date) : weekly.get(date.getDayOfWeek());
            for (int s = 0; s < minutes.length; s += 2) {
                for (int m = minutes[s]; m < minutes[s + 1]; m++) {
                    worked[d * 1440 + m] = true;
                }
            }
        }
        int[] prefix = new int[worked.length + 1];
        for (int i = 0; i < worked.length; i++) {
            prefix[i + 1] = prefix[i] + (worked[i] ? 1 : 0);
        }
        for (int trial = 0; trial < 400; trial++) {
            int a = random.nextInt(worked.length);
            int b = random.nextInt(worked.length);
            LocalDateTime ta = min.atStartOfDay().plusMinutes(a);
            LocalDateTime tb = min.atStartOfDay().plusMinutes(b);
            assertEquals(worked[a], calendar.isWorkingTime(ta), "isWorkingTime " + ta);
            assertEquals(Duration.ofMinutes(prefix[b] - prefix[a]), calendar.workingTimeBetween(ta, tb),
                    "workingTimeBetween " + ta + " " + tb);
            int amount = random.nextInt(2000) - 1000;
            // earliest minute e >= a with prefix[e] - prefix[a] == amount (amount > 0),
            // latest e <= a with that (amount < 0)
            Integer expected = null;
            if (amount > 0) {
                for (int e = a; e <= worked.length; e++) {
                    if (prefix[e] - prefix[a] == amount) {
                        expected = e;
                        break;
                    }
                }
            } else if (amount < 0) {
                for (int e = a; e >= 0; e--) {
                    if (prefix[e] - prefix[a] == amount) {
                        expected = e;
                        break;
                    }
                }
            } else {
                expected = a;
            }
            Duration duration = Duration.ofMinutes(amount);
            if (expected == null || (amount < 0 && expected == 0 && prefix[0] - prefix[a] != amount)) {
                assertThrows(DateTimeException.class, () -> calendar.plusWorkingTime(ta, duration),
                        "plusWorkingTime " + ta + " " + duration + " must leave the range");
            } else {
                assertEquals(min.atStartOfDay().plusMinutes(expected), calendar.plusWorkingTime(ta, duration),
                        "plusWorkingTime " + ta + " " + duration);
            }
            Integer next = null;
            for (int e = a; e < worked.length; e++) {
                if (worked[e]) {
                    next = e;
                    break;
                }
            }
            if (next == null) {
                assertThrows(DateTimeException.class, () -> calendar.nextWorkingMoment(ta));
            } else {
                assertEquals(min.atStartOfDay().plusMinutes(next), calendar.nextWorkingMoment(ta), "next " + ta);
            }
        }
    }

    /** Zero to three disjoint sessions, in minutes of the day, flattened as start, end pairs. */
    private static int[] randomSessions(Random random) {
        int count = random.nextInt(4);
        List<Integer> cuts = new ArrayList<>();
        while (cuts.size() < count * 2) {
            int cut = random.nextInt(1441);
            if (!cuts.contains(cut)) {
                cuts.add(cut);
            }
        }
        cuts.sort(null);
        int[] minutes = new int[cuts.size()];
        for (int i = 0; i < minutes.length; i++) {
            minutes[i] = cuts.get(i);
        }
        return minutes;
    }

    private static Session[] toSessions(int[] minutes) {
        Session[] sessions = new Session[minutes.length / 2];
        for (int i = 0; i < sessions.length; i++) {
            LocalTime start = LocalTime.MIDNIGHT.plusMinutes(minutes[2 * i]);
            sessions[i] = minutes[2 * i + 1] == 1440 ? Session.untilMidnight(start)
                    : Session.of(start, LocalTime.MIDNIGHT.plusMinutes(minutes[2 * i + 1]));
        }
        return sessions;
    }
}
