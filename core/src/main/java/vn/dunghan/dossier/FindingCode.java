package vn.dunghan.dossier;

/**
 * The patterns by which lateness is hidden or rules are broken, each with its legal basis
 * (shared/domain/procedures.md §5) and whether it changes a reported outcome (integrity) or only
 * breaks a procedure.
 * <p>
 * This is an immutable, thread-safe enum.
 */
public enum FindingCode {
    /** Late in law, on time against the appointment. */
    CONCEALED_LATENESS("Decree 61/2018/NĐ-CP, Art. 19(9); Circular 01/2018/TT-VPCP, Art. 13", true),
    /** The appointment on the slip is later than the legal deadline. */
    PADDED_APPOINTMENT("Decree 61/2018/NĐ-CP, Arts 15(1)(b) and 17; Civil Code 2015, Arts 147-148", true),
    /** The appointment was moved without a written apology, or with one sent too late. */
    EXTENSION_WITHOUT_TIMELY_APOLOGY("Decree 61/2018/NĐ-CP, Arts 12(5) and 19(9)", true),
    /** The appointment was moved more often than allowed. */
    REPEATED_EXTENSION("Decree 61/2018/NĐ-CP, Art. 19(9): the appointment may be re-set only once", false),
    /** A supplement was requested after the request window or after the legal deadline. */
    LATE_SUPPLEMENT_REQUEST("Decree 61/2018/NĐ-CP, Art. 19(4), as amended by Decree 107/2021/NĐ-CP", true),
    /** More supplement requests than allowed. */
    REPEATED_SUPPLEMENT_REQUEST("Decree 61/2018/NĐ-CP, Arts 11(2)(c) and 15(3); Decision 766/QĐ-TTg", false),
    /** Too long from submission to acceptance. */
    DELAYED_ACCEPTANCE("Decree 61/2018/NĐ-CP, Art. 17; Decree 118/2025/NĐ-CP, Art. 17(3), as amended by Decree"
            + " 309/2026/NĐ-CP", true),
    /** The date in the dossier code differs from the recorded acceptance date. */
    ACCEPTANCE_DATE_MISMATCH("Decree 61/2018/NĐ-CP, Art. 26; Circular 01/2018/TT-VPCP, Art. 19", true),
    /** A step longer than its allocation, or no activity for longer than the idle threshold. */
    IDLE_HOLDING("Decree 61/2018/NĐ-CP, Arts 12(4), 18 and 19(5)-(6); Circular 01/2018/TT-VPCP, Art. 13", false),
    /** Completion recorded before the result was signed. */
    COMPLETION_BEFORE_SIGNATURE("Decree 30/2020/NĐ-CP, Arts 15 and 18; Decision 766/QĐ-TTg (end-time priority)", true),
    /** Return recorded before the result was handed over. */
    RETURN_RECORDED_BEFORE_HANDOVER("Decree 61/2018/NĐ-CP, Art. 20; Decision 766/QĐ-TTg (end-time priority)", true),
    /** Result returned before the appointment without advance notice. */
    EARLY_RETURN_WITHOUT_NOTICE("Decree 61/2018/NĐ-CP, Art. 20(4)", false),
    /** Refusal issued after the legal deadline. */
    LATE_REFUSAL("Decree 61/2018/NĐ-CP, Art. 19(8)", false);

    private final String rule;
    private final boolean integrity;

    FindingCode(String rule, boolean integrity) {
        this.rule = rule;
        this.integrity = integrity;
    }

    /**
     * Gets the legal basis.
     *
     * @return the rule cited, not null
     */
    public String getRule() {
        return rule;
    }

    /**
     * Checks if this pattern changes a reported outcome rather than only breaking a procedure.
     *
     * @return true for an integrity finding
     */
    public boolean isIntegrity() {
        return integrity;
    }
}
