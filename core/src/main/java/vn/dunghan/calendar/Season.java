package vn.dunghan.calendar;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * A timetable that applies every year between two days of the year, inclusive, such as a summer
 * timetable from 15 April to 14 October. A season whose start is after its end wraps over the new
 * year, such as a winter timetable from 15 October to 14 April.
 * <p>
 * This record is immutable and thread-safe.
 *
 * @param from  the first day of the season, not null
 * @param to  the last day of the season, not null
 * @param timetable  the timetable in force during the season, not null
 */
public record Season(MonthDay from, MonthDay to, Timetable timetable) implements Serializable {

    /**
     * Creates a season.
     *
     * @param from  the first day of the season, not null
     * @param to  the last day of the season, not null
     * @param timetable  the timetable in force during the season, not null
     */
    public Season {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(timetable, "timetable");
    }

    /**
     * Checks if a date lies within this season.
     *
     * @param date  the date, not null
     * @return true if the date's day of the year is within the season
     */
    public boolean contains(LocalDate date) {
        return contains(MonthDay.from(date));
    }

    /**
     * Checks if a day of the year lies within this season.
     *
     * @param day  the day of the year, not null
     * @return true if within the season
     */
    public boolean contains(MonthDay day) {
        Objects.requireNonNull(day, "day");
        if (!from.isAfter(to)) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
        return !day.isBefore(from) || !day.isAfter(to);
    }
}
