package vn.dunghan.dossier;

import java.util.Locale;
import java.util.Objects;

/**
 * A cause of a difference between the three on-time verdicts of a dossier: the legal one (real
 * finish against the legal due), the one-stop system's (recorded finish date against the
 * appointment date) and Decision 766's (end time minus supplementation against the appointment).
 * A cause is given only when the verdicts differ and only where it moves one of them: without it,
 * that verdict would agree with the legal one; two causes needed together are both given
 * (docs/metrics.md §6 and §8).
 * <p>
 * This is an immutable, thread-safe enum.
 */
public enum Discrepancy {
    /** The last appointment is after the legal due, so the slip allows what the law does not. */
    APPOINTMENT_AFTER_LEGAL_DUE("Slip after the legal due", "Ngày hẹn muộn hơn hạn luật định",
            "The appointment is later than the legal due date.",
            "Ngày hẹn trả muộn hơn hạn giải quyết theo quy định."),
    /**
     * The slip equals the due counted with every Saturday off: the software's calendar, which knows
     * no make-up Saturday, padded it, not the staff.
     */
    APPOINTMENT_FROM_CALENDAR_WITHOUT_MAKE_UP_DAYS("Software without make-up days", "Phần mềm không tính ngày làm bù",
            "The appointment was counted with every Saturday off: the software padded it, not the staff.",
            "Phần mềm coi mọi thứ Bảy là ngày nghỉ, kể cả thứ Bảy làm bù, nên ngày hẹn bị lùi; do phần mềm, không do cán bộ."),
    /**
     * The appointment's date is before the legal due date: the law allows more than the slip, and
     * the dossier ended between the two.
     */
    APPOINTMENT_BEFORE_LEGAL_DUE("Slip before the legal due", "Ngày hẹn sớm hơn hạn luật định",
            "The appointment's date is earlier than the legal due date.",
            "Ngày hẹn trả sớm hơn ngày hết hạn giải quyết theo quy định."),
    /**
     * The appointment is on the legal due date at an hour (such as 16:00), and the dossier ended
     * (or was still open) after that hour but by the legal deadline (24:00 of the day, or a later
     * hour of it): Decision 766 stops at the slip's hour.
     */
    APPOINTMENT_HOUR_ON_DUE_DAY("Hour on the slip", "Giờ hẹn trên phiếu",
            "After the slip's hour but by the legal deadline, later that same day.",
            "Sau giờ hẹn nhưng chưa quá hạn theo luật, vốn muộn hơn trong cùng ngày."),
    /**
     * Evaluated or ended at 00:00 after the legal due day, which is still 24:00 of that day in law:
     * the software and Decision 766 count the next date.
     */
    END_AT_MIDNIGHT("Midnight", "Thời điểm 0 giờ",
            "At 00:00 after the due day, which the law counts as 24:00 of it; the software counts the next day.",
            "Lúc 0 giờ sau ngày hết hạn, luật tính là 24 giờ của ngày đó; phần mềm tính sang ngày hôm sau."),
    /**
     * A limit in working hours: the end came after the legal deadline by the clock, but no office
     * time had passed since it (in a break, at night, on a day off), so the law counts it on time.
     */
    OFFICE_TIME_ONLY("Office time only", "Chỉ tính giờ hành chính",
            "The law counts only office time after the deadline; the software and Decision 766 count the clock.",
            "Luật chỉ tính giờ hành chính sau thời hạn; phần mềm và chỉ số 766 tính theo đồng hồ."),
    /** The completion was recorded on a day before the result was signed or returned. */
    RECORDED_FINISH_BEFORE_RESULT("Completion recorded early", "Ghi hoàn thành trước khi có kết quả",
            "The completion was recorded before the result existed.",
            "Ghi nhận hoàn thành trước khi có kết quả."),
    /**
     * The software's finish (the completion, else the return) was recorded after the real finish
     * (docs/metrics.md §1), past the appointment while the real finish was not.
     */
    RECORDED_FINISH_AFTER_RESULT("Finish recorded late", "Ghi hoàn thành sau khi có kết quả",
            "The software recorded the finish after the result was ready.",
            "Phần mềm ghi nhận hoàn thành muộn hơn thời điểm có kết quả."),
    /** Withdrawn after the legal deadline; the software counts every withdrawal on time. */
    WITHDRAWN_COUNTED_ON_TIME("Late withdrawal", "Rút hồ sơ sau hạn",
            "Withdrawn after the legal deadline, which the software counts on time.",
            "Rút hồ sơ sau hạn giải quyết, phần mềm vẫn tính đúng hạn."),
    /**
     * The record has no appointment, which the software counts on time; dunghan rejects such a
     * record, so this cause is counted from the rejected records, never carried by an evaluation.
     */
    NO_APPOINTMENT_COUNTED_ON_TIME("No appointment", "Không có ngày hẹn",
            "No appointment, which the software counts on time.",
            "Không có ngày hẹn trả, phần mềm tính đúng hạn."),
    /**
     * Decision 766 subtracted the supplementation time, or stopped counting at a request still
     * unanswered, where the law does not stop the clock.
     */
    SUPPLEMENT_TIME_SUBTRACTED("766 supplement time", "766 trừ thời gian bổ sung",
            "Decision 766 left out the time spent on a supplement request.",
            "Chỉ số 766 không tính thời gian chờ bổ sung hồ sơ."),
    /** Decision 766 counts a dossier with more than one supplement request late. */
    REPEATED_SUPPLEMENT_REQUEST("766 repeated request", "766 bổ sung nhiều lần",
            "Decision 766 counts more than one supplement request late.",
            "Chỉ số 766 tính trễ hạn khi yêu cầu bổ sung quá một lần."),
    /**
     * Closed (withdrawn, refused, stopped) by the appointment, then a result after it: Decision 766
     * ends at the closing, the law and the software at the result.
     */
    CLOSED_BEFORE_RESULT("Closed, then a result", "Đóng rồi mới có kết quả",
            "Decision 766 ends at the closing; the law counts the result that came after it.",
            "Chỉ số 766 dừng tại thời điểm đóng hồ sơ; luật tính theo kết quả có sau đó."),
    /**
     * A result signed or handed over without a completion or return recorded: Decision 766 counts
     * the dossier as still open.
     */
    RESULT_NOT_RECORDED("Result not recorded", "Chưa ghi nhận kết quả",
            "No completion or return was recorded, so Decision 766 counts the dossier as still open.",
            "Không ghi nhận hoàn thành hay trả kết quả nên chỉ số 766 coi hồ sơ vẫn đang giải quyết."),
    /** The software compares dates only: finished later on the appointment's own day. */
    DATE_ONLY_COMPARISON("Date only", "Phần mềm chỉ so ngày, bỏ qua giờ",
            "The software compares dates only, not the hour.",
            "Phần mềm chỉ so sánh ngày, không so sánh giờ."),
    /** The legal clock is stopped by a compliant supplement request the software does not know of. */
    CLOCK_PAUSED_FOR_SUPPLEMENT("Clock paused", "Tạm dừng chờ bổ sung",
            "The legal clock is stopped for a supplement; the appointment is not.",
            "Thời hạn theo luật tạm dừng chờ bổ sung; ngày hẹn thì không.");

