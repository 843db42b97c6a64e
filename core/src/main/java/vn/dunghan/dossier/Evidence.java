package vn.dunghan.dossier;

import java.util.Objects;

/**
 * One piece of evidence of a finding: a named value from the timeline or the rules, such as
 * {@code legalDueDate = 2026-03-12}.
 * <p>
 * This record is immutable and thread-safe.
 *
 * @param name  what the value is, not null
 * @param value  the value as text, not null
 */
public record Evidence(String name, String value) {

    /**
     * Creates evidence.
     *
     * @throws NullPointerException if a field is null
     */
    public Evidence {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /**
     * Obtains evidence from any value.
     *
     * @param name  what the value is, not null
     * @param value  the value, not null
     * @return the evidence, not null
     */
    public static Evidence of(String name, Object value) {
        return new Evidence(name, String.valueOf(Objects.requireNonNull(value, "value")));
    }
}
