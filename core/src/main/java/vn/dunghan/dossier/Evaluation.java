package vn.dunghan.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The evaluation of one dossier: the legal view (deadline computed from the rules, real finish
 * from the evidence) and the stated view (the appointment and its revisions, the recorded finish)
 * side by side, with the Decision 766 view and the findings.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Evaluation {

    private final Dossier dossier;
    private final ProcedurePolicy policy;
    private final Outcome outcome;
    private final LocalDate legalDueDate;
    /** The end of an hour-based limit; null for a day-based one, whose end is built from the due date when asked. */
    private final LocalDateTime legalDeadline;
    private final LocalDateTime statedDeadline;
    private final LocalDateTime finishedAt;
    private final LocalDateTime recordedFinishAt;
    private final boolean legalBreach;
    private final boolean statedBreach;
    private final boolean metricOnTime;
    private final int lateWorkingDays;
    private final List<Finding> findings;

    Evaluation(Dossier dossier, ProcedurePolicy policy, Outcome outcome, LocalDate legalDueDate,
            LocalDateTime legalDeadline, LocalDateTime statedDeadline, LocalDateTime finishedAt,
            LocalDateTime recordedFinishAt, boolean legalBreach, boolean statedBreach, boolean metricOnTime,
            int lateWorkingDays, List<Finding> findings) {
        this.dossier = dossier;
        this.policy = policy;
        this.outcome = outcome;
        this.legalDueDate = legalDueDate;
        this.legalDeadline = legalDeadline;
        this.statedDeadline = statedDeadline;
        this.finishedAt = finishedAt;
        this.recordedFinishAt = recordedFinishAt;
        this.legalBreach = legalBreach;
        this.statedBreach = statedBreach;
        this.metricOnTime = metricOnTime;
        this.lateWorkingDays = lateWorkingDays;
        this.findings = findings;
    }

    /**
     * Gets the dossier evaluated.
     *
     * @return the dossier, not null
     */
    public Dossier getDossier() {
        return dossier;
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
        return legalDueDate;
    }

    /**
     * Gets the moment the legal time limit ends: 24:00 of the due date (the start of the next day)
     * for day-based limits.
     *
     * @return the legal deadline, not null
     */
    public LocalDateTime getLegalDeadline() {
        return legalDeadline != null ? legalDeadline : Evaluator.endOf(legalDueDate);
    }

    /**
     * Gets the last stated appointment: the slip's, or its last revision.
     *
     * @return the stated deadline, not null
     */
    public LocalDateTime getStatedDeadline() {
        return statedDeadline;
    }

    /**
     * Gets the date of the last stated appointment.
     *
     * @return the stated due date, not null
     */
    public LocalDate getStatedDueDate() {
        return statedDeadline.toLocalDate();
    }

    /**
     * Gets the real finish: the later of COMPLETED and RESULT_SIGNED when present, else the earliest
     * of RETURNED and HANDED_OVER.
     *
     * @return the real finish, null if the dossier has no result
     */
    public LocalDateTime getFinishedAt() {
        return finishedAt;
    }

    /**
     * Gets the recorded finish: COMPLETED, else RETURNED.
     *
     * @return the recorded finish, null if neither is recorded
     */
    public LocalDateTime getRecordedFinishAt() {
        return recordedFinishAt;
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
     * Gets the working days after the legal due date to the finish (or the evaluation instant).
     *
     * @return the lateness in working days, 0 if not late
     */
    public int getLateWorkingDays() {
        return lateWorkingDays;
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
     * Outputs a summary, such as {@code 000.00.12.H29-260212-0007: LATE, legal due 2026-03-12, stated 2026-03-20T16:00}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return dossier.id() + ": " + outcome + ", legal due " + legalDueDate + ", stated " + statedDeadline
                + (findings.isEmpty() ? "" : ", findings " + findings.stream().map(f -> f.code().name()).toList());
    }
}
