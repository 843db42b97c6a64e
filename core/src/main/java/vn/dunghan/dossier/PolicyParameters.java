package vn.dunghan.dossier;

/**
 * The tunable parameters of a rule set, a policy's defaults or a procedure's overrides. A null
 * field is not set at that level and falls back on the level below it: procedure, then rule set,
 * then policy defaults, then {@link #BUILT_IN}.
 * <p>
 * This record is immutable and thread-safe.
 *
 * @param supplement  what a compliant supplementation cycle does to the clock
 * @param requestWindowWorkingDays  the working days after acceptance within which a supplement
 *     may be requested
 * @param maxSupplementRequests  the number of supplement requests allowed
 * @param apologyLeadDays  the calendar days before the due date by which an extension needs its apology
 * @param maxExtensions  the number of re-appointments allowed
 * @param acceptanceDelayWorkingDays  the working days from submission to acceptance beyond which
 *     acceptance is flagged as delayed
 * @param idleWorkingDays  the working days without activity beyond which a dossier is flagged as held
 * @param dueSoonWorkingDays  the working days before the due date within which an open dossier is
 *     due soon
 * @param clockStartsAtCompetentReceipt  true if a dossier accepted outside the competent body's
 *     area starts its clock at that body's receipt
 * @param requestWindowStart  the day from which the request window is counted
 */
public record PolicyParameters(SupplementMode supplement, Integer requestWindowWorkingDays,
        Integer maxSupplementRequests, Integer apologyLeadDays, Integer maxExtensions,
        Integer acceptanceDelayWorkingDays, Integer idleWorkingDays, Integer dueSoonWorkingDays,
        Boolean clockStartsAtCompetentReceipt, WindowStart requestWindowStart) {

    /**
     * The built-in defaults, each documented with its basis:
     * <ul>
     * <li>supplement {@code RESTART}: Decree 61/2018, Art. 19(4) as amended by Decree 107/2021;</li>
     * <li>request window 3 working days: the same article;</li>
     * <li>one supplement request: Decree 61/2018, Arts 11(2)(c) and 15(3);</li>
     * <li>apology at least 1 calendar day before the due date, and one re-appointment: Art. 19(9);
     * whether "1 day" is a calendar or a working day is not specified, the calendar day is the
     * lenient reading;</li>
     * <li>acceptance delay 1 working day: specific procedures give 1 working day to check an online
     * dossier (docs/counting.md §6.3); a dunghan threshold, not a national rule;</li>
     * <li>idle 5 working days and due soon 2 working days: dunghan's analysis thresholds, not legal rules;</li>
     * <li>clock from the competent body's receipt: false (true from 2026-08-05 in the built-in rule
     * sets, Decree 118/2025, Art. 17(3) as amended by Decree 309/2026);</li>
     * <li>request window counted from the acceptance date ({@link WindowStart#ACCEPTANCE}):
     * Decree 61/2018, Art. 19(4), "kể từ ngày tiếp nhận".</li>
     * </ul>
     */
    public static final PolicyParameters BUILT_IN =
            new PolicyParameters(SupplementMode.RESTART, 3, 1, 1, 1, 1, 5, 2, false, WindowStart.ACCEPTANCE);

    /** Parameters that set nothing. */
    public static final PolicyParameters NONE =
            new PolicyParameters(null, null, null, null, null, null, null, null, null, null);

    /**
     * Creates parameters, checking that the numbers set are not negative.
     *
     * @throws InvalidFieldException if a number is negative or over 10000, naming the parameter
     */
    public PolicyParameters {
        check("requestWindowWorkingDays", requestWindowWorkingDays);
        check("maxSupplementRequests", maxSupplementRequests);
        check("apologyLeadDays", apologyLeadDays);
        check("maxExtensions", maxExtensions);
        check("acceptanceDelayWorkingDays", acceptanceDelayWorkingDays);
        check("idleWorkingDays", idleWorkingDays);
        check("dueSoonWorkingDays", dueSoonWorkingDays);
    }

    /**
     * Creates parameters without a request window start, which falls back on the level below.
     *
     * @param supplement  what a compliant supplementation cycle does to the clock
     * @param requestWindowWorkingDays  the request window in working days
     * @param maxSupplementRequests  the number of supplement requests allowed
     * @param apologyLeadDays  the calendar days before the due date by which an extension needs its apology
     * @param maxExtensions  the number of re-appointments allowed
     * @param acceptanceDelayWorkingDays  the acceptance delay threshold in working days
     * @param idleWorkingDays  the idle threshold in working days
     * @param dueSoonWorkingDays  the due-soon threshold in working days
     * @param clockStartsAtCompetentReceipt  true if the clock starts at the competent body's receipt
     * @throws InvalidFieldException if a number is negative or over 10000, naming the parameter
     */
    public PolicyParameters(SupplementMode supplement, Integer requestWindowWorkingDays,
            Integer maxSupplementRequests, Integer apologyLeadDays, Integer maxExtensions,
            Integer acceptanceDelayWorkingDays, Integer idleWorkingDays, Integer dueSoonWorkingDays,
            Boolean clockStartsAtCompetentReceipt) {
        this(supplement, requestWindowWorkingDays, maxSupplementRequests, apologyLeadDays, maxExtensions,
                acceptanceDelayWorkingDays, idleWorkingDays, dueSoonWorkingDays, clockStartsAtCompetentReceipt, null);
    }

    private static void check(String name, Integer value) {
        if (value != null && (value < 0 || value > 10_000)) {
            throw new InvalidFieldException(name, "Parameter " + name + " " + value + " must be from 0 to 10000");
        }
    }

    /**
     * Returns these parameters with every unset field taken from another set.
     *
     * @param fallback  the parameters below these, not null
     * @return the combined parameters, not null
     */
    public PolicyParameters orElse(PolicyParameters fallback) {
        return new PolicyParameters(
                supplement != null ? supplement : fallback.supplement,
                requestWindowWorkingDays != null ? requestWindowWorkingDays : fallback.requestWindowWorkingDays,
                maxSupplementRequests != null ? maxSupplementRequests : fallback.maxSupplementRequests,
                apologyLeadDays != null ? apologyLeadDays : fallback.apologyLeadDays,
                maxExtensions != null ? maxExtensions : fallback.maxExtensions,
                acceptanceDelayWorkingDays != null ? acceptanceDelayWorkingDays : fallback.acceptanceDelayWorkingDays,
                idleWorkingDays != null ? idleWorkingDays : fallback.idleWorkingDays,
                dueSoonWorkingDays != null ? dueSoonWorkingDays : fallback.dueSoonWorkingDays,
                clockStartsAtCompetentReceipt != null ? clockStartsAtCompetentReceipt
                        : fallback.clockStartsAtCompetentReceipt,
                requestWindowStart != null ? requestWindowStart : fallback.requestWindowStart);
    }
}
