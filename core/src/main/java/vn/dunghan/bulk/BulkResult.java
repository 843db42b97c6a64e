package vn.dunghan.bulk;

import java.util.Objects;

import vn.dunghan.dossier.Evaluation;

/**
 * What a bulk run made of one input record: its evaluation, or the error that kept it from being
 * evaluated, naming the record, where the input holds the bad value and the rule.
 *
 * @param number  the 1-based record number
 * @param id  the dossier's code when it could be read, else null; for an error, null also when the
 *     code cannot be written as UTF-8
 * @param evaluation  the evaluation, null for an error
 * @param path  for an error, where the input holds the bad value as the format names it, empty for
 *     the whole record; else null
 * @param message  for an error, the rule broken; else null
 */
public record BulkResult(long number, String id, Evaluation evaluation, String path, String message) {

    /**
     * Obtains the result of a record that was evaluated.
     *
     * @param number  the record number
     * @param evaluation  the evaluation, not null
     * @return the result, not null
     */
    public static BulkResult of(long number, Evaluation evaluation) {
        return new BulkResult(number, evaluation.getDossier().id(), evaluation, null, null);
    }

    /**
     * Obtains the result of a record that could not be evaluated.
     *
     * @param number  the record number
     * @param id  the dossier's code if known, else null
     * @param path  where the input holds the bad value, not null
     * @param message  the rule broken, not null
     * @return the result, not null
     */
    public static BulkResult error(long number, String id, String path, String message) {
        return new BulkResult(number, writable(id), null, escaped(Objects.requireNonNull(path, "path")),
                escaped(Objects.requireNonNull(message, "message")));
    }

    /**
     * Checks the invariants: a result has an evaluation and no error, an error has a path and a
     * message and no evaluation.
     *
     * @throws IllegalArgumentException if the values mix a result and an error
     */
    public BulkResult {
        if (evaluation == null ? path == null || message == null : path != null || message != null) {
            throw new IllegalArgumentException("A bulk result has either an evaluation or a path and a message");
        }
    }

    /** A text with every lone surrogate written as {@code \\uXXXX}, so that it can be written as UTF-8. */
    private static String escaped(String text) {
        if (writable(text) != null) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The code, or null when it holds a lone surrogate, which no UTF-8 output can hold. */
    private static String writable(String id) {
        if (id == null) {
            return null;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < id.length() && Character.isLowSurrogate(id.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return null;
            }
        }
        return id;
    }

    /**
     * Checks if this result is an error.
     *
     * @return true for an error
     */
    public boolean isError() {
        return evaluation == null;
    }
}
