package vn.dunghan.dossier;

import java.util.Objects;

/**
 * Thrown by a factory of the dossier and policy model when a value breaks a rule. It names the
 * field by its path within the object being built ({@code allocatedWorkingDays},
 * {@code procedures/3/code}) and the rule, so that a reader attaches where the object stands in its
 * document and reports the rule once, as the model states it: readers do not repeat the model's checks.
 * <p>
 * This exception is immutable and thread-safe.
 */
public final class InvalidFieldException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String rule;

    /**
     * Creates an exception.
     *
     * @param field  the path of the field within the object, segments separated by {@code /}, not null
     * @param rule  the rule broken, one sentence quoting the value, not null
     */
    public InvalidFieldException(String field, String rule) {
        super(Objects.requireNonNull(rule, "rule"));
        this.field = Objects.requireNonNull(field, "field");
        this.rule = rule;
    }

    /**
     * Gets the path of the field within the object being built.
     *
     * @return the path, such as {@code procedures/3/code}, not null
     */
    public String getField() {
        return field;
    }

    /**
     * Gets the rule broken.
     *
     * @return the rule, not null
     */
    public String getRule() {
        return rule;
    }
}
