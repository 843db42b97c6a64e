package vn.dunghan.dossier;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The patterns by which lateness is hidden or rules are broken, each with its legal basis and
 * whether it changes a reported outcome (integrity) or only breaks a procedure. Each finding's
 * meaning and basis is set out in {@code docs/findings.md}.
 * <p>
 * The basis cited follows the instruments in force on the acceptance date
 * ({@link #getRule(LocalDate)}): Decree 61/2018/NĐ-CP and Circular 01/2018/TT-VPCP before
 * 2025-07-01; Decree 118/2025/NĐ-CP from then, with Circular 03/2025/TT-VPCP from 2025-09-15 and
 * the amendments of Decree 309/2026/NĐ-CP from 2026-08-05. Where the article of Decree 118/2025
 * that carries a rule has not been verified, the citation says which article of Decree 61/2018 it
 * carries over.
 * <p>
 * This is an immutable, thread-safe enum.
 */
public enum FindingCode {
    /** Late in law, on time against the appointment. */
    CONCEALED_LATENESS("Art. 19(9)", null, "Art. 13", null, true),
    /** The appointment on the slip, or one re-issued with a supplement, is later than the legal deadline. */
    PADDED_APPOINTMENT("Arts 15(1)(b) and 17", null, null, "Civil Code 2015, Arts 147-148", true),
    /** The appointment was moved without a written apology, or with one sent too late. */
    EXTENSION_WITHOUT_TIMELY_APOLOGY("Arts 12(5) and 19(9)", null, null, null, true),
    /** The appointment was moved more often than allowed. */
    REPEATED_EXTENSION("Art. 19(9)", null, null, null, false),
    /** A supplement was requested after the request window or after the legal deadline. */
    LATE_SUPPLEMENT_REQUEST("Art. 19(4), as amended by Decree 107/2021/NĐ-CP", null, null, null, true),
    /** More supplement requests than allowed. */
    REPEATED_SUPPLEMENT_REQUEST("Arts 11(2)(c) and 15(3)", null, null, "Decision 766/QĐ-TTg", false),
    /** Too long from submission to acceptance. */
    DELAYED_ACCEPTANCE("Art. 17", "Art. 17(3)", null, null, true),
    /**
     * The competent body received a transferred dossier later than the end of the acceptance day
     * (accepted by 15:00 on a working day) or of the next working day. An integrity finding where
     * the clock starts at that receipt ({@link Finding#isIntegrity()}).
     */
    TRANSFER_DELAY("Art. 18(2)", "Art. 18(2)", null, null, true),
    /** The date in the dossier code differs from the recorded acceptance date. */
    ACCEPTANCE_DATE_MISMATCH("Art. 26", null, "Art. 19", null, true),
    /** No recorded activity for longer than the idle threshold (ngâm hồ sơ). */
    IDLE_HOLDING("Arts 12(4), 18 and 19(5)-(6)", null, "Art. 13", null, false),
    /** A processing step took longer than its allocation. */
    STEP_OVERRUN("Arts 18 and 19(5)-(6)", null, null, null, false),
    /** Completion recorded before the result was signed. */
    COMPLETION_BEFORE_SIGNATURE(null, null, null, "Decree 30/2020/NĐ-CP, Arts 15 and 18; Decision 766/QĐ-TTg"
            + " (end-time priority)", true),
    /** A return or hand-over recorded before the result was signed. */
    RETURN_BEFORE_RESULT("Art. 20", null, null, "Decree 30/2020/NĐ-CP, Arts 15 and 18", true),
    /** Return recorded before the result was handed over. */
    RETURN_RECORDED_BEFORE_HANDOVER("Art. 20", null, null, "Decision 766/QĐ-TTg (end-time priority)", true),
    /** Result returned before the appointment without advance notice. */
    EARLY_RETURN_WITHOUT_NOTICE("Art. 20(4)", null, null, null, false),
    /** Refusal issued after the legal deadline. */
    LATE_REFUSAL("Art. 19(8)", null, null, null, false),
    /**
     * A dossier accepted soon after the same applicant's dossier for the same procedure was closed
     * or returned for supplementation outside the rules: a fresh code and a fresh clock.
     */
    REFILED_TO_RESET_CLOCK("Art. 5(1)(đ)", null, null, null, true);

    /** Decree 118/2025/NĐ-CP in force. */
    private static final LocalDate DECREE_118 = LocalDate.of(2025, 7, 1);
    /** Circular 03/2025/TT-VPCP in force. */
    private static final LocalDate CIRCULAR_03 = LocalDate.of(2025, 9, 15);
    /** Decree 309/2026/NĐ-CP in force. */
    private static final LocalDate DECREE_309 = LocalDate.of(2026, 8, 5);

    /** The citation before Decree 118, under Decree 118 with Circular 01/2018 and with 03/2025, and as amended by 309. */
    private final String[] rules;
    private final boolean integrity;

    /**
     * @param decree61  the articles of Decree 61/2018, null if none
     * @param amended118  the article of Decree 118/2025 as amended by Decree 309/2026, where read; null if not
     * @param circular01  the article of Circular 01/2018/TT-VPCP, null if none
     * @param other  the other instruments, null if none
     */
    FindingCode(String decree61, String amended118, String circular01, String other, boolean integrity) {
        String carried = decree61 == null ? null : "Decree 118/2025/NĐ-CP (carries over Decree 61/2018/NĐ-CP, "
                + decree61 + ")";
        this.rules = new String[] {
            join(decree61 == null ? null : "Decree 61/2018/NĐ-CP, " + decree61,
                    circular01 == null ? null : "Circular 01/2018/TT-VPCP, " + circular01, other),
            join(carried, circular01 == null ? null : "Circular 01/2018/TT-VPCP, " + circular01, other),
            join(carried, circular03(circular01), other),
            join(amended118 != null ? "Decree 118/2025/NĐ-CP as amended by Decree 309/2026/NĐ-CP, " + amended118
                    : carried, circular03(circular01), other)};
        this.integrity = integrity;
    }

    /** The guiding circular from 2025-09-15, whose article carrying a rule has not been verified. */
    private static String circular03(String circular01) {
        return circular01 == null ? null : "Circular 03/2025/TT-VPCP (carries over Circular 01/2018/TT-VPCP, "
                + circular01 + ")";
    }

    private static String join(String decree, String circular, String other) {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {decree, circular, other}) {
            if (part != null) {
                text.append(text.length() > 0 ? "; " : "").append(part);
            }
        }
        return text.toString();
    }

    /**
     * Gets the legal basis under Decree 61/2018/NĐ-CP, for dossiers accepted before 2025-07-01.
     *
     * @return the rule cited, not null
     */
    public String getRule() {
        return rules[0];
    }

    /**
     * Gets the legal basis in force on an acceptance date.
     *
     * @param acceptedOn  the acceptance date, not null
     * @return the rule cited, not null
     */
    public String getRule(LocalDate acceptedOn) {
        Objects.requireNonNull(acceptedOn, "acceptedOn");
        return rules[acceptedOn.isBefore(DECREE_118) ? 0 : acceptedOn.isBefore(CIRCULAR_03) ? 1
                : acceptedOn.isBefore(DECREE_309) ? 2 : 3];
    }

    /**
     * Gets the title of this finding, for a report: in Vietnamese for a locale of language
     * {@code vi}, else in English.
     *
     * @param language  the language, not null
     * @return the title, such as {@code Padded appointment} or {@code Hẹn trả kéo dài}, not null
     */
    public String getTitle(java.util.Locale language) {
        return FindingWords.get(this, vietnamese(language) ? 2 : 0);
    }

    /**
     * Gets a one-sentence explanation of this finding, for a report: in Vietnamese for a locale of
     * language {@code vi}, else in English.
     *
     * @param language  the language, not null
     * @return the explanation, not null
     */
    public String getExplanation(java.util.Locale language) {
        return FindingWords.get(this, vietnamese(language) ? 3 : 1);
    }

    private static boolean vietnamese(java.util.Locale language) {
        return Objects.requireNonNull(language, "language").getLanguage().equals("vi");
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
