package vn.dunghan.analytics;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period of whole months: a month ({@code 2026-10}), a quarter ({@code 2026-Q3}), a
 * half-year ({@code 2026-H1}) or a year ({@code 2026}), as the periodic reports of Circular
 * 01/2020/TT-VPCP are filed (docs/metrics.md §4).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ReportPeriod {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(?:(\\d{2})|[Qq]([1-4])|[Hh]([12])))?");
    /** A month as Vietnamese documents write it: {@code 10/2026}. */
    private static final Pattern MONTH_SLASH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{4})");

    private final String text;
    private final YearMonth first;
    private final int months;

    private ReportPeriod(String text, YearMonth first, int months) {
        this.text = text;
        this.first = first;
        this.months = months;
    }

    /**
     * Parses a period: {@code 2026-10} (or {@code 10/2026}), {@code 2026-Q3}, {@code 2026-H1} or
     * {@code 2026}; the letters in either case.
     *
     * @param text  the text, not null
     * @return the period, not null
     * @throws DateTimeParseException if the text is none of these forms
     */
    public static ReportPeriod parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher slash = MONTH_SLASH_YEAR.matcher(text);
        if (slash.matches()) {
            return month(Integer.parseInt(slash.group(2)), Integer.parseInt(slash.group(1)), text);
        }
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            throw new DateTimeParseException("Period '" + text + "' is not a month (2026-10), quarter (2026-Q3),"
                    + " half-year (2026-H1) or year (2026)", text, 0);
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return month(year, Integer.parseInt(m.group(2)), text);
        }
        if (m.group(3) != null) {
            int quarter = Integer.parseInt(m.group(3));
            return new ReportPeriod(year + "-Q" + quarter, YearMonth.of(year, quarter * 3 - 2), 3);
        }
        if (m.group(4) != null) {
            int half = Integer.parseInt(m.group(4));
            return new ReportPeriod(year + "-H" + half, YearMonth.of(year, half * 6 - 5), 6);
        }
        return new ReportPeriod(String.valueOf(year), YearMonth.of(year, 1), 12);
    }

    private static ReportPeriod month(int year, int month, CharSequence text) {
        if (month < 1 || month > 12) {
            throw new DateTimeParseException("Period '" + text + "' names month " + month + ", not 01 to 12", text, 0);
        }
        return ofMonth(YearMonth.of(year, month));
    }

    /**
     * Obtains a month.
     *
     * @param month  the month, not null
     * @return the period, not null
     */
    public static ReportPeriod ofMonth(YearMonth month) {
        Objects.requireNonNull(month, "month");
        return new ReportPeriod(month.toString(), month, 1);
    }

    /**
     * Obtains the last full month before a date, the default of a monthly report.
     *
     * @param date  the date, not null
     * @return the month before the date's month, not null
     */
    public static ReportPeriod lastFullMonthBefore(LocalDate date) {
        return ofMonth(YearMonth.from(Objects.requireNonNull(date, "date")).minusMonths(1));
    }

    /**
     * Gets the first day.
     *
     * @return the first day, not null
     */
    public LocalDate getStart() {
        return first.atDay(1);
    }

    /**
     * Gets the last day, inclusive.
     *
     * @return the last day, not null
     */
    public LocalDate getEnd() {
        return first.plusMonths(months - 1L).atEndOfMonth();
    }

    /**
     * Gets the number of months: 1, 3, 6 or 12.
     *
     * @return the months
     */
    public int getMonths() {
        return months;
    }

    /**
     * Gets the instant the period ends: 00:00 of the day after its last day.
     *
     * @return the end, exclusive, not null
     */
    public LocalDateTime getEndInstant() {
        return getEnd().plusDays(1).atStartOfDay();
    }

    /**
     * Checks that the period has ended by an evaluation instant, so that a report on it is final.
     *
     * @param asOf  the evaluation instant, not null
     * @return this period, not null
     * @throws DateTimeException if the period ends after the instant
     */
    public ReportPeriod checkEndedBy(LocalDateTime asOf) {
        if (getEndInstant().isAfter(Objects.requireNonNull(asOf, "asOf"))) {
            throw new DateTimeException("Period " + text + " ends on " + getEnd() + ", after the evaluation instant "
                    + asOf + "; choose a period that has ended");
        }
        return this;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ReportPeriod other && first.equals(other.first) && months == other.months;
    }

    @Override
    public int hashCode() {
        return first.hashCode() * 31 + months;
    }

    /**
     * Outputs the period as parsed: {@code 2026-10}, {@code 2026-Q3}, {@code 2026-H1} or {@code 2026}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return text;
    }
}
