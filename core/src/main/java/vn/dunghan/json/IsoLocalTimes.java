package vn.dunghan.json;

import java.time.LocalDateTime;

/**
 * Reads the two common shapes of an ISO local date-time, {@code yyyy-MM-ddTHH:mm} and
 * {@code yyyy-MM-ddTHH:mm:ss}, without a formatter: bulk files hold several per record and
 * {@link java.time.format.DateTimeFormatter} spends most of a record's parsing time on them.
 * Any other shape (fractions, offsets, signed years) is left to the formatter by returning null;
 * field ranges are checked by {@link LocalDateTime#of}, which rejects exactly what the strict ISO
 * formatter rejects for these shapes (for example 2026-02-30 and 24:00).
 */
final class IsoLocalTimes {

    private IsoLocalTimes() {
    }

    /**
     * Parses a date-time in one of the two shapes.
     *
     * @param text  the text, not null
     * @return the date-time, or null if the text has another shape
     * @throws java.time.DateTimeException if the shape matches but a field is out of range
     */
    static LocalDateTime parse(String text) {
        int length = text.length();
        if ((length != 16 && length != 19) || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' || text.charAt(13) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = 0;
        if (length == 19) {
            if (text.charAt(16) != ':') {
                return null;
            }
            second = digits(text, 17, 2);
        }
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second);
    }

    /** The value of count ASCII digits from start, or -1 if one is not a digit. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
