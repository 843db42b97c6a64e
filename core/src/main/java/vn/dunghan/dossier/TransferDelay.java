package vn.dunghan.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import vn.dunghan.calendar.WorkCalendar;
import vn.dunghan.deadline.Due;

/**
 * {@link FindingCode#TRANSFER_DELAY}: a dossier accepted by the one-stop unit reaches the
 * competent body the same working day, or at the start of the next working day when accepted
 * after 15:00 (Decree 61/2018/NĐ-CP, Art. 18(2), kept by Decree 118/2025/NĐ-CP, Art. 18(2), as
 * amended by Decree 309/2026/NĐ-CP; docs/findings.md). A receipt recorded later than the end of the
 * acceptance day (accepted by 15:00 on a working day) or the end of the next working day
 * (otherwise) is a finding. Where the clock starts at that receipt (from 2026-08-05) the delay
 * moves the legal deadline, so the finding is an integrity finding; before, it is procedural.
 */
final class TransferDelay {

    /** The hour after which a dossier is transferred the next working day (Art. 18(2)). */
    static final LocalTime TRANSFER_CUTOFF = LocalTime.of(15, 0);

    private TransferDelay() {
    }

    static Finding find(Timeline timeline, ProcedurePolicy policy, WorkCalendar calendar) {
        Dossier dossier = timeline.dossier;
        if (dossier.competentReceivedAt() == null) {
            return null;
        }
        Due latest = latestReceipt(dossier.acceptedAt(), calendar);
        LocalDateTime received = timeline.competentReceipt;
        // a receipt not yet known at the instant is late already if the instant is past the latest one
        LocalDateTime judged = received != null ? received : timeline.asOf;
        if (!latest.isBefore(judged)) {
            return null;
        }
        Finding finding = Finding.lazy(FindingCode.TRANSFER_DELAY, dossier, () -> (received != null
                ? "Received by the competent body at " + received : "Not received by the competent body at "
                        + timeline.asOf) + ", after " + latest.toText() + ", the latest transfer of a dossier accepted"
                + " at " + dossier.acceptedAt(),
                () -> List.of(Evidence.of("acceptedAt", dossier.acceptedAt()), Evidence.of(received != null
                        ? "competentReceivedAt" : "asOf", judged), Evidence.of("latestReceipt", latest)));
        return finding.withIntegrity(policy.isClockStartsAtCompetentReceipt());
    }

    /**
     * Gets the latest receipt of a transferred dossier: the end of the acceptance day when accepted
     * by 15:00 on a working day, else the end of the next working day.
     */
    static Due latestReceipt(LocalDateTime acceptedAt, WorkCalendar calendar) {
        LocalDate day = acceptedAt.toLocalDate();
        boolean sameDay = calendar.isWorkingDay(day) && !acceptedAt.toLocalTime().isAfter(TRANSFER_CUTOFF);
        return Due.endOf(sameDay ? day : calendar.nextWorkingDay(day));
    }
}
