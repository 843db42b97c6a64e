package vn.dunghan.dossier;

import java.time.LocalTime;
import java.util.Objects;

import vn.dunghan.deadline.TimeLimit;

/**
 * A procedure as a policy document declares it: code, name, legal time limit, optional cut-off
 * hour and optional parameter overrides.
 * <p>
 * This record is immutable and thread-safe.
 *
 * @param code  the procedure code, such as {@code 1.004227}, not null
 * @param name  the name, null if not given
 * @param limit  the legal time limit, not null
 * @param cutoff  the cut-off hour, null if none
 * @param overrides  the parameters this procedure sets, not null
 */
public record ProcedureSpec(String code, String name, TimeLimit limit, LocalTime cutoff, PolicyParameters overrides) {

    /**
     * Creates a specification.
     *
     * @throws NullPointerException if a required field is null
     */
    public ProcedureSpec {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(overrides, "overrides");
    }

    /**
     * Obtains a specification without cut-off or overrides.
     *
     * @param code  the code, not null
     * @param name  the name, null if none
     * @param limit  the time limit, not null
     * @return the specification, not null
     */
    public static ProcedureSpec of(String code, String name, TimeLimit limit) {
        return new ProcedureSpec(code, name, limit, null, PolicyParameters.NONE);
    }
}
