package vn.dunghan.bulk;

import java.util.Objects;

import vn.dunghan.dossier.Evaluation;
import vn.dunghan.dossier.LoneSurrogates;

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
        return new BulkResult(number, writable(id), null, LoneSurrogates.escape(Objects.requireNonNull(path, "path")),
                LoneSurrogates.escape(Objects.requireNonNull(message, "message")));
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

    /** The code, or null when it holds a lone surrogate, which no UTF-8 output can hold. */
    private static String writable(String id) {
        return id == null || LoneSurrogates.find(id, 0) >= 0 ? null : id;
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
