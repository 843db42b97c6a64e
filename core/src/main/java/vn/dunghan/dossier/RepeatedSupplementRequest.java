package vn.dunghan.dossier;

import java.util.List;

/**
 * {@link FindingCode#REPEATED_SUPPLEMENT_REQUEST}: more supplement requests than allowed; only one
 * is (Decree 61/2018/NĐ-CP, Arts 11(2)(c) and 15(3)), and Decision 766/QĐ-TTg counts a dossier with
 * more than one as late (docs/findings.md).
 */
final class RepeatedSupplementRequest {

    private RepeatedSupplementRequest() {
    }

    static Finding find(Timeline timeline, ProcedurePolicy policy) {
        int requests = timeline.requests;
        int max = policy.getMaxSupplementRequests();
        if (requests <= max) {
            return null;
        }
        return Finding.lazy(FindingCode.REPEATED_SUPPLEMENT_REQUEST, timeline.dossier, () -> requests
                + " supplement requests; at most " + max + " allowed, and Decision 766 counts the dossier late",
                () -> List.of(Evidence.of("requests", requests)));
    }
}
