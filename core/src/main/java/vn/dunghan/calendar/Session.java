package vn.dunghan.calendar;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A period of office hours within one day, such as 07:30–11:30, from an inclusive start to an
 * exclusive end, in whole seconds.
 * <p>
 * The end may be midnight at the end of the day, written {@code 24:00}. A session lasts at least
 * one second.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Session implements Comparable<Session>, Serializable {

    private static final long serialVersionUID = 1L;
    /** The number of seconds in a day, the largest end of a session. */
    static final int SECONDS_PER_DAY = 86_400;

    private final int startSecond;
    private final int endSecond;

    private Session(int startSecond, int endSecond) {
        if (startSecond < 0 || endSecond > SECONDS_PER_DAY || startSecond >= endSecond) {
            throw new DateTimeException("Session " + format(startSecond) + "-" + format(endSecond)
                    + " must start before it ends, within one day");
        }
        this.startSecond = startSecond;
        this.endSecond = endSecond;
    }

    /**
     * Obtains a session from its start and end times.
     *
     * @param start  the inclusive start, whole seconds, not null
     * @param end  the exclusive end, whole seconds, after the start, not null
     * @return the session, not null
     * @throws DateTimeException if the times have fractions of a second or the end is not after the start
     */
    public static Session of(LocalTime start, LocalTime end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        return new Session(wholeSeconds(start), wholeSeconds(end));
    }

    /**
     * Obtains a session that ends at midnight at the end of the day.
     *
     * @param start  the inclusive start, whole seconds, not null
     * @return the session from start to 24:00, not null
     */
    public static Session untilMidnight(LocalTime start) {
        Objects.requireNonNull(start, "start");
        return new Session(wholeSeconds(start), SECONDS_PER_DAY);
    }

    /**
     * Obtains a session from text such as {@code 07:30-11:30}, {@code 13:00-17:00} or
     * {@code 22:00-24:00}.
     *
     * @param text  the text, not null
     * @return the session, not null
     * @throws DateTimeParseException if the text is not of the form {@code HH:mm[:ss]-HH:mm[:ss]}
     *     or the session is empty
     */
    public static Session parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String str = text.toString();
        int dash = str.indexOf('-');
        if (dash < 0) {
            throw new DateTimeParseException("Session '" + str + "' must have the form HH:mm-HH:mm", str, 0);
        }
        try {
            int start = wholeSeconds(LocalTime.parse(str.substring(0, dash)));
            String endText = str.substring(dash + 1);
            int end = endText.equals("24:00") ? SECONDS_PER_DAY : wholeSeconds(LocalTime.parse(endText));
            return new Session(start, end);
        } catch (DateTimeParseException ex) {
            throw new DateTimeParseException("Session '" + str + "' must have the form HH:mm-HH:mm", str,
                    ex.getErrorIndex(), ex);
        } catch (DateTimeException ex) {
            throw new DateTimeParseException(ex.getMessage(), str, 0, ex);
        }
    }

    private static int wholeSeconds(LocalTime time) {
        if (time.getNano() != 0) {
            throw new DateTimeException("Session boundary " + time + " must be a whole second");
        }
        return time.toSecondOfDay();
    }

    /**
     * Gets the inclusive start.
     *
     * @return the start, not null
     */
    public LocalTime getStart() {
        return LocalTime.ofSecondOfDay(startSecond);
    }

    /**
     * Gets the exclusive end; midnight at the end of the day is returned as {@link LocalTime#MIDNIGHT}.
     *
     * @return the end, not null
     */
    public LocalTime getEnd() {
        return endSecond == SECONDS_PER_DAY ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(endSecond);
    }

    /**
     * Checks if this session ends at midnight at the end of the day (24:00).
     *
     * @return true if the session ends at 24:00
     */
    public boolean isEndOfDay() {
        return endSecond == SECONDS_PER_DAY;
    }

    /**
     * Gets the length in seconds.
     *
     * @return the length, at least 1
     */
    public int getLengthSeconds() {
        return endSecond - startSecond;
    }

    int startSecond() {
        return startSecond;
    }

    int endSecond() {
        return endSecond;
    }

    /**
     * Checks if this session shares at least one second with another.
     *
     * @param other  the other session, not null
     * @return true if they overlap
     */
    public boolean overlaps(Session other) {
        Objects.requireNonNull(other, "other");
        return startSecond < other.endSecond && other.startSecond < endSecond;
    }

    private Object readResolve() {
        return new Session(startSecond, endSecond);
    }

    /**
     * Compares by start, then end.
     *
     * @param other  the other session, not null
     * @return the comparator value
     */
    @Override
    public int compareTo(Session other) {
        int cmp = Integer.compare(startSecond, other.startSecond);
        return cmp != 0 ? cmp : Integer.compare(endSecond, other.endSecond);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Session other && startSecond == other.startSecond && endSecond == other.endSecond;
    }

    @Override
    public int hashCode() {
        return startSecond * 31 + endSecond;
    }

    /**
     * Outputs this session as {@code HH:mm-HH:mm}, with seconds where present; the form
     * {@link #parse(CharSequence)} reads.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return format(startSecond) + "-" + format(endSecond);
    }

    private static String format(int second) {
        if (second == SECONDS_PER_DAY) {
            return "24:00";
        }
        if (second < 0 || second > SECONDS_PER_DAY) {
            return Integer.toString(second) + "s";
        }
        return LocalTime.ofSecondOfDay(second).toString();
    }
}
