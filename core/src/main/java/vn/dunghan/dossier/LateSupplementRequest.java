package vn.dunghan.dossier;

import java.util.List;

/**
 * {@link FindingCode#LATE_SUPPLEMENT_REQUEST}: the first supplement was requested after the
 * request window ("không quá 03 ngày làm việc kể từ ngày tiếp nhận") or after the legal deadline,
 * so it does not move the deadline (Decree 61/2018/NĐ-CP, Art. 19(4), as amended by Decree
 * 107/2021/NĐ-CP; docs/findings.md).
 */
final class LateSupplementRequest {

    private LateSupplementRequest() {
    }

    static Finding find(Timeline timeline, LegalClock clock) {
        DossierEvent request = timeline.firstRequest;
        if (request == null || clock.requestCompliant) {
            return null;
        }
        return Finding.lazy(FindingCode.LATE_SUPPLEMENT_REQUEST, timeline.dossier, () -> "Supplement requested on "
                + request.at() + (clock.requestInWindow ? ", after the legal deadline " + clock.initialDue.toText()
                        : ", after the window of " + clock.windowWorkingDays + " working days from "
                                + clock.windowFrom + " that ended on " + clock.windowEnd())
                + "; it does not move the legal deadline",
                () -> List.of(Evidence.of("supplementRequestedAt", request.at()), Evidence.of("legalStart",
                        clock.start), Evidence.of("windowEnd", clock.windowEnd()), Evidence.of("legalDeadline",
                        clock.initialDue)));
    }
}
