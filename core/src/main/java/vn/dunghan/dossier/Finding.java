package vn.dunghan.dossier;

import java.util.List;
import java.util.Objects;

/**
 * A pattern found in a dossier's timeline: its code, a message quoting the values, the evidence,
 * and the legal rule (from the code).
 * <p>
 * This record is immutable and thread-safe.
 *
 * @param code  the pattern, not null
 * @param message  one sentence quoting the values, not null
 * @param evidence  the values that show it, not null
 */
public record Finding(FindingCode code, String message, List<Evidence> evidence) {

    /**
     * Creates a finding, copying the evidence.
     *
     * @throws NullPointerException if a field is null
     */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        evidence = List.copyOf(evidence);
    }

    /**
     * Gets the legal rule broken.
     *
     * @return the rule, not null
     */
    public String rule() {
        return code.getRule();
    }
}
