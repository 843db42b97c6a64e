package vn.dunghan.dossier;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A pattern found in a dossier's timeline: its code, a message quoting the values, the evidence,
 * and the legal rule in force on the dossier's acceptance date.
 * <p>
 * The evaluator builds the message and the evidence only when they are asked for: a bulk run that
 * counts findings by code never formats their text. Two findings are equal when their codes,
 * messages and evidence are.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Finding {

    private final FindingCode code;
    private final String rule;
    private final boolean integrity;
    private final Supplier<String> message;
    private final Supplier<List<Evidence>> evidence;

    private Finding(FindingCode code, String rule, boolean integrity, Supplier<String> message,
            Supplier<List<Evidence>> evidence) {
        this.code = code;
        this.rule = rule;
        this.integrity = integrity;
        this.message = message;
        this.evidence = evidence;
    }

    /**
     * Creates a finding under the code's rule before Decree 118/2025 ({@link FindingCode#getRule()}),
     * copying the evidence.
     *
     * @param code  the pattern, not null
     * @param message  one sentence quoting the values, not null
     * @param evidence  the values that show it, not null
     * @throws NullPointerException if a field is null
     */
    public Finding(FindingCode code, String message, List<Evidence> evidence) {
        this(Objects.requireNonNull(code, "code"), code.getRule(), code.isIntegrity(),
                constant(Objects.requireNonNull(message, "message")), constant(List.copyOf(evidence)));
    }

    private static <T> Supplier<T> constant(T value) {
        return () -> value;
    }

    /**
     * Creates a finding whose message and evidence are built when first asked for, each time, citing
     * the rule in force on the dossier's acceptance date.
     *
     * @param code  the pattern, not null
     * @param dossier  the dossier, not null
     * @param message  builds one sentence quoting the values; pure, never null
     * @param evidence  builds the values that show it; pure, never null
     * @return the finding, not null
     */
    static Finding lazy(FindingCode code, Dossier dossier, Supplier<String> message,
            Supplier<List<Evidence>> evidence) {
        return new Finding(code, code.getRule(dossier.acceptedAt().toLocalDate()), code.isIntegrity(), message,
                evidence);
    }

    /**
     * Returns a copy of this finding marked as an integrity finding or not.
     *
     * @param integrity  true if it changes a reported outcome
     * @return the finding, not null
     */
    Finding withIntegrity(boolean integrity) {
        return new Finding(code, rule, integrity, message, evidence);
    }

    /**
     * Gets the pattern.
     *
     * @return the code, not null
     */
    public FindingCode code() {
        return code;
    }

    /**
     * Gets the message: one sentence quoting the values.
     *
     * @return the message, not null
     */
    public String message() {
        return message.get();
    }

    /**
     * Gets the evidence: the values that show the pattern.
     *
     * @return the evidence, unmodifiable, not null
     */
    public List<Evidence> evidence() {
        return List.copyOf(evidence.get());
    }

    /**
     * Gets the legal rule broken.
     *
     * @return the rule, not null
     */
    public String rule() {
        return rule;
    }

    /**
     * Checks if this finding changes a reported outcome rather than only breaking a procedure: its
     * code's kind, except where the rule in force decides (a transfer delay is one where the clock
     * starts at the competent body's receipt).
     *
     * @return true for an integrity finding
     */
    public boolean isIntegrity() {
        return integrity;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Finding other && code == other.code && rule.equals(other.rule)
                && integrity == other.integrity && message().equals(other.message())
                && evidence().equals(other.evidence());
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, rule, integrity, message(), evidence());
    }

    @Override
    public String toString() {
        return "Finding[code=" + code + ", message=" + message() + ", evidence=" + evidence() + "]";
    }
}
