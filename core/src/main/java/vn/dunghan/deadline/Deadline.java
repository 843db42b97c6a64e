package vn.dunghan.deadline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import vn.dunghan.calendar.DayOff;

/**
 * A computed deadline: the due moment and how it was derived, printable for a citizen or an
 * inspector, such as {@code accepted Thu 2026-02-12 15:40; 15 working days; skips
 * 2026-02-14..2026-02-22 (Lunar New Year (Tết) ...); due Thu 2026-03-12, 24:00}: each break is a
 * run of days not worked that holds a declared day off, weekends around it included. A deadline
 * counted over a provisional day or one with a caveat ends with that caveat, such as {@code ...;
 * caveat: 2026-11-24: holiday, secondary sources only (S)}.
 * <p>
 * For limits in days, working days and months the due moment is the end of the last day, 24:00
 * (Civil Code 2015, Art. 148(4)), represented as the start of the following day.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Deadline {

    private final LocalDateTime start;
    private final TimeLimit limit;
    private final LocalTime cutoff;
    private final LocalDate countedAfter;
    private final LocalDate dueDate;
    private final LocalDateTime dueMoment;
    private final LocalDate rolledFrom;
    private final List<DayOff> skipped;
    private final List<Break> breaks;
    private final List<DayOff> uncertain;

    /** A run of consecutive days not worked within the period, with the first declared day off in it. */
    record Break(LocalDate from, LocalDate to, DayOff reason) {
    }

    Deadline(LocalDateTime start, TimeLimit limit, LocalTime cutoff, LocalDate countedAfter, LocalDate dueDate,
            LocalDateTime dueMoment, LocalDate rolledFrom, List<DayOff> skipped, List<Break> breaks,
            List<DayOff> uncertain) {
        this.start = start;
        this.limit = limit;
        this.cutoff = cutoff;
        this.countedAfter = countedAfter;
        this.dueDate = dueDate;
        this.dueMoment = dueMoment;
        this.rolledFrom = rolledFrom;
        this.skipped = List.copyOf(skipped);
        this.breaks = List.copyOf(breaks);
        this.uncertain = List.copyOf(uncertain);
    }

    /**
     * Gets the moment the clock started, such as the acceptance of a complete dossier.
     *
     * @return the start, not null
     */
    public LocalDateTime getStart() {
        return start;
    }

    /**
     * Gets the time limit applied.
     *
     * @return the limit, not null
     */
    public TimeLimit getLimit() {
        return limit;
    }

    /**
     * Gets the cut-off hour that moved a late start to the next working day.
     *
     * @return the cut-off, empty if none applied
     */
    public Optional<LocalTime> getCutoffApplied() {
        return Optional.ofNullable(cutoff);
    }

    /**
     * Gets the day after which counting starts: the start's date, or the next working day when a
     * cut-off applied (Civil Code 2015, Art. 147: that day itself is not counted).
     *
     * @return the date, not null
     */
    public LocalDate getCountedAfter() {
        return countedAfter;
    }

    /**
     * Gets the last day of the period.
     *
     * @return the due date, not null
     */
    public LocalDate getDueDate() {
        return dueDate;
    }

    /**
     * Gets the moment the period ends: 24:00 of the due date for day-based limits.
     *
     * @return the due moment, not null
     */
    public LocalDateTime getDueMoment() {
        return dueMoment;
    }

    /**
     * Gets the last day of a calendar-day or month limit that was not a working day, before it was
     * moved to the next working day (Civil Code 2015, Art. 148(5)).
     *
     * @return the original last day, empty if none was moved
     */
    public Optional<LocalDate> getRolledFrom() {
        return Optional.ofNullable(rolledFrom);
    }

    /**
     * Gets the declared days off within the period (holidays, compensatory and swapped days).
     *
     * @return the days off in date order, not null
     */
    public List<DayOff> getSkippedDaysOff() {
        return skipped;
    }

    /**
     * Gets the days the deadline was counted over that are provisional or carry a caveat: the
     * deadline depends on them without an official text behind them.
     *
     * @return the days in date order, empty if none, not null
     */
    public List<DayOff> getUncertainDays() {
        return uncertain;
    }

    /**
     * Outputs the derivation in English, such as {@code accepted Thu 2026-02-12 15:40; 15 working
     * days; skips 2026-02-14..2026-02-22 (Lunar New Year (Tết), ...); due Thu 2026-03-12, 24:00}.
     *
     * @return the text, not null
     */
    public String toText() {
        return derivation(ENGLISH);
    }

    /**
     * Outputs the derivation in Vietnamese, such as {@code tiếp nhận thứ Năm 2026-02-12 15:40; 15 ngày
     * làm việc; bỏ qua 2026-02-14..2026-02-22 (...); hạn thứ Năm 2026-03-12, 24:00}. Names of days
     * off are given as the calendar holds them (the local name where there is one).
     *
     * @return the text, not null
     */
    public String toVietnameseText() {
        return derivation(VIETNAMESE);
    }

    /** The words of a derivation in one language; the sentence shape is shared. */
    private record Words(String accepted, String afterCutoff, String countedAs, String skips, String lastDay,
            String rolled, String due, String caveat, Function<LocalDate, String> day, Function<TimeLimit, String> limit,
            Function<DayOff, String> name) {
    }

    private static final Words ENGLISH = new Words("accepted ", " after the ", " cut-off, counted as accepted on ",
            "; skips ", "; the last day ", " is not a working day, moved to the next (Civil Code 2015, Art. 148(5))",
            "; due ", "; caveat: ", Deadline::day, TimeLimit::toString, DayOff::getName);
    private static final Words VIETNAMESE = new Words("tiếp nhận ", " sau ", ", tính như tiếp nhận ", "; bỏ qua ",
            "; ngày cuối ", " là ngày nghỉ, chuyển sang ngày làm việc tiếp theo (Bộ luật Dân sự 2015, Điều 148(5))",
            "; hạn ", "; lưu ý, ngày chưa có văn bản chính thức xác nhận: ", Deadline::ngay, Deadline::thoiHan,
            off -> off.getLocalName().orElse(off.getName()));

    private String derivation(Words words) {
        StringBuilder text = new StringBuilder(words.accepted()).append(words.day().apply(start.toLocalDate()))
                .append(' ').append(start.toLocalTime());
        if (cutoff != null) {
            text.append(words.afterCutoff()).append(cutoff).append(words.countedAs())
                    .append(words.day().apply(countedAfter));
        }
        text.append("; ").append(words.limit().apply(limit));
        for (Break b : breaks) {
            text.append(words.skips()).append(b.from());
            if (!b.to().equals(b.from())) {
                text.append("..").append(b.to());
            }
            text.append(" (").append(words.name().apply(b.reason()))
                    .append(b.reason().getSource().map(source -> "; " + source).orElse("")).append(')');
        }
        if (rolledFrom != null) {
            text.append(words.lastDay()).append(words.day().apply(rolledFrom)).append(words.rolled());
        }
        text.append(words.due()).append(words.day().apply(dueDate)).append(", ")
                .append(limit.getUnit().isDayBased() ? "24:00" : dueMoment.toLocalTime().toString());
        for (DayOff day : uncertain) {
            text.append(words.caveat()).append(day.toCaveatText());
        }
        return text.toString();
    }

    /** Vietnamese weekday names as written mid-sentence, Monday first; not left to the JDK's locale data. */
    private static final String[] THU = {"thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"};

    private static String ngay(LocalDate date) {
        return THU[date.getDayOfWeek().ordinal()] + " " + date;
    }

    private static String thoiHan(TimeLimit limit) {
        if (limit.getAmount() == 0) {
            return "trong ngày làm việc";
        }
        switch (limit.getUnit()) {
            case WORKING_DAYS:
                return limit.getAmount() + " ngày làm việc";
            case DAYS:
                return limit.getAmount() + " ngày";
            case WORKING_HOURS:
                return limit.getAmount() + " giờ làm việc";
            case HOURS:
                return limit.getAmount() + " giờ";
            default:
                return limit.getAmount() + " tháng";
        }
    }

    private static String day(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + date;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Deadline other
                && start.equals(other.start)
                && limit.equals(other.limit)
                && Objects.equals(cutoff, other.cutoff)
                && dueMoment.equals(other.dueMoment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, limit, cutoff, dueMoment);
    }

    /**
     * Outputs the derivation; the same as {@link #toText()}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return toText();
    }
}
