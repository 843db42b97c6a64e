package vn.dunghan.dossier;

import java.util.List;

/**
 * {@link FindingCode#REPEATED_EXTENSION}: the appointment was moved more often than allowed; "việc
 * hẹn lại ngày trả kết quả được thực hiện không quá một lần" (Decree 61/2018/NĐ-CP, Art. 19(9);
 * docs/findings.md).
 */
final class RepeatedExtension {

    private RepeatedExtension() {
    }

    static Finding find(Timeline timeline, ProcedurePolicy policy) {
        int extensions = timeline.extensions;
        int max = policy.getMaxExtensions();
        if (extensions <= max) {
            return null;
        }
        return Finding.lazy(FindingCode.REPEATED_EXTENSION, timeline.dossier, () -> "The appointment was moved "
                + extensions + " times; at most " + max + " allowed",
                () -> List.of(Evidence.of("extensions", extensions), Evidence.of("maxExtensions", max)));
    }
}
