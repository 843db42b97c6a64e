package vn.dunghan.dossier;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A pattern found in a dossier's timeline: its code, a message quoting the values, the evidence,
 * and the legal rule (from the code).
 * <p>
 * The evaluator builds the message and the evidence only when they are asked for: a bulk run that
 * counts findings by code never formats their text. Two findings are equal when their codes,
 * messages and evidence are.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Finding {

    private final FindingCode code;
    private final Supplier<String> message;
    private final Supplier<List<Evidence>> evidence;

    private Finding(FindingCode code, Supplier<String> message, Supplier<List<Evidence>> evidence) {
        this.code = code;
        this.message = message;
        this.evidence = evidence;
    }

    /**
     * Creates a finding, copying the evidence.
     *
     * @param code  the pattern, not null
     * @param message  one sentence quoting the values, not null
     * @param evidence  the values that show it, not null
     * @throws NullPointerException if a field is null
     */
    public Finding(FindingCode code, String message, List<Evidence> evidence) {
        this(Objects.requireNonNull(code, "code"), constant(Objects.requireNonNull(message, "message")),
                constant(List.copyOf(evidence)));
    }

    private static <T> Supplier<T> constant(T value) {
        return () -> value;
    }

    /**
     * Creates a finding whose message and evidence are built when first asked for, each time.
     *
     * @param code  the pattern, not null
     * @param message  builds one sentence quoting the values; pure, never null
     * @param evidence  builds the values that show it; pure, never null
     * @return the finding, not null
     */
    static Finding lazy(FindingCode code, Supplier<String> message, Supplier<List<Evidence>> evidence) {
        return new Finding(code, message, evidence);
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
        return code.getRule();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Finding other && code == other.code && message().equals(other.message())
                && evidence().equals(other.evidence());
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, message(), evidence());
    }

    @Override
    public String toString() {
        return "Finding[code=" + code + ", message=" + message() + ", evidence=" + evidence() + "]";
    }
}
