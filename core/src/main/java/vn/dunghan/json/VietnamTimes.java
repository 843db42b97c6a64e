package vn.dunghan.json;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Objects;

/**
 * Reads times written in Vietnam time in the forms that dossier exports use: the one parser behind
 * the JSON and CSV codecs and the command line, so that a value means the same wherever it is read.
 * <ul>
 * <li>ISO: {@code 2026-02-12T15:40}, with seconds or a fraction, {@code T} or a space; an offset,
 *     if any, must be {@code +07:00};</li>
 * <li>Vietnamese day-first: {@code 12/02/2026 15:40} or {@code 12/02/2026 15:40:00}, one or two
 *     digits for the day, month and hour;</li>
 * <li>compact, as in the national portal's payload: {@code 20260212154000};</li>
 * <li>where a caller allows it, a date alone: {@code 2026-02-12}, {@code 12/02/2026} or {@code 20260212}.</li>
 * </ul>
 * Fields are checked strictly: {@code 31/02/2026} is an error, never quietly 28 February.
 * <p>
 * This is a thread-safe utility class.
 */
public final class VietnamTimes {

    /** The forms of a time, for messages. */
    public static final String TIME_FORMS = "yyyy-MM-ddTHH:mm[:ss], dd/MM/yyyy HH:mm[:ss] or yyyyMMddHHmmss";
    /** The forms of a date alone, for messages. */
    public static final String DATE_FORMS = "yyyy-MM-dd, dd/MM/yyyy or yyyyMMdd";

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final DateTimeFormatter SLASHED = strict("d/M/uuuu H:mm[:ss]");
    private static final DateTimeFormatter SLASHED_DATE = strict("d/M/uuuu");
    private static final DateTimeFormatter COMPACT = strict("uuuuMMddHHmmss");
    private static final DateTimeFormatter COMPACT_DATE = strict("uuuuMMdd");

    private VietnamTimes() {
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * Parses a time in Vietnam time.
     *
     * @param text  the text, not null
     * @return the local date-time in Vietnam, not null
     * @throws DateTimeParseException if the text is not a time in one of the forms, or carries
     *     an offset other than +07:00; the message quotes the text and names the forms
     */
    public static LocalDateTime parse(String text) {
        return parse(text, null);
    }

    /**
     * Parses a time in Vietnam time, or a date alone, which means the given time of that day.
     *
     * @param text  the text, not null
     * @param dateOnly  the time a date alone stands for ({@code LocalTime.MAX} for the end of the
     *     day, {@code LocalTime.MIDNIGHT} for its start), or null if a date alone is not allowed
     * @return the local date-time in Vietnam, not null
     * @throws DateTimeParseException if the text is not in one of the forms, or carries an
     *     offset other than +07:00; the message quotes the text and names the forms
     */
    public static LocalDateTime parse(String text, LocalTime dateOnly) {
        Objects.requireNonNull(text, "text");
        try {
            LocalDateTime common = IsoLocalTimes.parse(text);
            if (common != null) {
                return common;
            }
            String value = text.strip();
            LocalDate date = dateOnly == null ? null : date(value);
            return date != null ? date.atTime(dateOnly) : time(value);
        } catch (OffsetException ex) {
            throw new DateTimeParseException(ex.getMessage(), text, 0);
        } catch (DateTimeException ex) {
            Throwable range = ex instanceof DateTimeParseException ? ex.getCause() : ex;
            if (range instanceof DateTimeException) {
                throw new DateTimeParseException("'" + text + "' is not a valid time: " + range.getMessage(), text, 0, ex);
            }
            throw new DateTimeParseException("'" + text + "' is not a time of the form " + TIME_FORMS
                    + (dateOnly != null ? ", or a date " + DATE_FORMS : "") + ", in Vietnam time", text, 0, ex);
        }
    }

    /** A time whose offset is not Vietnam's. */
    private static final class OffsetException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OffsetException(String message) {
            super(message, null, false, false);
        }
    }

    /** A date alone in one of its forms, or null if the text is longer than a date. */
    private static LocalDate date(String text) {
        boolean digits = isDigits(text);
        if (digits && text.length() == 8) {
            return LocalDate.parse(text, COMPACT_DATE);
        }
        if (text.indexOf('/') > 0 && text.indexOf(' ') < 0) {
            return LocalDate.parse(text, SLASHED_DATE);
        }
        return !digits && text.length() == 10 ? LocalDate.parse(text) : null;
    }

    private static LocalDateTime time(String text) {
        if (text.length() == 14 && isDigits(text)) {
            return LocalDateTime.parse(text, COMPACT);
        }
        if (text.indexOf('/') > 0) {
            return LocalDateTime.parse(text, SLASHED);
        }
        String iso = text.replace(' ', 'T');
        if (hasOffset(iso)) {
            OffsetDateTime time = OffsetDateTime.parse(iso);
            if (!time.getOffset().equals(VIETNAM)) {
                throw new OffsetException("Time '" + text + "' has the offset " + time.getOffset()
                        + "; times must be Vietnam time, local or +07:00");
            }
            return time.toLocalDateTime();
        }
        return LocalDateTime.parse(iso);
    }

    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !text.isEmpty();
    }

    private static boolean hasOffset(String text) {
        int t = text.indexOf('T');
        return t > 0 && (text.endsWith("Z") || text.indexOf('+', t) > 0 || text.indexOf('-', t) > 0);
    }
}
