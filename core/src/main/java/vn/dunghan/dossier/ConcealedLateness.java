package vn.dunghan.dossier;

import java.util.List;

/**
 * {@link FindingCode#CONCEALED_LATENESS}: late in law, on time against the appointment in force.
 * Basis: Decree 61/2018/NĐ-CP, Art. 19(9), and Circular 01/2018/TT-VPCP, Art. 13 (docs/findings.md).
 */
final class ConcealedLateness {

    private ConcealedLateness() {
    }

    static Finding find(Timeline timeline, LegalClock clock, boolean legalBreach, boolean statedBreach) {
        if (!legalBreach || statedBreach) {
            return null;
        }
        return Finding.lazy(FindingCode.CONCEALED_LATENESS, timeline.dossier, () -> "Late in law (legal deadline "
                + clock.due.toText() + ") but on time against the appointment " + timeline.statedDue.toText(),
                () -> List.of(Evidence.of("legalDueDate", clock.due.date()),
                        Evidence.of("statedDeadline", timeline.statedDue),
                        Evidence.of(timeline.endName(), timeline.end())));
    }
}
