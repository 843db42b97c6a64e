package vn.dunghan.json;

import java.util.Objects;

/**
 * Thrown when a JSON document is malformed or breaks a rule of its format, naming the JSON
 * Pointer (RFC 6901) of the offending value, such as {@code /daysOff/3/date}.
 * <p>
 * The message has the form {@code At /daysOff/3/date: '2026-02-30' is not a valid date}; the
 * pointer of the whole document is the empty string, shown as {@code /}.
 * <p>
 * This exception is immutable and thread-safe.
 */
public final class InvalidDocumentException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The JSON Pointer of the offending value. */
    private final String path;
    /** The rule that the value breaks, as a sentence. */
    private final String rule;

    /**
     * Creates an exception.
     *
     * @param path  the JSON Pointer of the offending value, empty for the whole document, not null
     * @param rule  the rule broken, as a sentence quoting the value, not null
     */
    public InvalidDocumentException(String path, String rule) {
        this(path, rule, null);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param path  the JSON Pointer of the offending value, empty for the whole document, not null
     * @param rule  the rule broken, as a sentence quoting the value, not null
     * @param cause  the cause, null if none
     */
    public InvalidDocumentException(String path, String rule, Throwable cause) {
        super("At " + (Objects.requireNonNull(path, "path").isEmpty() ? "/" : path) + ": "
                + Objects.requireNonNull(rule, "rule"), cause);
        this.path = path;
        this.rule = rule;
    }

    /**
     * Gets the JSON Pointer of the offending value.
     *
     * @return the pointer, empty for the whole document, not null
     */
    public String getPath() {
        return path;
    }

    /**
     * Gets the rule broken, without the path.
     *
     * @return the rule, not null
     */
    public String getRule() {
        return rule;
    }
}
