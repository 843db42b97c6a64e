package vn.dunghan.dossier;

import java.util.List;

/**
 * {@link FindingCode#COMPLETION_BEFORE_SIGNATURE}: completion recorded before the result was
 * signed: the status was set ahead of the act, which moves the end time that Decision 766/QĐ-TTg
 * reads (Decree 30/2020/NĐ-CP, Arts 15 and 18; docs/findings.md).
 */
final class CompletionBeforeSignature {

    private CompletionBeforeSignature() {
    }

    static Finding find(Timeline timeline) {
        DossierEvent completed = timeline.completed;
        DossierEvent signed = timeline.signed;
        if (completed == null || signed == null || !completed.at().isBefore(signed.at())) {
            return null;
        }
        return Finding.lazy(FindingCode.COMPLETION_BEFORE_SIGNATURE, timeline.dossier, () -> "Completion recorded at "
                + completed.at() + ", before the result was signed at " + signed.at(),
                () -> List.of(Evidence.of("completedAt", completed.at()), Evidence.of("resultSignedAt", signed.at())));
    }
}
