package vn.dunghan.deadline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * When a period ends: either at the end of a day, 24:00 (a period in days, working days or months,
 * Civil Code 2015, Art. 148; see {@code docs/counting.md}), or at a moment (a period in hours).
 * <p>
 * The end of a day is a value of its own rather than a time of day: 24:00 of a date is the same
 * instant as 00:00 of the next, and a moment at exactly that instant has not passed the due. A
 * date-time at {@link LocalTime#MAX}, the way the codecs write an appointment given as a date only,
 * is read as the end of its day by {@link #from(LocalDateTime)}.
 * <p>
 * Implementations are immutable and thread-safe.
 */
public sealed interface Due permits Due.EndOfDay, Due.Moment {

    /**
     * Obtains the end of a day, 24:00.
     *
     * @param date  the last day of the period, not null
     * @return the due, not null
     */
    static Due endOf(LocalDate date) {
        return new EndOfDay(date);
    }

    /**
     * Obtains a due moment.
     *
     * @param moment  the moment the period ends, not null
     * @return the due, not null
     */
    static Due at(LocalDateTime moment) {
        return new Moment(moment);
    }

    /**
     * Obtains the due a date-time stands for: the end of its day when the time is
     * {@link LocalTime#MAX}, else that moment.
     *
     * @param dateTime  the date-time, not null
     * @return the due, not null
     */
    static Due from(LocalDateTime dateTime) {
        Objects.requireNonNull(dateTime, "dateTime");
        return dateTime.toLocalTime().equals(LocalTime.MAX) ? new EndOfDay(dateTime.toLocalDate()) : new Moment(dateTime);
    }

    /**
     * Gets the due date: the last day of the period, or the date of the moment.
     *
     * @return the date, not null
     */
    LocalDate date();

    /**
     * Converts this due to the instant it ends: 00:00 of the next day for the end of a day.
     *
     * @return the date-time, not null
     */
    LocalDateTime toLocalDateTime();

    /**
     * Checks if this due has passed at a moment, that is, ends strictly before it. The end of a
     * day has not passed at 00:00 of the next day. Nothing is allocated.
     *
     * @param time  the moment, not null
     * @return true if the moment is after the due
     */
    boolean isBefore(LocalDateTime time);

    /**
     * Outputs this due for a reader: {@code 2026-03-12 24:00} or {@code 2026-03-12T10:30}.
     *
     * @return the text, not null
     */
    String toText();

    /**
     * The end of a day, 24:00.
     *
     * @param date  the last day of the period, not null
     */
    record EndOfDay(LocalDate date) implements Due {

        /**
         * Creates the end of a day.
         *
         * @throws NullPointerException if the date is null
         */
        public EndOfDay {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public LocalDateTime toLocalDateTime() {
            return date.plusDays(1).atStartOfDay();
        }

        @Override
        public boolean isBefore(LocalDateTime time) {
            LocalDate day = time.toLocalDate();
            if (!day.isAfter(date)) {
                return false;
            }
            // 00:00 of the next day is 24:00 of the date, the end itself
            return !time.toLocalTime().equals(LocalTime.MIDNIGHT) || day.isAfter(date.plusDays(1));
        }

        @Override
        public String toText() {
            return date + " 24:00";
        }

        @Override
        public String toString() {
            return toText();
        }
    }

    /**
     * A due moment.
     *
     * @param moment  the moment the period ends, not null
     */
    record Moment(LocalDateTime moment) implements Due {

        /**
         * Creates a due moment.
         *
         * @throws NullPointerException if the moment is null
         */
        public Moment {
            Objects.requireNonNull(moment, "moment");
        }

        @Override
        public LocalDate date() {
            return moment.toLocalDate();
        }

        @Override
        public LocalDateTime toLocalDateTime() {
            return moment;
        }

        @Override
        public boolean isBefore(LocalDateTime time) {
            return time.isAfter(moment);
        }

        @Override
        public String toText() {
            return moment.toString();
        }

        @Override
        public String toString() {
            return toText();
        }
    }
}
