package vn.dunghan.dossier;

import java.util.EnumMap;
import java.util.Map;

/**
 * The title and one-line explanation of each finding, in English and Vietnamese, for reports read
 * by officials (docs/findings.md gives each code's meaning and basis in full).
 */
final class FindingWords {

    /** English title, English explanation, Vietnamese title, Vietnamese explanation. */
    private static final Map<FindingCode, String[]> WORDS = new EnumMap<>(FindingCode.class);

    static {
        put(FindingCode.CONCEALED_LATENESS, "Lateness hidden by the appointment",
                "Late in law, but on time against the appointment in force.",
                "Trễ hạn bị che giấu", "Trễ hạn theo luật nhưng vẫn đúng hẹn theo giấy hẹn đang có hiệu lực.");
        put(FindingCode.PADDED_APPOINTMENT, "Padded appointment",
                "The appointment on the slip is later than the legal deadline.",
                "Hẹn trả kéo dài", "Ngày hẹn trên giấy tiếp nhận muộn hơn thời hạn theo quy định.");
        put(FindingCode.EXTENSION_WITHOUT_TIMELY_APOLOGY, "Extension without a timely apology",
                "The appointment was moved without a written apology in time.",
                "Gia hạn không xin lỗi kịp thời", "Dời ngày hẹn mà không có văn bản xin lỗi đúng thời hạn.");
        put(FindingCode.REPEATED_EXTENSION, "Repeated extension", "The appointment was moved more than allowed.",
                "Gia hạn nhiều lần", "Ngày hẹn bị dời nhiều hơn số lần cho phép.");
        put(FindingCode.LATE_SUPPLEMENT_REQUEST, "Late supplement request",
                "Supplements were requested after the allowed window or after the deadline.",
                "Yêu cầu bổ sung muộn", "Yêu cầu bổ sung hồ sơ sau thời hạn cho phép hoặc sau hạn giải quyết.");
        put(FindingCode.REPEATED_SUPPLEMENT_REQUEST, "Repeated supplement request",
                "Supplements were requested more often than allowed.",
                "Yêu cầu bổ sung nhiều lần", "Yêu cầu bổ sung hồ sơ nhiều hơn số lần cho phép.");
        put(FindingCode.DELAYED_ACCEPTANCE, "Delayed acceptance", "The dossier was accepted days after it was submitted.",
                "Tiếp nhận chậm", "Hồ sơ được tiếp nhận nhiều ngày sau khi nộp.");
        put(FindingCode.TRANSFER_DELAY, "Late transfer",
                "The dossier reached the competent body later than the rules allow.",
                "Chuyển hồ sơ chậm", "Hồ sơ đến cơ quan có thẩm quyền muộn hơn quy định.");
        put(FindingCode.ACCEPTANCE_DATE_MISMATCH, "Acceptance date mismatch",
                "The date in the dossier code differs from the acceptance date.",
                "Lệch ngày tiếp nhận", "Ngày trong mã hồ sơ khác ngày tiếp nhận.");
        put(FindingCode.IDLE_HOLDING, "Idle holding", "The dossier lay without any action longer than the threshold.",
                "Ngâm hồ sơ", "Hồ sơ nằm lâu không được xử lý, vượt ngưỡng cho phép.");
        put(FindingCode.STEP_OVERRUN, "Step overrun", "An inter-agency step took longer than its allocation.",
                "Bước xử lý quá hạn", "Một bước xử lý liên thông kéo dài hơn thời gian được phân bổ.");
        put(FindingCode.COMPLETION_BEFORE_SIGNATURE, "Completion recorded before signature",
                "Completion was recorded before the result was signed.",
                "Ghi hoàn thành trước khi ký", "Hồ sơ được ghi hoàn thành trước khi kết quả được ký.");
        put(FindingCode.RETURN_BEFORE_RESULT, "Return before the result",
                "A return was recorded before the result was signed.",
                "Trả trước khi có kết quả", "Ghi đã trả kết quả trước khi kết quả được ký.");
        put(FindingCode.RETURN_RECORDED_BEFORE_HANDOVER, "Return recorded before handover",
                "The return was recorded before the result was handed over.",
                "Ghi trả trước khi giao", "Ghi đã trả kết quả trước khi thực tế giao cho người nộp.");
        put(FindingCode.EARLY_RETURN_WITHOUT_NOTICE, "Early return without notice",
                "The result was returned early without notifying the applicant.",
                "Trả sớm không báo trước", "Trả kết quả trước hẹn mà không thông báo cho người nộp.");
        put(FindingCode.LATE_REFUSAL, "Late refusal", "The refusal came after the legal deadline.",
                "Từ chối muộn", "Thông báo từ chối sau thời hạn giải quyết.");
        put(FindingCode.REFILED_TO_RESET_CLOCK, "Re-filed to reset the clock",
                "Filed again soon after the same applicant's dossier was closed, with a fresh clock.",
                "Nộp lại để tính lại thời hạn",
                "Nộp lại ngay sau khi hồ sơ trước của cùng người nộp bị đóng, thời hạn tính lại từ đầu.");
    }

    private FindingWords() {
    }

    private static void put(FindingCode code, String... words) {
        WORDS.put(code, words);
    }

    /** The words of a code: 0 and 1 in English, 2 and 3 in Vietnamese. */
    static String get(FindingCode code, int index) {
        return WORDS.get(code)[index];
    }
}
