package vn.dunghan.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.Chronology;
import java.time.chrono.IsoChronology;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalQuery;
import java.util.Objects;
import java.util.Optional;

/**
 * Adjusters and queries that bind a {@link WorkCalendar} to java.time, in the style of
 * {@code TemporalAdjusters} and threeten-extra's {@code Temporals}, but for any weekend, day off
 * and make-up day.
 * <p>
 * The adjusters work on any ISO temporal that has a date, such as {@code LocalDate},
 * {@code LocalDateTime} or {@code ZonedDateTime}, and keep its time of day:
 * <pre>
 *  LocalDate due = accepted.with(WorkingDays.plus(calendar, 15));
 *  boolean open = LocalDate.now(clock).query(WorkingDays.isWorkingDay(calendar));
 * </pre>
 * On a Monday-to-Friday calendar without days off, the input Friday 2026-01-02 returns
 * Monday 2026-01-05 from {@link #next(WorkCalendar)} and Friday 2026-01-02 from
 * {@link #nextOrSame(WorkCalendar)}; the input Sunday 2026-01-04 returns Friday 2026-01-02 from
 * {@link #previousOrSame(WorkCalendar)}.
 * <p>
 * This is a final utility class of immutable, thread-safe adjusters and queries.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /**
     * Obtains an adjuster that returns the next working day.
     *
     * @param calendar  the calendar, not null
     * @return the adjuster, not null
     */
    public static TemporalAdjuster next(WorkCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return temporal -> adjust(temporal, calendar.nextWorkingDay(date(temporal)));
    }

    /**
     * Obtains an adjuster that returns the same date if it is a working day, else the next one.
     *
     * @param calendar  the calendar, not null
     * @return the adjuster, not null
     */
    public static TemporalAdjuster nextOrSame(WorkCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return temporal -> adjust(temporal, calendar.nextWorkingDayOrSame(date(temporal)));
    }

    /**
     * Obtains an adjuster that returns the previous working day.
     *
     * @param calendar  the calendar, not null
     * @return the adjuster, not null
     */
    public static TemporalAdjuster previous(WorkCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return temporal -> adjust(temporal, calendar.previousWorkingDay(date(temporal)));
    }

    /**
     * Obtains an adjuster that returns the same date if it is a working day, else the previous one.
     *
     * @param calendar  the calendar, not null
     * @return the adjuster, not null
     */
    public static TemporalAdjuster previousOrSame(WorkCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return temporal -> adjust(temporal, calendar.previousWorkingDayOrSame(date(temporal)));
    }

    /**
     * Obtains an adjuster that adds working days, as {@link WorkCalendar#plusWorkingDays} does.
     *
     * @param calendar  the calendar, not null
     * @param n  the number of working days, negative to go back
     * @return the adjuster, not null
     */
    public static TemporalAdjuster plus(WorkCalendar calendar, int n) {
        Objects.requireNonNull(calendar, "calendar");
        return temporal -> adjust(temporal, calendar.plusWorkingDays(date(temporal), n));
    }

    /**
     * Obtains a query that checks if a temporal's date is a working day.
     *
     * @param calendar  the calendar, not null
     * @return the query, not null
     */
    public static TemporalQuery<Boolean> isWorkingDay(WorkCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return temporal -> calendar.isWorkingDay(date(temporal));
    }

    /**
     * Obtains a query that explains why a temporal's date is not a working day.
     *
     * @param calendar  the calendar, not null
     * @return the query, returning an empty optional for a working day, not null
     */
    public static TemporalQuery<Optional<DayOff>> dayOff(WorkCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return temporal -> calendar.dayOff(date(temporal));
    }

    private static LocalDate date(TemporalAccessor temporal) {
        Objects.requireNonNull(temporal, "temporal");
        Chronology chronology = temporal.query(java.time.temporal.TemporalQueries.chronology());
        if (chronology != null && !IsoChronology.INSTANCE.equals(chronology)) {
            throw new DateTimeException("Working days need an ISO date, but " + temporal + " is in " + chronology);
        }
        return LocalDate.from(temporal);
    }

    private static Temporal adjust(Temporal temporal, LocalDate result) {
        return temporal.with(ChronoField.EPOCH_DAY, result.toEpochDay());
    }
}
