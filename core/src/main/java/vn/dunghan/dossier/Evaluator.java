package vn.dunghan.dossier;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import vn.dunghan.calendar.WorkCalendar;
import vn.dunghan.deadline.Deadline;
import vn.dunghan.deadline.DeadlineCalculator;

/**
 * Evaluates dossiers: the legal due computed from the rules against the appointment on the slip,
 * the real finish against the recorded one, the Decision 766 view, and the findings that expose
 * hidden lateness, each citing the rule in force on the acceptance date.
 * <p>
 * An evaluation composes named parts, each one legal rule: the {@link Timeline} (the events known at
 * the evaluation instant, the real and recorded finish), the {@link LegalClock} (legal start, limit,
 * supplementation, legal due), the outcome, and one rule per {@link FindingCode}. The rules, the
 * real-finish and snapshot rules, the caveats and every finding are documented in
 * {@code core/README.md} ("How a dossier is evaluated") and {@code docs/findings.md}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Evaluator {

    private final WorkCalendar calendar;
    private final DeadlineCalculator deadlines;
    private final PolicySet policies;
    /**
     * The calculator on the calendar as vendor software keeps it, every make-up working day a rest
     * day (docs/metrics.md §5); null when the calendar declares none.
     */
    private final DeadlineCalculator software;

    private Evaluator(WorkCalendar calendar, PolicySet policies) {
        this.calendar = calendar;
        this.deadlines = DeadlineCalculator.of(calendar);
        this.software = calendar.getMakeUpDays().isEmpty() ? null : DeadlineCalculator.of(calendar.withoutMakeUpDays());
        this.policies = policies;
    }

    /**
     * Obtains an evaluator.
     *
     * @param calendar  the work calendar of the offices, not null
     * @param policies  the procedures and rule sets, not null
     * @return the evaluator, not null
     */
    public static Evaluator of(WorkCalendar calendar, PolicySet policies) {
        return new Evaluator(Objects.requireNonNull(calendar, "calendar"), Objects.requireNonNull(policies, "policies"));
    }

    /**
     * Gets the calendar.
     *
     * @return the calendar, not null
     */
    public WorkCalendar getCalendar() {
        return calendar;
    }

    /**
     * Gets the policies.
     *
     * @return the policies, not null
     */
    public PolicySet getPolicies() {
        return policies;
    }

    /**
     * Finds the policy that judges a dossier.
     *
     * @param dossier  the dossier, not null
     * @return the policy, not null
     * @throws InvalidDossierException if the procedure is unknown or no rule set covers the acceptance date
     */
    public ProcedurePolicy policyOf(Dossier dossier) {
        ProcedurePolicy policy = policies.find(dossier.procedure(), dossier.acceptedAt().toLocalDate());
        if (policy == null) {
            throw new InvalidDossierException(dossier.id(), "/procedure",
                    policies.getProcedures().containsKey(dossier.procedure())
                            ? "No rule set is in force on the acceptance date " + dossier.acceptedAt().toLocalDate()
                            : "Procedure " + dossier.procedure() + " is not in the policies");
        }
        return policy;
    }

    /**
     * Computes the initial legal deadline of a dossier with its derivation, for a citizen or an
     * inspector: from the legal start, before any supplementation.
     *
     * @param dossier  the dossier, not null
     * @return the deadline, not null
     * @throws InvalidDossierException if the dossier cannot be evaluated
     */
    public Deadline explainDeadline(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        DossierValidator.validate(dossier, calendar);
        ProcedurePolicy policy = policyOf(dossier);
        LocalDateTime start = LegalClock.legalStart(dossier, policy);
        try {
            return deadlines.compute(start, policy.getLimit(), policy.getCutoff());
        } catch (DateTimeException ex) {
            throw new InvalidDossierException(dossier.id(), "/acceptedAt", ex.getMessage());
        }
    }

    /**
     * Evaluates a dossier.
     *
     * @param dossier  the dossier, not null
     * @param asOf  the evaluation instant: the events after it are not part of the timeline, not null
     * @return the evaluation, not null
     * @throws DateTimeException if the evaluation instant is outside the calendar's range
     * @throws InvalidDossierException if the dossier is invalid, accepted after the evaluation
     *     instant, its procedure unknown, or a date leaves the calendar's range
     */
    public Evaluation evaluate(Dossier dossier, LocalDateTime asOf) {
        Objects.requireNonNull(dossier, "dossier");
        checkInRange(asOf);
        DossierValidator.validate(dossier, calendar);
        if (dossier.acceptedAt().isAfter(asOf)) {
            throw new InvalidDossierException(dossier.id(), "/acceptedAt", "The acceptance " + dossier.acceptedAt()
                    + " is after the evaluation instant " + asOf);
        }
        ProcedurePolicy policy = policyOf(dossier);
        try {
            return evaluate(dossier, policy, asOf);
        } catch (DateTimeException ex) {
            throw new InvalidDossierException(dossier.id(), "/acceptedAt", "The deadlines of this dossier cannot be"
                    + " computed: " + ex.getMessage());
        }
    }

    /**
     * Checks that an evaluation instant lies in the calendar's range, as every evaluation needs.
     *
     * @param asOf  the evaluation instant, not null
     * @throws DateTimeException if it is outside the calendar's range
     */
    public void checkInRange(LocalDateTime asOf) {
        Objects.requireNonNull(asOf, "asOf");
        LocalDate date = asOf.toLocalDate();
        if (date.isBefore(calendar.getMinDate()) || date.isAfter(calendar.getMaxDate())) {
            throw new DateTimeException("Evaluation instant " + asOf + " is outside the calendar's range "
                    + calendar.getMinDate() + ".." + calendar.getMaxDate());
        }
    }

    private Evaluation evaluate(Dossier dossier, ProcedurePolicy policy, LocalDateTime asOf) {
        Timeline timeline = Timeline.of(dossier, asOf);
        LegalClock clock = LegalClock.of(deadlines, policy, timeline);
        // while a compliant request is unanswered the clock is stopped: no breach can be judged
        boolean stopped = clock.paused && timeline.realFinish == null;
        LocalDateTime end = timeline.end();
        boolean legalBreach = !stopped && clock.isBreachedAt(end);
        boolean statedBreach = !stopped && timeline.statedDue.isBefore(timeline.systemEnd());
        Outcome outcome = outcome(timeline, clock, policy, stopped);
        boolean system = SystemView.isOnTime(timeline);
        boolean metric = Decision766.isOnTime(timeline);
        int causes = Discrepancies.of(timeline, clock, !legalBreach, stopped, system, metric, software, policy);
        return new Evaluation(policy, timeline, clock, outcome, legalBreach, statedBreach, stopped, system, metric, causes,
                legalBreach ? clock.lateWorkingDays(end) : 0, legalBreach ? clock.lateWorkingMinutes(end) : 0,
                findings(timeline, clock, policy, legalBreach, statedBreach, outcome.isOpen() && !stopped));
    }

    /** The outcome: by the real finish, else the closing, else the state at the evaluation instant. */
    private Outcome outcome(Timeline timeline, LegalClock clock, ProcedurePolicy policy, boolean stopped) {
        LocalDate dueDate = clock.due.date();
        if (timeline.realFinish != null) {
            return timeline.realFinish.toLocalDate().isBefore(dueDate) ? Outcome.EARLY
                    : clock.isBreachedAt(timeline.realFinish) ? Outcome.LATE : Outcome.ON_TIME;
        }
        if (timeline.closing != null) {
            return Outcome.CLOSED;
        }
        LocalDateTime asOf = timeline.asOf;
        if (stopped) {
            return Outcome.PAUSED;
        }
        if (clock.isBreachedAt(asOf)) {
            return Outcome.OVERDUE;
        }
        // not overdue, so a date after the due date is still within the due (24:00, or a break)
        LocalDate today = asOf.toLocalDate();
        return today.isAfter(dueDate) || calendar.workingDaysBetween(today, dueDate) <= policy.getDueSoonWorkingDays()
                ? Outcome.DUE_SOON : Outcome.IN_PROGRESS;
    }

    /** The findings, one rule per code, called in the order of {@link FindingCode}. */
    private List<Finding> findings(Timeline timeline, LegalClock clock, ProcedurePolicy policy, boolean legalBreach,
            boolean statedBreach, boolean running) {
        Dossier dossier = timeline.dossier;
        List<Finding> all = Findings.add(null, ConcealedLateness.find(timeline, clock, legalBreach, statedBreach));
        all = PaddedAppointment.find(all, timeline, clock);
        all = ExtensionApology.find(all, timeline, clock, policy);
        all = Findings.add(all, RepeatedExtension.find(timeline, policy));
        all = Findings.add(all, LateSupplementRequest.find(timeline, clock));
        all = Findings.add(all, RepeatedSupplementRequest.find(timeline, policy));
        all = Findings.add(all, DelayedAcceptance.find(dossier, policy, calendar));
        all = Findings.add(all, TransferDelay.find(timeline, policy, calendar));
        all = Findings.add(all, AcceptanceDateMismatch.find(dossier));
        all = Findings.add(all, IdleHolding.find(timeline, policy, calendar, running ? timeline.asOf : null));
        all = StepOverrun.find(all, timeline, calendar);
        all = Findings.add(all, CompletionBeforeSignature.find(timeline));
        all = Findings.add(all, ReturnBeforeResult.find(timeline));
        all = Findings.add(all, ReturnRecordedBeforeHandover.find(timeline));
        all = Findings.add(all, EarlyReturnWithoutNotice.find(timeline));
        all = Findings.add(all, LateRefusal.find(timeline, clock));
        return all == null ? List.of() : List.copyOf(all);
    }
}
