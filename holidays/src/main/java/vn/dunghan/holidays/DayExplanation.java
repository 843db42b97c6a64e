package vn.dunghan.holidays;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a date is or is not a working day of Vietnam's civil service: its schedule entry (a holiday,
 * compensatory, swapped or make-up day, with source, grade and provisional flag), or the weekly
 * rest.
 * <p>
 * This record is immutable and thread-safe.
 *
 * @param date  the date, not null
 * @param workingDay  true if the date is a working day
 * @param entry  the schedule entry of the date, empty for an ordinary day or weekly rest day
 */
public record DayExplanation(LocalDate date, boolean workingDay, Optional<ScheduledDay> entry) {

    /** Vietnamese weekday names as written mid-sentence, Monday first; not left to the JDK's locale data. */
    private static final String[] VIETNAMESE_WEEKDAYS = {
        "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật",
    };

    /**
     * Creates an explanation.
     *
     * @param date  the date, not null
     * @param workingDay  true if the date is a working day
     * @param entry  the schedule entry, not null
     */
    public DayExplanation {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(entry, "entry");
    }

    /**
     * Outputs the explanation in English, such as
     * {@code 2026-02-17 (Tuesday) is not a working day: Lunar New Year (Tết), day 1 of month 1
     * (HOLIDAY; Công văn 12729/VPCP-KGVX (25/12/2025); grade V2)}.
     *
     * @return the text, not null
     */
    public String toEnglishText() {
        String head = date + " (" + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ") is "
                + (workingDay ? "a working day" : "not a working day");
        if (entry.isPresent()) {
            ScheduledDay day = entry.get();
            return head + ": " + day.getEnglishName() + " (" + day.getKind() + "; " + day.getSource() + "; grade "
                    + day.getGrade() + (day.isProvisional() ? "; provisional" : "") + ")";
        }
        return head + (workingDay ? "" : ": weekly rest day");
    }

    /**
     * Outputs the explanation in Vietnamese, such as
     * {@code 2026-02-17 (thứ ba) là ngày nghỉ: Tết Nguyên đán (mùng 1 tháng Giêng) (Công văn
     * 12729/VPCP-KGVX (25/12/2025); mức V2)}.
     *
     * @return the text, not null
     */
    public String toVietnameseText() {
        String head = date + " (" + VIETNAMESE_WEEKDAYS[date.getDayOfWeek().ordinal()] + ") là "
                + (workingDay ? "ngày làm việc" : "ngày nghỉ");
        if (entry.isPresent()) {
            ScheduledDay day = entry.get();
            return head + ": " + day.getVietnameseName() + " (" + day.getSource() + "; mức " + day.getGrade()
                    + (day.isProvisional() ? "; dự kiến" : "") + ")";
        }
        return head + (workingDay ? "" : ": nghỉ hằng tuần");
    }
}
