package vn.dunghan.dossier;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;

import vn.dunghan.deadline.DeadlineCalculator;
import vn.dunghan.deadline.Due;

/**
 * The causes of a difference between the legal, system and Decision 766 verdicts of a dossier
 * ({@link Discrepancy}; docs/metrics.md §8). Each cause is given only where it moves a verdict away
 * from the legal one: without it, the software's or the index's verdict would agree with the law.
 * The software compares dates (the end's with the appointment's), the index compares moments.
 */
final class Discrepancies {

    private final Timeline timeline;
    private final LegalClock clock;
    private final boolean system;
    private final boolean metric;
    /** The real end: the real finish, else the closing, else the evaluation instant. */
    private final LocalDateTime end;
    private final LocalDateTime appointment;
    private final LocalDate appointmentDate;

    private Discrepancies(Timeline timeline, LegalClock clock, boolean system, boolean metric) {
        this.timeline = timeline;
        this.clock = clock;
        this.system = system;
        this.metric = metric;
        this.end = timeline.end();
        this.appointment = timeline.appointment;
        this.appointmentDate = appointment.toLocalDate();
    }

    /**
     * Finds the causes.
     *
     * @param timeline  the timeline
     * @param clock  the legal clock
     * @param legalOnTime  the legal verdict (a stopped clock counts as on time)
     * @param stopped  whether the legal clock is stopped at the evaluation instant
     * @param system  the software's verdict
     * @param metric  the Decision 766 verdict
     * @param software  a calculator on the calendar without make-up working days, as vendor
     *     software counts, null if the calendar has none
     * @param policy  the policy in force
     * @return the causes as a mask of {@link Discrepancy#bit()}, 0 if the verdicts agree
     */
    static int of(Timeline timeline, LegalClock clock, boolean legalOnTime, boolean stopped, boolean system,
            boolean metric, DeadlineCalculator software, ProcedurePolicy policy) {
        if (legalOnTime == system && legalOnTime == metric) {
            return 0;
        }
        Discrepancies d = new Discrepancies(timeline, clock, system, metric);
        return legalOnTime ? d.lookLate(stopped) : d.lookOnTime(software, policy);
    }

    /** Causes that make a dossier late in law look on time. */
    private int lookOnTime(DeadlineCalculator software, ProcedurePolicy policy) {
        int mask = 0;
        // the slip covered an end the law did not
        if (compare(timeline.statedDue, clock.due) > 0 && !end.toLocalDate().isAfter(appointmentDate)) {
            mask |= fromSoftwareCalendar(software, policy) ? bit(Discrepancy.APPOINTMENT_FROM_CALENDAR_WITHOUT_MAKE_UP_DAYS)
                    : bit(Discrepancy.APPOINTMENT_AFTER_LEGAL_DUE);
        }
        LocalDateTime recorded = timeline.recordedFinish;
        LocalDateTime real = timeline.realFinish;
        if (recorded != null && recorded.isBefore(real) && (system && real.toLocalDate().isAfter(appointmentDate)
                || metric && !recorded.isAfter(appointment) && real.isAfter(appointment))) {
            mask |= bit(Discrepancy.RECORDED_FINISH_BEFORE_RESULT);
        }
        boolean withdrawn = real == null && timeline.closing != null && timeline.closing.type() == EventType.WITHDRAWN;
        if (system && withdrawn && timeline.closing.at().isAfter(appointment)) {
            mask |= bit(Discrepancy.WITHDRAWN_COUNTED_ON_TIME);
        }
        if (Decision766.subtractsSupplement(timeline, metric)) {
            mask |= bit(Discrepancy.SUPPLEMENT_TIME_SUBTRACTED);
        }
        if (system && !withdrawn && end.toLocalDate().equals(appointmentDate) && end.isAfter(appointment)) {
            mask |= bit(Discrepancy.DATE_ONLY_COMPARISON);
        }
        return mask;
    }

    /** Causes that make a dossier on time in law look late. */
    private int lookLate(boolean stopped) {
        if (stopped) {
            return bit(Discrepancy.CLOCK_PAUSED_FOR_SUPPLEMENT);
        }
        int mask = 0;
        LocalDate legalDate = clock.due.date();
        if (end.isAfter(appointment) && appointmentDate.isBefore(legalDate)) {
            mask |= bit(Discrepancy.APPOINTMENT_BEFORE_LEGAL_DUE);
        } else if (end.isAfter(appointment) && appointmentDate.equals(legalDate)
                && compare(clock.due, timeline.statedDue) > 0 && !clock.due.isBefore(end)) {
            mask |= bit(Discrepancy.APPOINTMENT_HOUR_ON_DUE_DAY);
        }
        if (clock.due.isBefore(end) && end.isAfter(appointment)) {
            // late by the clock, on time in law: no office time had passed since the deadline
            mask |= bit(Discrepancy.OFFICE_TIME_ONLY);
        }
        LocalDateTime recorded = timeline.recordedFinish;
        LocalDateTime real = timeline.realFinish;
        if (recorded != null && recorded.isAfter(real) && (!system && recorded.toLocalDate().isAfter(appointmentDate)
                && !real.toLocalDate().isAfter(appointmentDate)
                || !metric && recorded.isAfter(appointment) && !real.isAfter(appointment))) {
            mask |= bit(Discrepancy.RECORDED_FINISH_AFTER_RESULT);
        }
        if (!metric && timeline.requests > 1) {
            mask |= bit(Discrepancy.REPEATED_SUPPLEMENT_REQUEST);
        }
        if (!metric && real != null && timeline.completed == null && timeline.returned == null
                && !real.isAfter(appointment)) {
            mask |= bit(Discrepancy.RESULT_NOT_RECORDED);
        }
        return mask;
    }

    private static int bit(Discrepancy cause) {
        return cause.bit();
    }

    /** Compares two dues in time without allocating: the end of a day comes after every moment of it. */
    static int compare(Due a, Due b) {
        int byDate = a.date().compareTo(b.date());
        if (byDate != 0) {
            return byDate;
        }
        boolean aEnd = a instanceof Due.EndOfDay;
        boolean bEnd = b instanceof Due.EndOfDay;
        if (aEnd || bEnd) {
            return aEnd == bEnd ? 0 : aEnd ? 1 : -1;
        }
        return ((Due.Moment) a).moment().compareTo(((Due.Moment) b).moment());
    }

    /**
     * Checks if the slip, never moved since, is the due of the limit counted on the software's
     * calendar, and that due differs from the legal one: make-up Saturdays made the difference.
     */
    private boolean fromSoftwareCalendar(DeadlineCalculator software, ProcedurePolicy policy) {
        Dossier dossier = timeline.dossier;
        if (software == null || !clock.started || !appointment.equals(dossier.appointment())) {
            return false;
        }
        try {
            LocalDate counted = software.due(clock.start, policy.getLimit(), policy.getCutoff()).date();
            return !counted.equals(clock.initialDue.date()) && counted.equals(appointmentDate);
        } catch (DateTimeException ex) {
            // the software's due lies past the calendar's range: it cannot be compared
            return false;
        }
    }
}
