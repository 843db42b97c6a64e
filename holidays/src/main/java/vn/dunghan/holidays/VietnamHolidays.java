package vn.dunghan.holidays;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.dunghan.calendar.DayOff;

/**
 * Vietnam's public holidays and the civil-service schedule of each year, 2000–2199, with their
 * legal sources.
 * <p>
 * A year with an official schedule (bundled for 2010–2027, see {@link Schedules}) follows it,
 * swaps and make-up days included; any other year follows {@link StatutoryHolidays#civilService()},
 * and its days are marked provisional when the year comes after the last official one. Years
 * 2000–2009 have no bundled schedule: the statute applies (swaps started in 2010, MOLISA
 * submission 89/TTr-LĐTBXH of 20/11/2014), graded D.
 * <p>
 * This is a thread-safe utility class over the bundled data; {@link VietnamCalendars} gives the
 * same days as a {@code WorkCalendar}, and accepts updated schedules.
 */
public final class VietnamHolidays {

    /** The first year covered. */
    public static final int FIRST_YEAR = 2000;
    /** The last year covered. */
    public static final int LAST_YEAR = 2199;

    private VietnamHolidays() {
    }

    /**
     * Lists every non-working weekday and every holiday of a year, in date order: statutory
     * holidays (also those on weekends), compensatory days and swapped or bridge days off.
     *
     * @param year  the year, from 2000 to 2199
     * @return the days off, their source followed by the grade in brackets, not null
     * @throws DateTimeException if the year is outside 2000..2199
     */
    public static List<DayOff> daysOff(int year) {
        List<DayOff> list = new ArrayList<>();
        scheduleOf(year).getDaysOff().forEach(day -> list.add(day.toDayOff()));
        return List.copyOf(list);
    }

    /**
     * Lists the weekend days of a year declared working days for the civil service.
     *
     * @param year  the year, from 2000 to 2199
     * @return the make-up days in date order, not null
     * @throws DateTimeException if the year is outside 2000..2199
     */
    public static List<LocalDate> makeUpWorkingDays(int year) {
        List<LocalDate> list = new ArrayList<>();
        scheduleOf(year).getMakeUpDays().forEach(day -> list.add(day.getDate()));
        return List.copyOf(list);
    }

    /**
     * Gets the civil-service schedule of a year: the official one where bundled, else the
     * statutory rules.
     *
     * @param year  the year, from 2000 to 2199
     * @return the schedule, not null
     * @throws DateTimeException if the year is outside 2000..2199
     */
    public static YearSchedule scheduleOf(int year) {
        return scheduleOf(Schedules.bundled(), year);
    }

    /**
     * Gets the schedule of a year from a set of official schedules, falling back on the statutory
     * rules; the days of a year after the set's last year are provisional.
     *
     * @param schedules  the official schedules, not null
     * @param year  the year, from 2000 to 2199
     * @return the schedule, not null
     * @throws DateTimeException if the year is outside 2000..2199
     */
    public static YearSchedule scheduleOf(Schedules schedules, int year) {
        Objects.requireNonNull(schedules, "schedules");
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new DateTimeException("Year " + year + " is outside the supported range " + FIRST_YEAR + ".."
                    + LAST_YEAR);
        }
        return schedules.year(year).orElseGet(() -> StatutoryHolidays.civilService().scheduleOf(year,
                !schedules.getYears().isEmpty() && year > schedules.getYears().lastKey()));
    }

    /**
     * Gets the last year with a bundled official schedule.
     *
     * @return the year, 2027 in this release
     */
    public static int lastOfficialYear() {
        return Schedules.bundled().getYears().lastKey();
    }

    /**
     * Explains why a date is or is not a working day of the civil service.
     *
     * @param date  the date, from 2000-01-01 to 2199-12-31, not null
     * @return the explanation, not null
     * @throws DateTimeException if the date is outside the supported range
     */
    public static DayExplanation explain(LocalDate date) {
        Objects.requireNonNull(date, "date");
        boolean working = VietnamCalendars.civilService().isWorkingDay(date);
        return new DayExplanation(date, working, scheduleOf(date.getYear()).find(date));
    }
}
