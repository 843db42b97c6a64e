package vn.dunghan.dossier;

import java.util.List;

/**
 * {@link FindingCode#RETURN_RECORDED_BEFORE_HANDOVER}: the return was recorded before the result
 * was handed over, as the applicant's signature or a delivery receipt shows (Decree 61/2018/NĐ-CP,
 * Art. 20; Decision 766/QĐ-TTg, end-time priority; docs/findings.md).
 */
final class ReturnRecordedBeforeHandover {

    private ReturnRecordedBeforeHandover() {
    }

    static Finding find(Timeline timeline) {
        DossierEvent returned = timeline.returned;
        DossierEvent handedOver = timeline.handedOver;
        if (returned == null || handedOver == null || !returned.at().isBefore(handedOver.at())) {
            return null;
        }
        return Finding.lazy(FindingCode.RETURN_RECORDED_BEFORE_HANDOVER, timeline.dossier, () -> "Return recorded at "
                + returned.at() + ", before the result was handed over at " + handedOver.at(),
                () -> List.of(Evidence.of("returnedAt", returned.at()), Evidence.of("handedOverAt", handedOver.at())));
    }
}
