package vn.dunghan.dossier;

import java.time.LocalTime;
import java.util.Objects;

import vn.dunghan.deadline.TimeLimit;

/**
 * The resolved policy that judges a dossier: the procedure's time limit and cut-off, and every
 * parameter of the rule set in force on its acceptance date, overrides applied.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ProcedurePolicy {

    private final String code;
    private final String name;
    private final TimeLimit limit;
    private final LocalTime cutoff;
    private final RuleSet ruleSet;
    private final SupplementMode supplement;
    private final int requestWindowWorkingDays;
    private final int maxSupplementRequests;
    private final int apologyLeadDays;
    private final int maxExtensions;
    private final int acceptanceDelayWorkingDays;
    private final int idleWorkingDays;
    private final int dueSoonWorkingDays;
    private final boolean clockStartsAtCompetentReceipt;
    private final WindowStart requestWindowStart;

    ProcedurePolicy(String code, String name, TimeLimit limit, LocalTime cutoff, RuleSet ruleSet,
            PolicyParameters resolved) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = name;
        this.limit = Objects.requireNonNull(limit, "limit");
        this.cutoff = cutoff;
        this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
        this.supplement = resolved.supplement();
        this.requestWindowWorkingDays = resolved.requestWindowWorkingDays();
        this.maxSupplementRequests = resolved.maxSupplementRequests();
        this.apologyLeadDays = resolved.apologyLeadDays();
        this.maxExtensions = resolved.maxExtensions();
        this.acceptanceDelayWorkingDays = resolved.acceptanceDelayWorkingDays();
        this.idleWorkingDays = resolved.idleWorkingDays();
        this.dueSoonWorkingDays = resolved.dueSoonWorkingDays();
        this.clockStartsAtCompetentReceipt = resolved.clockStartsAtCompetentReceipt();
        this.requestWindowStart = resolved.requestWindowStart();
    }

    /**
     * Gets the procedure code.
     *
     * @return the code, not null
     */
    public String getCode() {
        return code;
    }

    /**
     * Gets the procedure name.
     *
     * @return the name, null if not given
     */
    public String getName() {
        return name;
    }

    /**
     * Gets the legal time limit.
     *
     * @return the limit, not null
     */
    public TimeLimit getLimit() {
        return limit;
    }

    /**
     * Gets the cut-off hour after which an acceptance counts from the next working day.
     *
     * @return the cut-off, null if none
     */
    public LocalTime getCutoff() {
        return cutoff;
    }

    /**
     * Gets the rule set in force.
     *
     * @return the rule set, not null
     */
    public RuleSet getRuleSet() {
        return ruleSet;
    }

    /**
     * Gets what a compliant supplementation cycle does to the clock.
     *
     * @return the mode, not null
     */
    public SupplementMode getSupplement() {
        return supplement;
    }

    /**
     * Gets the working days after acceptance within which a supplement may be requested.
     *
     * @return the window
     */
    public int getRequestWindowWorkingDays() {
        return requestWindowWorkingDays;
    }

    /**
     * Gets the number of supplement requests allowed.
     *
     * @return the maximum
     */
    public int getMaxSupplementRequests() {
        return maxSupplementRequests;
    }

    /**
     * Gets the calendar days before the due date by which an extension needs its apology.
     *
     * @return the lead time
     */
    public int getApologyLeadDays() {
        return apologyLeadDays;
    }

    /**
     * Gets the number of re-appointments allowed.
     *
     * @return the maximum
     */
    public int getMaxExtensions() {
        return maxExtensions;
    }

    /**
     * Gets the working days from submission to acceptance beyond which acceptance is delayed.
     *
     * @return the threshold
     */
    public int getAcceptanceDelayWorkingDays() {
        return acceptanceDelayWorkingDays;
    }

    /**
     * Gets the working days without activity beyond which a dossier is held.
     *
     * @return the threshold
     */
    public int getIdleWorkingDays() {
        return idleWorkingDays;
    }

    /**
     * Gets the working days before the due date within which an open dossier is due soon.
     *
     * @return the threshold
     */
    public int getDueSoonWorkingDays() {
        return dueSoonWorkingDays;
    }

    /**
     * Checks if a dossier accepted outside the competent body's area starts its clock at that
     * body's receipt.
     *
     * @return true from 2026-08-05 by default
     */
    public boolean isClockStartsAtCompetentReceipt() {
        return clockStartsAtCompetentReceipt;
    }

    /**
     * Gets the day from which the window for requesting a supplement is counted.
     * @return the window start, not null
     */
    public WindowStart getRequestWindowStart() {
        return requestWindowStart;
    }

    /**
     * Outputs a summary, such as {@code 1.004227: 15 working days, RESTART, cut-off 15:00 (Decree ...)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return code + ": " + limit + ", " + supplement + (cutoff != null ? ", cut-off " + cutoff : "") + " ("
                + ruleSet.name() + ")";
    }
}
