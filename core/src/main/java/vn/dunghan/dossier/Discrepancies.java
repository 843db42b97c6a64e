package vn.dunghan.dossier;

import java.time.LocalDateTime;

import vn.dunghan.deadline.DeadlineCalculator;
import vn.dunghan.deadline.Due;

/**
 * The causes of a difference between the legal, system and Decision 766 verdicts of a dossier
 * ({@link Discrepancy}; docs/metrics.md §8). Each cause is given only in the direction in which it
 * moves a verdict away from the legal one: a cause that makes a late dossier look on time is not
 * given for a dossier on time in law.
 */
final class Discrepancies {

    private Discrepancies() {
    }

    /**
     * Finds the causes.
     *
     * @param timeline  the timeline
     * @param clock  the legal clock
     * @param legalOnTime  the legal verdict (a paused clock counts as on time)
     * @param system  the system verdict
     * @param metric  the Decision 766 verdict
     * @param statedBreach  whether the recorded finish came after the appointment's moment
     * @param software  a calculator on the calendar without make-up working days, as vendor
     *     software counts
     * @param policy  the policy in force
     * @return the causes as a mask of {@link Discrepancy#bit()}, 0 if the verdicts agree
     */
    static int of(Timeline timeline, LegalClock clock, boolean legalOnTime, boolean system, boolean metric,
            boolean statedBreach, DeadlineCalculator software, ProcedurePolicy policy) {
        if (legalOnTime == system && legalOnTime == metric) {
            return 0;
        }
        return legalOnTime ? lookLate(timeline, clock, system, metric)
                : lookOnTime(timeline, clock, system, metric, statedBreach, software, policy);
    }

    /** Causes that make a dossier late in law look on time. */
    private static int lookOnTime(Timeline timeline, LegalClock clock, boolean system, boolean metric,
            boolean statedBreach, DeadlineCalculator software, ProcedurePolicy policy) {
        int mask = 0;
        if (after(timeline.statedDue, clock.due)) {
            mask |= fromSoftwareCalendar(timeline, clock, software, policy)
                    ? Discrepancy.APPOINTMENT_FROM_CALENDAR_WITHOUT_MAKE_UP_DAYS.bit()
                    : Discrepancy.APPOINTMENT_AFTER_LEGAL_DUE.bit();
        }
        LocalDateTime recorded = timeline.recordedFinish;
        LocalDateTime real = timeline.realFinish;
        if (system && recorded != null && recorded.toLocalDate().isBefore(real.toLocalDate())) {
            mask |= Discrepancy.RECORDED_FINISH_BEFORE_RESULT.bit();
        }
        if ((system || metric) && real == null && timeline.closing != null
                && timeline.closing.type() == EventType.WITHDRAWN) {
            mask |= Discrepancy.WITHDRAWN_COUNTED_ON_TIME.bit();
        }
        if (metric && Decision766.subtractsSupplement(timeline)) {
            mask |= Discrepancy.SUPPLEMENT_TIME_SUBTRACTED.bit();
        }
        LocalDateTime systemEnd = recorded != null ? recorded
                : timeline.closing != null ? timeline.closing.at() : timeline.asOf;
        if (system && statedBreach && systemEnd.toLocalDate().equals(timeline.appointment.toLocalDate())) {
            mask |= Discrepancy.DATE_ONLY_COMPARISON.bit();
        }
        return mask;
    }

    /**
     * Causes that make a dossier on time in law look late; an appointment before the legal due
     * only when the dossier ended between the two.
     */
    private static int lookLate(Timeline timeline, LegalClock clock, boolean system, boolean metric) {
        int mask = 0;
        boolean paused = clock.paused && timeline.realFinish == null;
        if (paused) {
            mask |= Discrepancy.CLOCK_PAUSED_FOR_SUPPLEMENT.bit();
        } else if (after(clock.due, timeline.statedDue) && timeline.end().isAfter(timeline.appointment)) {
            mask |= Discrepancy.APPOINTMENT_BEFORE_LEGAL_DUE.bit();
        }
        LocalDateTime recorded = timeline.recordedFinish;
        LocalDateTime real = timeline.realFinish;
        if (recorded != null && recorded.isAfter(real)
                && (!system && recorded.toLocalDate().isAfter(real.toLocalDate())
                        || !metric && recorded.isAfter(timeline.appointment) && !real.isAfter(timeline.appointment))) {
            mask |= Discrepancy.RECORDED_FINISH_AFTER_RESULT.bit();
        }
        if (!metric && timeline.requests > 1) {
            mask |= Discrepancy.REPEATED_SUPPLEMENT_REQUEST.bit();
        }
        return mask;
    }

    private static boolean after(Due a, Due b) {
        return a.toLocalDateTime().isAfter(b.toLocalDateTime());
    }

    /**
     * Checks if the slip's appointment is the due of the limit counted on the software's calendar,
     * and that due differs from the legal one: make-up Saturdays made the difference.
     */
    private static boolean fromSoftwareCalendar(Timeline timeline, LegalClock clock, DeadlineCalculator software,
            ProcedurePolicy policy) {
        if (software == null || !clock.started) {
            return false;
        }
        Due counted = software.due(clock.start, policy.getLimit(), policy.getCutoff());
        return !counted.date().equals(clock.initialDue.date())
                && counted.date().equals(timeline.dossier.appointment().toLocalDate());
    }
}
