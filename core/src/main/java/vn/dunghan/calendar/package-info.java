/**
 * Work calendars: which days are worked, at which hours, and the arithmetic over them.
 * <p>
 * The central type is {@link vn.dunghan.calendar.WorkCalendar}, an immutable calendar over a
 * bounded date range that answers every working-day question in constant time from precomputed
 * indexes. {@link vn.dunghan.calendar.WorkingDays} exposes those answers as java.time
 * {@code TemporalAdjuster}s and {@code TemporalQuery}s, and {@link vn.dunghan.calendar.OfficeHours}
 * adds the sessions of each day for working-time arithmetic.
 * <p>
 * Counting follows the Civil Code 2015 of Vietnam, Art. 147: the first day of a period is not
 * counted, so {@code workingDaysBetween(a, b)} counts the working days {@code d} with
 * {@code a < d <= b}.
 */
package vn.dunghan.calendar;
