package vn.dunghan.holidays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.IntFunction;

import vn.dunghan.calendar.OfficeHours;
import vn.dunghan.calendar.Session;
import vn.dunghan.calendar.Timetable;
import vn.dunghan.calendar.WorkCalendar;

/**
 * Ready-made work calendars of Vietnam, 2000-01-01 to 2199-12-31.
 * <p>
 * {@link #civilService()} is the calendar of state offices: Monday to Friday (Decision
 * 188/1999/QĐ-TTg) minus holidays, compensatory days and swapped days, plus make-up Saturdays (and
 * the make-up Sunday of 2011-01-30), from the official schedules where they exist and the
 * statutory rules elsewhere. {@link #privateEmployer(int, DayOfWeek...)} is the statutory calendar
 * of an employer that is not bound by the civil service's swaps.
 * <p>
 * This is a thread-safe utility class; the calendars are immutable.
 */
public final class VietnamCalendars {

    /** The first date of the calendars. */
    public static final LocalDate MIN_DATE = LocalDate.of(VietnamHolidays.FIRST_YEAR, 1, 1);
    /** The last date of the calendars. */
    public static final LocalDate MAX_DATE = LocalDate.of(VietnamHolidays.LAST_YEAR, 12, 31);

    /**
     * A common office timetable of state offices and one-stop units: Monday to Friday, 07:30-11:30
     * and 13:00-17:00, eight hours a day within the 40-hour week of Decision 188/1999/QĐ-TTg. No
     * national rule fixes the hours: each province or ministry sets its units' own
     * (docs/counting.md §3.4), so a working-hour limit should be counted on the office's timetable
     * where it is known. The civil-service calendar carries no office hours; add these with
     * {@code civilService().toBuilder().officeHours(TYPICAL_OFFICE_HOURS).build()}.
     */
    public static final OfficeHours TYPICAL_OFFICE_HOURS =
            OfficeHours.of(Timetable.ofWeekdays(Session.parse("07:30-11:30"), Session.parse("13:00-17:00")));

    private VietnamCalendars() {
    }

    /**
     * Gets the civil-service calendar with the bundled official schedules.
     *
     * @return the calendar, built once, not null
     */
    public static WorkCalendar civilService() {
        return CivilService.CALENDAR;
    }

    /** Builds the bundled civil-service calendar once, on first use. */
    private static final class CivilService {
        static final WorkCalendar CALENDAR = civilService(Schedules.empty());
    }

    /**
     * Builds the civil-service calendar with updated schedules: years in {@code updates} replace
     * or extend the bundled ones, for example a year announced after this release.
     *
     * @param updates  the schedules to add, such as {@code Schedules.read(stream)}, not null
     * @return the calendar, not null
     * @throws java.time.DateTimeException if the merged schedules are inconsistent
     */
    public static WorkCalendar civilService(Schedules updates) {
        Objects.requireNonNull(updates, "updates");
        Schedules schedules = Schedules.bundled().merge(updates);
        return build(year -> VietnamHolidays.scheduleOf(schedules, year), DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }

    /**
     * Builds the statutory calendar of a private employer: holidays and compensatory days under
     * the Labour Code of each period, no swaps.
     *
     * @param daysBeforeTet  the days off before the new year in a 5-day Tết: 1, 2 or 3
     * @param weekend  the weekly rest days, such as SUNDAY alone, not null
     * @return the calendar, not null
     * @throws IllegalArgumentException if the split is not 1, 2 or 3, or the weekend is empty or the
     *     whole week
     */
    public static WorkCalendar privateEmployer(int daysBeforeTet, DayOfWeek... weekend) {
        StatutoryHolidays rules = StatutoryHolidays.privateEmployer(daysBeforeTet, weekend);
        return build(year -> rules.scheduleOf(year, false), weekend);
    }

    private static WorkCalendar build(IntFunction<YearSchedule> schedules, DayOfWeek... weekend) {
        WorkCalendar.Builder builder = WorkCalendar.builder(MIN_DATE, MAX_DATE).weekend(weekend);
        for (int year = VietnamHolidays.FIRST_YEAR; year <= VietnamHolidays.LAST_YEAR; year++) {
            YearSchedule schedule = schedules.apply(year);
            schedule.getDaysOff().forEach(day -> builder.dayOff(day.toDayOff()));
            schedule.getMakeUpDays().forEach(day -> builder.workingDay(day.toDayOff()));
        }
        return builder.build();
    }
}
