package vn.dunghan.json;

import java.time.LocalDateTime;

/**
 * Reads the two common shapes of an ISO local date-time, {@code yyyy-MM-ddTHH:mm} and
 * {@code yyyy-MM-ddTHH:mm:ss}, without a formatter, since bulk files hold several per record and
 * nearly all have one of these two shapes.
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
        return length == 16 || length == 19 ? parse(text.toCharArray(), 0, length) : null;
    }

    /**
     * Parses a date-time in one of the two shapes from a range of characters, such as a JSON
     * parser's buffer, without making a string.
     *
     * @param chars  the characters, not null
     * @param offset  where the text starts
     * @param length  the length of the text
     * @return the date-time, or null if the text has another shape
     * @throws java.time.DateTimeException if the shape matches but a field is out of range
     */
    static LocalDateTime parse(char[] chars, int offset, int length) {
        if ((length != 16 && length != 19) || chars[offset + 4] != '-' || chars[offset + 7] != '-'
                || chars[offset + 10] != 'T' || chars[offset + 13] != ':') {
            return null;
        }
        int year = digits(chars, offset, 4);
        int month = digits(chars, offset + 5, 2);
        int day = digits(chars, offset + 8, 2);
        int hour = digits(chars, offset + 11, 2);
        int minute = digits(chars, offset + 14, 2);
        int second = 0;
        if (length == 19) {
            if (chars[offset + 16] != ':') {
                return null;
            }
            second = digits(chars, offset + 17, 2);
        }
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second);
    }

    /** The value of count ASCII digits from start, or -1 if one is not a digit. */
    private static int digits(char[] chars, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            int digit = chars[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
