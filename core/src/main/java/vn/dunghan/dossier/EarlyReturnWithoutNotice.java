package vn.dunghan.dossier;

import java.time.LocalDateTime;
import java.util.List;

import vn.dunghan.deadline.Due;

/**
 * {@link FindingCode#EARLY_RETURN_WITHOUT_NOTICE}: the result was returned on a day before the
 * appointment in force without advance notice to the applicant (Decree 61/2018/NĐ-CP, Art. 20(4);
 * docs/findings.md).
 */
final class EarlyReturnWithoutNotice {

    private EarlyReturnWithoutNotice() {
    }

    static Finding find(Timeline timeline) {
        DossierEvent event = timeline.returned != null ? timeline.returned : timeline.handedOver;
        if (event == null) {
            return null;
        }
        LocalDateTime returnedAt = event.at();
        LocalDateTime stated = timeline.appointment;
        Due statedDue = timeline.statedDue;
        DossierEvent notice = timeline.earlyNotice;
        if (!returnedAt.toLocalDate().isBefore(stated.toLocalDate())
                || notice != null && !notice.at().isAfter(returnedAt)) {
            return null;
        }
        return Finding.lazy(FindingCode.EARLY_RETURN_WITHOUT_NOTICE, timeline.dossier, () -> "Result returned at "
                + returnedAt + ", before the appointment " + statedDue.toText() + ", without advance notice to the"
                + " applicant", () -> List.of(Evidence.of("returnedAt", returnedAt), Evidence.of("statedDeadline",
                        statedDue)));
    }
}
