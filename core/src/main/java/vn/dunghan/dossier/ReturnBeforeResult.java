package vn.dunghan.dossier;

import java.util.List;

/**
 * {@link FindingCode#RETURN_BEFORE_RESULT}: a RETURNED or HANDED_OVER recorded before
 * RESULT_SIGNED. A result cannot be handed over unsigned, so one of the records was back-filled
 * (Decree 61/2018/NĐ-CP, Art. 20; Decree 30/2020/NĐ-CP, Arts 15 and 18; docs/findings.md). A return
 * before a late COMPLETED click is not a finding: the real finish already ignores the click.
 */
final class ReturnBeforeResult {

    private ReturnBeforeResult() {
    }

    static Finding find(Timeline timeline) {
        DossierEvent signed = timeline.signed;
        DossierEvent first = timeline.firstReturn();
        if (signed == null || first == null || !first.at().isBefore(signed.at())) {
            return null;
        }
        return Finding.lazy(FindingCode.RETURN_BEFORE_RESULT, timeline.dossier, () -> (first.type() == EventType.RETURNED
                ? "Return" : "Hand-over") + " recorded at " + first.at() + ", before the result was signed at "
                + signed.at(),
                () -> List.of(Evidence.of(first.type() == EventType.RETURNED ? "returnedAt" : "handedOverAt",
                        first.at()), Evidence.of("resultSignedAt", signed.at())));
    }
}
