package vn.dunghan.dossier;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;

import vn.dunghan.deadline.DeadlineCalculator;
import vn.dunghan.deadline.Due;

/**
 * The causes of a difference between the legal, system and Decision 766 verdicts of a dossier
 * ({@link Discrepancy}; docs/metrics.md §8). Each cause is given only where it moves a verdict away
 * from the legal one: without it, the software's or the index's verdict would agree with the law;
 * where two causes are needed together, both are given. The software compares the date of its own
 * end (the recorded finish, else the closing, else the instant) with the appointment's; the index
 * compares its own end (completed, returned, closed, an unanswered request, the instant) with the
 * appointment's moment.
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
        LocalDateTime systemEnd = timeline.systemEnd();
        LocalDateTime metricEnd = Decision766.end(timeline, true);
        LocalDate legalDate = clock.due.date();
        // the slip covered an end (the verdict's own, or the real one) that a slip at the legal due
        // would not have
        boolean slipCovers = system && (coveredDate(systemEnd, legalDate) || coveredDate(end, legalDate))
                || metric && (covered(metricEnd) || covered(end));
        if (compare(timeline.statedDue, clock.due) > 0 && slipCovers) {
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
        if (metric && real != null && timeline.closing != null && timeline.completed == null
                && timeline.returned == null && !timeline.closing.at().isAfter(appointment) && real.isAfter(appointment)) {
            mask |= bit(Discrepancy.CLOSED_BEFORE_RESULT);
        }
        if (Decision766.subtractsSupplement(timeline, metric)) {
            mask |= bit(Discrepancy.SUPPLEMENT_TIME_SUBTRACTED);
        }
        // the software compares dates: an end later on the appointment's day, or (a deadline at an
        // hour) later on the legal due day, is on time for it
        if (system && (systemEnd.toLocalDate().equals(appointmentDate) && systemEnd.isAfter(appointment)
                || clock.due instanceof Due.Moment && end.toLocalDate().equals(legalDate))) {
            mask |= bit(Discrepancy.DATE_ONLY_COMPARISON);
        }
        return mask;
    }

    /** Causes that make a dossier on time in law look late. */
    private int lookLate(boolean stopped) {
        if (stopped && clock.due.isBefore(end)) {
            // without the stop, the law would count the dossier late too
            return bit(Discrepancy.CLOCK_PAUSED_FOR_SUPPLEMENT);
        }
        int mask = 0;
        boolean metricByEnd = Decision766.isOnTimeByEnd(timeline);
        LocalDateTime systemEnd = timeline.systemEnd();
        LocalDateTime metricEnd = Decision766.end(timeline, true);
        boolean systemLate = !system && systemEnd.toLocalDate().isAfter(appointmentDate);
        boolean metricLate = !metricByEnd && metricEnd.isAfter(appointment);
        LocalDate legalDate = clock.due.date();
        boolean slipLate = (systemLate || metricLate) && end.isAfter(appointment);
        if (slipLate && appointmentDate.isBefore(legalDate)) {
            mask |= bit(Discrepancy.APPOINTMENT_BEFORE_LEGAL_DUE);
        } else if (slipLate && appointmentDate.equals(legalDate) && !clock.due.isBefore(end)) {
            // on the due day after the slip's hour, or at its 24:00, which the software calls the next date
            mask |= bit(end.toLocalDate().isAfter(legalDate) ? Discrepancy.END_AT_MIDNIGHT
                    : Discrepancy.APPOINTMENT_HOUR_ON_DUE_DAY);
        }
        if (clock.due.isBefore(end) && end.isAfter(appointment)) {
            // late by the clock, on time in law: no office time had passed since the deadline
            mask |= bit(Discrepancy.OFFICE_TIME_ONLY);
        }
        LocalDateTime recorded = timeline.recordedFinish;
        LocalDateTime real = timeline.realFinish;
        if (recorded != null && recorded.isAfter(real) && (!system && recorded.toLocalDate().isAfter(appointmentDate)
                && !real.toLocalDate().isAfter(appointmentDate)
                || !metricByEnd && recorded.isAfter(appointment) && !real.isAfter(appointment))) {
            mask |= bit(Discrepancy.RECORDED_FINISH_AFTER_RESULT);
        }
        if (!metric && timeline.requests > 1 && metricByEnd) {
            mask |= bit(Discrepancy.REPEATED_SUPPLEMENT_REQUEST);
        }
        if (!metricByEnd && real != null && timeline.completed == null && timeline.returned == null
                && timeline.closing == null) {
            mask |= bit(Discrepancy.RESULT_NOT_RECORDED);
        }
        if (stopped && mask == 0) {
            mask = bit(Discrepancy.CLOCK_PAUSED_FOR_SUPPLEMENT);
        }
        return mask;
    }

    /** Checks if an end's date is after the legal due date and not after the appointment's. */
    private boolean coveredDate(LocalDateTime at, LocalDate legalDate) {
        return at.toLocalDate().isAfter(legalDate) && !at.toLocalDate().isAfter(appointmentDate);
    }

    /** Checks if a moment is after the legal deadline and not after the appointment. */
    private boolean covered(LocalDateTime at) {
        return clock.due.isBefore(at) && !at.isAfter(appointment);
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
