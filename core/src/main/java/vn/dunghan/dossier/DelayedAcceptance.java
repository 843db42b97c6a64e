package vn.dunghan.dossier;

import java.util.List;

import vn.dunghan.calendar.WorkCalendar;

/**
 * {@link FindingCode#DELAYED_ACCEPTANCE}: more working days than the threshold from submission to
 * acceptance, which delays the start of the clock (Decree 61/2018/NĐ-CP, Art. 17; Decree
 * 118/2025/NĐ-CP, Art. 17(3), as amended by Decree 309/2026/NĐ-CP; docs/findings.md).
 */
final class DelayedAcceptance {

    private DelayedAcceptance() {
    }

    static Finding find(Dossier dossier, ProcedurePolicy policy, WorkCalendar calendar) {
        if (dossier.submittedAt() == null) {
            return null;
        }
        int delay = calendar.workingDaysBetween(dossier.submittedAt().toLocalDate(), dossier.acceptedAt().toLocalDate());
        int threshold = policy.getAcceptanceDelayWorkingDays();
        if (delay <= threshold) {
            return null;
        }
        return Finding.lazy(FindingCode.DELAYED_ACCEPTANCE, dossier, () -> "Accepted " + delay + " working days after"
                + " submission (" + dossier.submittedAt() + " to " + dossier.acceptedAt() + "); threshold " + threshold,
                () -> List.of(Evidence.of("submittedAt", dossier.submittedAt()), Evidence.of("acceptedAt",
                        dossier.acceptedAt()), Evidence.of("delayWorkingDays", delay)));
    }
}
