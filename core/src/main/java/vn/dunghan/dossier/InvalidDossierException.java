package vn.dunghan.dossier;

import java.util.Objects;

/**
 * Thrown when a dossier cannot be evaluated: a required field is missing, the timeline is
 * impossible, the procedure is unknown or a date lies outside the calendar. It names the dossier,
 * the JSON Pointer of the offending field (as in the dossier's JSON form, such as
 * {@code /events/2/at}) and the rule.
 * <p>
 * This exception is immutable and thread-safe.
 */
public final class InvalidDossierException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String dossierId;
    private final String path;
    private final String rule;

    /**
     * Creates an exception.
     *
     * @param dossierId  the dossier's code, null if unknown
     * @param path  the JSON Pointer of the offending field, not null
     * @param rule  the rule broken, one sentence quoting the value, not null
     */
    public InvalidDossierException(String dossierId, String path, String rule) {
        super("Dossier " + (dossierId == null ? "(no id)" : dossierId) + " at "
                + Objects.requireNonNull(path, "path") + ": " + Objects.requireNonNull(rule, "rule"));
        this.dossierId = dossierId;
        this.path = path;
        this.rule = rule;
    }

    /**
     * Gets the dossier's code.
     *
     * @return the code, null if unknown
     */
    public String getDossierId() {
        return dossierId;
    }

    /**
     * Gets the JSON Pointer of the offending field.
     *
     * @return the pointer, not null
     */
    public String getPath() {
        return path;
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
