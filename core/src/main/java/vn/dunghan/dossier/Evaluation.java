package vn.dunghan.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import vn.dunghan.calendar.DayOff;
import vn.dunghan.deadline.Due;

/**
 * The evaluation of one dossier: the legal view (deadline computed from the rules, real finish
 * from the evidence) and the stated view (the appointment and its revisions, the recorded finish)
 * side by side, with the Decision 766 view and the findings.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Evaluation {

    private final ProcedurePolicy policy;
    private final Timeline timeline;
    private final LegalClock clock;
    private final Outcome outcome;
    private final boolean legalBreach;
    private final boolean statedBreach;
    private final boolean clockStopped;
    private final boolean systemOnTime;
    private final boolean metricOnTime;
    private final int discrepancies;
    private final int lateWorkingDays;
    private final long lateWorkingMinutes;
    private final List<Finding> findings;

    Evaluation(ProcedurePolicy policy, Timeline timeline, LegalClock clock, Outcome outcome, boolean legalBreach,
            boolean statedBreach, boolean clockStopped, boolean systemOnTime, boolean metricOnTime, int discrepancies,
            int lateWorkingDays, long lateWorkingMinutes, List<Finding> findings) {
        this.policy = policy;
        this.timeline = timeline;
        this.clock = clock;
        this.outcome = outcome;
        this.legalBreach = legalBreach;
        this.statedBreach = statedBreach;
        this.clockStopped = clockStopped;
        this.systemOnTime = systemOnTime;
        this.metricOnTime = metricOnTime;
        this.discrepancies = discrepancies;
        this.lateWorkingDays = lateWorkingDays;
        this.lateWorkingMinutes = lateWorkingMinutes;
        this.findings = findings;
    }

    /**
     * Returns a copy with one more finding, found across dossiers, in the order of {@link FindingCode}.
     *
     * @param finding  the finding, not null
     * @return the evaluation, not null
     */
    Evaluation withFinding(Finding finding) {
        List<Finding> all = new java.util.ArrayList<>(findings);
        all.add(finding);
        all.sort(java.util.Comparator.comparing(Finding::code));
        return new Evaluation(policy, timeline, clock, outcome, legalBreach, statedBreach, clockStopped, systemOnTime,
                metricOnTime, discrepancies, lateWorkingDays, lateWorkingMinutes, List.copyOf(all));
    }

    /**
     * Gets the dossier evaluated.
     *
     * @return the dossier, not null
     */
    public Dossier getDossier() {
        return timeline.dossier;
    }

    /**
     * Gets the evaluation instant: the timeline holds the events known then.
     *
     * @return the instant, not null
     */
    public LocalDateTime getAsOf() {
        return timeline.asOf;
    }

    /**
     * Gets the number of events after the evaluation instant, which are not part of the timeline
     * evaluated.
     *
     * @return the count, not negative
     */
    public int getEventsAfterAsOf() {
        return timeline.eventsAfterAsOf;
    }

    /**
     * Gets the legal start: the acceptance, or the competent body's receipt where the clock starts there.
     *
     * @return the start, not null
     */
    public LocalDateTime getLegalStart() {
        return clock.start;
    }

    /**
     * Gets when the legal time limit ends, as a due: the end of the due date, or a moment.
     *
     * @return the legal due, not null
     */
    public Due getLegalDue() {
        return clock.due;
    }

    /**
     * Gets the resolved policy that judged the dossier, with its rule set.
     *
     * @return the policy, not null
     */
    public ProcedurePolicy getPolicy() {
        return policy;
    }

    /**
     * Gets the outcome.
     *
     * @return the outcome, not null
     */
    public Outcome getOutcome() {
        return outcome;
    }

    /**
     * Gets the last day of the legal time limit; for an open dossier whose clock is paused, the
     * due date it would have without the pause.
     *
     * @return the legal due date, not null
     */
    public LocalDate getLegalDueDate() {
        return clock.due.date();
    }

    /**
     * Gets the moment the legal time limit ends: 24:00 of the due date (the start of the next day)
     * for day-based limits.
     *
     * @return the legal deadline, not null
     */
    public LocalDateTime getLegalDeadline() {
        return clock.due.toLocalDateTime();
    }

    /**
     * Gets the last stated appointment: the slip's, or its last revision.
     *
     * @return the stated deadline, not null
     */
    public LocalDateTime getStatedDeadline() {
        return timeline.appointment;
    }

    /**
     * Gets the last stated appointment as a due: an appointment given as a date only (read as
     * {@link java.time.LocalTime#MAX}) ends at 24:00 of that day.
     *
     * @return the stated due, not null
     */
    public Due getStatedDue() {
        return timeline.statedDue;
    }

    /**
     * Gets the date of the last stated appointment.
     *
     * @return the stated due date, not null
     */
    public LocalDate getStatedDueDate() {
        return timeline.appointment.toLocalDate();
    }

    /**
     * Gets the real finish: with COMPLETED recorded, max(RESULT_SIGNED, min(COMPLETED, first
     * RETURNED or HANDED_OVER)); with only RESULT_SIGNED, that moment; else the first RETURNED or
     * HANDED_OVER. A result cannot reach the applicant before it is signed, and a late status click
     * does not make a delivered result late.
     *
     * @return the real finish, null if the dossier has no result
     */
    public LocalDateTime getFinishedAt() {
        return timeline.realFinish;
    }

    /**
     * Gets the recorded finish, the one-stop system's view: COMPLETED, else RETURNED, else the real
     * finish.
     *
     * @return the recorded finish, null if the dossier has no result
     */
    public LocalDateTime getRecordedFinishAt() {
        return timeline.recordedFinish;
    }

    /**
     * Gets the closing without a result: the first refusal or stop, else the first withdrawal.
     *
     * @return the closing's moment, null if the dossier was not closed without a result
     */
    public LocalDateTime getClosedAt() {
        return timeline.closing != null ? timeline.closing.at() : null;
    }

    /**
     * Gets how the dossier was closed without a result.
     *
     * @return {@code REFUSED}, {@code STOPPED} or {@code WITHDRAWN}, null if not closed
     */
    public EventType getClosingType() {
        return timeline.closing != null ? timeline.closing.type() : null;
    }

    /**
     * Checks if a one-stop system counts the dossier on time, as vendor software does
     * (docs/metrics.md §5): the date of the recorded finish not after the date of the last
     * appointment, hours ignored; a closing by refusal or stop judged by its date the same way; a
     * withdrawn dossier always on time; an open dossier on time while the evaluation date is not
     * after the appointment date.
     *
     * @return true if on time in the one-stop system's view
     */
    public boolean isSystemOnTime() {
        return systemOnTime;
    }

    /**
     * Gets the causes of any difference between the legal verdict (not {@link #isLegalBreach()}),
     * the system's ({@link #isSystemOnTime()}) and Decision 766's ({@link #isMetricOnTime()}), each
     * given only where it moves a verdict away from the legal one (docs/metrics.md §8).
     *
     * @return the causes in the order of {@link Discrepancy}, empty if the verdicts agree, not null
     */
    public Set<Discrepancy> getDiscrepancies() {
        EnumSet<Discrepancy> set = EnumSet.noneOf(Discrepancy.class);
        for (Discrepancy cause : Discrepancy.values()) {
            if (hasDiscrepancy(cause)) {
                set.add(cause);
            }
        }
        return Collections.unmodifiableSet(set);
    }

    /**
     * Checks if the legal, system and Decision 766 verdicts differ, so that there is a cause.
     *
     * @return true if {@link #getDiscrepancies()} is not empty
     */
    public boolean hasDiscrepancies() {
        return discrepancies != 0;
    }

    /**
     * Checks if a cause of difference between the verdicts applies, without allocating.
     *
     * @param cause  the cause, not null
     * @return true if {@link #getDiscrepancies()} contains it
     */
    public boolean hasDiscrepancy(Discrepancy cause) {
        return (discrepancies & cause.bit()) != 0;
    }

    /**
     * Checks if the legal clock is stopped at the evaluation instant: a compliant supplement request
     * is unanswered and the dossier has no result (closed or not). Then no breach can be judged.
     *
     * @return true if the clock is stopped
     */
    public boolean isClockStopped() {
        return clockStopped;
    }

    /**
     * Gets the compliant supplement request that stopped the legal clock.
     *
     * @return its moment, null if no compliant request was made
     */
    public LocalDateTime getPausedAt() {
        return clock.requestCompliant ? timeline.firstRequest.at() : null;
    }

    /**
     * Gets the receipt of the supplement that restarted the legal clock after {@link #getPausedAt()}.
     *
     * @return its moment, null if the clock was not stopped or is still stopped
     */
    public LocalDateTime getResumedAt() {
        return clock.requestCompliant && timeline.firstReceipt != null ? timeline.firstReceipt.at() : null;
    }

    /**
     * Checks if the legal clock was stopped at an instant: the compliant request made before it and
     * its supplement not yet received, as known at the evaluation instant.
     *
     * @param instant  the instant, such as the end of a reporting period, not null
     * @return true if stopped then
     */
    public boolean isClockStoppedAt(LocalDateTime instant) {
        Objects.requireNonNull(instant, "instant");
        LocalDateTime paused = getPausedAt();
        LocalDateTime resumed = getResumedAt();
        return paused != null && paused.isBefore(instant) && (resumed == null || !resumed.isBefore(instant));
    }

    /**
     * Checks if the legal deadline had passed at an instant for a dossier not finished by then, by
     * the rule of {@link #isLegalBreach()}: never while the clock was stopped; against the due
     * before any compliant request, else against the due after the supplementation.
     *
     * @param instant  the instant, such as the end of a reporting period, not null
     * @return true if overdue then
     */
    public boolean isOverdueAt(LocalDateTime instant) {
        if (isClockStoppedAt(instant)) {
            return false;
        }
        LocalDateTime paused = getPausedAt();
        return clock.isBreachedAt(paused != null && paused.isBefore(instant) ? clock.due : clock.initialDue, instant);
    }

    /**
     * Checks if the legal deadline was breached: a result, a closing, or (for an open dossier) the
     * evaluation instant after it.
     *
     * @return true if late in law
     */
    public boolean isLegalBreach() {
        return legalBreach;
    }

    /**
     * Checks if the stated deadline was breached: the recorded finish after the last appointment.
     *
     * @return true if late against the appointment
     */
    public boolean isStatedBreach() {
        return statedBreach;
    }

    /**
     * Checks if Decision 766 counts the dossier on time: its end time minus the supplementation
     * time not after the last appointment, and at most one supplement request.
     *
     * @return true if on time in the national metric
     */
    public boolean isMetricOnTime() {
        return metricOnTime;
    }

    /**
     * Gets the working days after the legal due date that had begun by the finish (or the closing,
     * or the evaluation instant): a dossier open at 00:00 has not used that day.
     *
     * @return the lateness in working days, 0 if not late
     */
    public int getLateWorkingDays() {
        return lateWorkingDays;
    }

    /**
     * Gets the office time elapsed after the legal due moment of a limit in working hours.
     *
     * @return the lateness in working minutes, 0 if not late or the limit is not in working hours
     */
    public long getLateWorkingMinutes() {
        return lateWorkingMinutes;
    }

    /**
     * Gets the caveats of the legal due: the days it was counted over that are provisional or whose
     * date rests on weaker evidence than an official text, such as
     * {@code 2027-02-09: compensatory day, secondary sources only (S)}.
     *
     * @return the caveats in date order, empty if the due rests on official days only, not null
     */
    public List<String> getCaveats() {
        List<DayOff> days = clock.uncertainDays();
        return days.isEmpty() ? List.of() : days.stream().map(DayOff::toCaveatText).toList();
    }

    /**
     * Gets the findings, in the order of {@link FindingCode}.
     *
     * @return the findings, not null
     */
    public List<Finding> getFindings() {
        return findings;
    }

    /**
     * Checks if a finding with a code was made.
     *
     * @param code  the code, not null
     * @return true if present
     */
    public boolean hasFinding(FindingCode code) {
        Objects.requireNonNull(code, "code");
        for (Finding finding : findings) {
            if (finding.code() == code) {
                return true;
            }
        }
        return false;
    }

    /**
     * Outputs a summary, such as {@code 000.00.12.H29-260212-0007: LATE, legal due 2026-03-12 24:00, stated
     * 2026-03-20T16:00}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return getDossier().id() + ": " + outcome + ", legal due " + getLegalDue().toText() + ", stated "
                + getStatedDue().toText()
                + (findings.isEmpty() ? "" : ", findings " + findings.stream().map(f -> f.code().name()).toList());
    }
}