    private final String englishTitle;
    private final String vietnameseTitle;
    private final String english;
    private final String vietnamese;

    Discrepancy(String englishTitle, String vietnameseTitle, String english, String vietnamese) {
        this.englishTitle = englishTitle;
        this.vietnameseTitle = vietnameseTitle;
        this.english = english;
        this.vietnamese = vietnamese;
    }

    /**
     * Gets a short title of this cause, for a table heading: in Vietnamese for a locale of
     * language {@code vi}, else in English.
     *
     * @param language  the language, not null
     * @return the title, such as {@code Date only} or {@code Chỉ so ngày}, not null
     */
    public String getTitle(Locale language) {
        return Objects.requireNonNull(language, "language").getLanguage().equals("vi") ? vietnameseTitle : englishTitle;
    }

    /**
     * Gets a one-sentence explanation of this cause, for a report: in Vietnamese for a locale of
     * language {@code vi}, else in English.
     *
     * @param language  the language, not null
     * @return the explanation, not null
     */
    public String getExplanation(Locale language) {
        return Objects.requireNonNull(language, "language").getLanguage().equals("vi") ? vietnamese : english;
    }

    /**
     * Checks which way this cause moves a verdict.
     *
     * @return true if it makes a dossier late in law look on time, false if it makes one on time in
     *     law look late
     */
    public boolean isHidingLateness() {
        return switch (this) {
            case APPOINTMENT_AFTER_LEGAL_DUE, APPOINTMENT_FROM_CALENDAR_WITHOUT_MAKE_UP_DAYS,
                    RECORDED_FINISH_BEFORE_RESULT, WITHDRAWN_COUNTED_ON_TIME, NO_APPOINTMENT_COUNTED_ON_TIME,
                    CLOSED_BEFORE_RESULT, SUPPLEMENT_TIME_SUBTRACTED, DATE_ONLY_COMPARISON -> true;
            default -> false;
        };
    }

    /**
     * Gets the bit of this cause in a mask of causes.
     *
     * @return {@code 1 << ordinal()}
     */
    int bit() {
        return 1 << ordinal();
    }
}
