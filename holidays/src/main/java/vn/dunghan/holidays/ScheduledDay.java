package vn.dunghan.holidays;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import vn.dunghan.calendar.DayKind;
import vn.dunghan.calendar.DayOff;
import vn.dunghan.holidays.lunar.LunarDate;

/**
 * One dated entry of Vietnam's holiday schedule: a holiday, a compensatory day, a swapped or
 * bridge day off, or a make-up working day, with its occasion, legal source, grade of evidence
 * and provisional flag.
 * <p>
 * A compensatory day names the holiday it compensates, a swapped day the make-up day that repays
 * it, and a make-up day the swapped day it repays: {@link #getRelatedDate()}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ScheduledDay implements Comparable<ScheduledDay> {

    private final LocalDate date;
    private final DayKind kind;
    private final Occasion occasion;
    private final Grade grade;
    private final String source;
    private final boolean provisional;
    private final LocalDate relatedDate;

    private ScheduledDay(LocalDate date, DayKind kind, Occasion occasion, Grade grade, String source,
            boolean provisional, LocalDate relatedDate) {
        this.date = Objects.requireNonNull(date, "date");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.occasion = Objects.requireNonNull(occasion, "occasion");
        this.grade = Objects.requireNonNull(grade, "grade");
        this.source = Objects.requireNonNull(source, "source");
        this.provisional = provisional;
        this.relatedDate = relatedDate;
        if (kind == DayKind.WEEKLY_REST || kind == DayKind.OTHER) {
            throw new IllegalArgumentException("Kind " + kind + " is not a kind of scheduled day");
        }
        if ((kind == DayKind.SWAPPED || kind == DayKind.MAKE_UP) && relatedDate == null) {
            throw new IllegalArgumentException("A " + kind + " day needs its related date: " + date);
        }
    }

    /**
     * Obtains a scheduled day.
     *
     * @param date  the date, not null
     * @param kind  the kind: HOLIDAY, COMPENSATORY, SWAPPED, BRIDGE or MAKE_UP, not null
     * @param occasion  the occasion it belongs to, not null
     * @param grade  the grade of evidence, not null
     * @param source  the legal source, not null
     * @param provisional  true if not yet officially announced
     * @param relatedDate  the compensated holiday, the make-up day of a swapped day, or the swapped
     *     day of a make-up day; null where none (required for SWAPPED and MAKE_UP)
     * @return the scheduled day, not null
     */
    public static ScheduledDay of(LocalDate date, DayKind kind, Occasion occasion, Grade grade, String source,
            boolean provisional, LocalDate relatedDate) {
        return new ScheduledDay(date, kind, occasion, grade, source, provisional, relatedDate);
    }

    /**
     * Gets the date.
     *
     * @return the date, not null
     */
    public LocalDate getDate() {
        return date;
    }

    /**
     * Gets the kind.
     *
     * @return the kind, not null
     */
    public DayKind getKind() {
        return kind;
    }

    /**
     * Gets the occasion.
     *
     * @return the occasion, not null
     */
    public Occasion getOccasion() {
        return occasion;
    }

    /**
     * Gets the grade of evidence.
     *
     * @return the grade, not null
     */
    public Grade getGrade() {
        return grade;
    }

    /**
     * Gets the legal source, such as a document number and date, or a statute article.
     *
     * @return the source, not null
     */
    public String getSource() {
        return source;
    }

    /**
     * Checks if this day follows a rule whose yearly application has not been announced.
     *
     * @return true if provisional
     */
    public boolean isProvisional() {
        return provisional;
    }

    /**
     * Gets the related date: the holiday a compensatory day compensates, the make-up day of a
     * swapped day, or the swapped day a make-up day repays.
     *
     * @return the related date, empty if none
     */
    public Optional<LocalDate> getRelatedDate() {
        return Optional.ofNullable(relatedDate);
    }

    /**
     * Checks if this is a working day (a make-up day) rather than a day off.
     *
     * @return true for a make-up day
     */
    public boolean isWorkingDay() {
        return kind == DayKind.MAKE_UP;
    }

    /**
     * Gets the Vietnamese name, such as {@code Tết Nguyên đán (mùng 1 tháng Giêng)} or
     * {@code Nghỉ bù Giỗ Tổ Hùng Vương (2026-04-26)}.
     *
     * @return the name, not null
     */
    public String getVietnameseName() {
        switch (kind) {
            case HOLIDAY:
                return occasion.getVietnameseName() + lunarDetail(true);
            case COMPENSATORY:
                return "Nghỉ bù " + occasion.getVietnameseName() + (relatedDate != null ? " (" + relatedDate + ")" : "");
            case SWAPPED:
                return "Nghỉ hoán đổi dịp " + occasion.getVietnameseName() + ", làm bù ngày " + relatedDate;
            case BRIDGE:
                return "Nghỉ dịp " + occasion.getVietnameseName();
            default:
                return "Làm bù cho ngày " + relatedDate + " (dịp " + occasion.getVietnameseName() + ")";
        }
    }

    /**
     * Gets the English name, such as {@code Lunar New Year (Tết), day 1 of month 1} or
     * {@code Compensatory day for Hùng Kings' Commemoration of 2026-04-26}.
     *
     * @return the name, not null
     */
    public String getEnglishName() {
        switch (kind) {
            case HOLIDAY:
                return occasion.getEnglishName() + lunarDetail(false);
            case COMPENSATORY:
                return "Compensatory day for " + occasion.getEnglishName()
                        + (relatedDate != null ? " of " + relatedDate : "");
            case SWAPPED:
                return "Day off swapped for " + occasion.getEnglishName() + ", worked on " + relatedDate;
            case BRIDGE:
                return "Bridge day off for " + occasion.getEnglishName();
            default:
                return "Make-up working day for " + relatedDate + " (" + occasion.getEnglishName() + ")";
        }
    }

    private String lunarDetail(boolean vietnamese) {
        if (occasion != Occasion.TET || date.isBefore(LunarDate.MIN_DATE) || date.isAfter(LunarDate.MAX_DATE)) {
            return "";
        }
        LunarDate lunar = LunarDate.from(date);
        if (vietnamese) {
            String text = lunar.toVietnameseText();
            return " (" + text.substring(0, text.indexOf(" năm ")) + ")";
        }
        return ", day " + lunar.getDay() + " of month " + lunar.getMonth();
    }

    /**
     * Converts this entry to a day of a work calendar, its source followed by the grade in brackets.
     * A day graded below verified ({@link Grade#S}, {@link Grade#D}, {@link Grade#U}) or provisional
     * carries a caveat naming its kind, the grade and the provisional flag, such as
     * {@code compensatory day, secondary sources only (S)}: a deadline that depends on it says so.
     *
     * @return the day, of this entry's kind, not null
     */
    public DayOff toDayOff() {
        DayOff day = DayOff.of(date, getEnglishName(), getVietnameseName(), kind, source + " [" + grade + "]",
                provisional);
        boolean weak = grade == Grade.S || grade == Grade.D || grade == Grade.U;
        if (!weak && !provisional) {
            return day;
        }
        return day.withCaveat(kind.getDescription() + (weak ? ", " + grade.getDescription() + " (" + grade + ")" : "")
                + (provisional ? ", provisional: not yet officially announced" : ""));
    }

    /**
     * Compares by date, then kind.
     *
     * @param other  the other entry, not null
     * @return the comparator value
     */
    @Override
    public int compareTo(ScheduledDay other) {
        int cmp = date.compareTo(other.date);
        return cmp != 0 ? cmp : kind.compareTo(other.kind);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ScheduledDay other
                && date.equals(other.date)
                && kind == other.kind
                && occasion == other.occasion
                && grade == other.grade
                && source.equals(other.source)
                && provisional == other.provisional
                && Objects.equals(relatedDate, other.relatedDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, kind, occasion, grade, source, provisional, relatedDate);
    }

    /**
     * Outputs this entry, such as {@code 2026-02-17 HOLIDAY TET [V2]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return date + " " + kind + " " + occasion + " [" + grade + (provisional ? ", provisional" : "") + "]";
    }
}
