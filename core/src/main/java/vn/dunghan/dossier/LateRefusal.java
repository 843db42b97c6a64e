package vn.dunghan.dossier;

import java.util.List;

/**
 * {@link FindingCode#LATE_REFUSAL}: the refusal was issued after the legal deadline; "thời hạn
 * thông báo phải trong thời hạn giải quyết hồ sơ" (Decree 61/2018/NĐ-CP, Art. 19(8);
 * docs/findings.md). A refusal while the clock is stopped for an unanswered supplement is not late.
 */
final class LateRefusal {

    private LateRefusal() {
    }

    static Finding find(Timeline timeline, LegalClock clock) {
        DossierEvent refused = timeline.refused;
        if (refused == null || clock.paused || !clock.isBreachedAt(refused.at())) {
            return null;
        }
        return Finding.lazy(FindingCode.LATE_REFUSAL, timeline.dossier, () -> "Refusal at " + refused.at()
                + ", after the legal deadline " + clock.due.toText(),
                () -> List.of(Evidence.of("refusedAt", refused.at()), Evidence.of("legalDueDate", clock.due.date())));
    }
}
