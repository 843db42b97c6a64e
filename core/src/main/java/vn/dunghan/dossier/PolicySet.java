package vn.dunghan.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The procedures known to an evaluation and the effective-dated rule sets that judge them.
 * <p>
 * A procedure's policy on a date combines, in this order of precedence: the procedure's overrides;
 * the parameters of the rule set in force on that date (the latest whose {@code from} is not after
 * it); the policy's defaults; {@link PolicyParameters#BUILT_IN}. Policies are resolved once, when
 * the set is built, so {@link #policyFor} is a map look-up and a few date comparisons.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PolicySet {

    private final Map<String, ProcedurePolicy[]> policies;
    private final Map<String, ProcedureSpec> procedures;
    private final List<RuleSet> ruleSets;
    private final LocalDate[] starts;
    private final PolicyParameters defaults;

    private PolicySet(Collection<ProcedureSpec> procedures, PolicyParameters defaults, List<RuleSet> ruleSets) {
        Objects.requireNonNull(procedures, "procedures");
        Objects.requireNonNull(ruleSets, "ruleSets");
        this.defaults = Objects.requireNonNull(defaults, "defaults");
        if (ruleSets.isEmpty()) {
            throw new InvalidFieldException("ruleSets", "A policy set needs at least one rule set");
        }
        Map<LocalDate, Integer> startIndex = new HashMap<>();
        for (int i = 0; i < ruleSets.size(); i++) {
            Integer previous = startIndex.putIfAbsent(ruleSets.get(i).from(), i);
            if (previous != null) {
                throw new InvalidFieldException("ruleSets/" + i + "/from", "Rule set " + ruleSets.get(i).name()
                        + " starts on " + ruleSets.get(i).from() + ", as does rule set " + ruleSets.get(previous).name()
                        + " at ruleSets/" + previous);
            }
        }
        List<RuleSet> sorted = new ArrayList<>(ruleSets);
        sorted.sort(Comparator.comparing(RuleSet::from));
        this.ruleSets = List.copyOf(sorted);
        this.starts = sorted.stream().map(RuleSet::from).toArray(LocalDate[]::new);
        this.procedures = new HashMap<>();
        this.policies = new HashMap<>();
        PolicyParameters base = defaults.orElse(PolicyParameters.BUILT_IN);
        Map<String, Integer> codeIndex = new HashMap<>();
        int index = 0;
        for (ProcedureSpec spec : procedures) {
            Integer previous = codeIndex.putIfAbsent(spec.code(), index);
            if (previous != null) {
                throw new InvalidFieldException("procedures/" + index + "/code", "Procedure " + spec.code()
                        + " is already declared at procedures/" + previous);
            }
            index++;
            this.procedures.put(spec.code(), spec);
            ProcedurePolicy[] resolved = new ProcedurePolicy[sorted.size()];
            for (int i = 0; i < resolved.length; i++) {
                RuleSet ruleSet = sorted.get(i);
                resolved[i] = new ProcedurePolicy(spec.code(), spec.name(), spec.limit(), spec.cutoff(), ruleSet,
                        spec.overrides().orElse(ruleSet.parameters().orElse(base)));
            }
            policies.put(spec.code(), resolved);
        }
    }

    /**
     * Obtains a policy set with the built-in rule sets and defaults.
     *
     * @param procedures  the procedures, codes unique, not null
     * @return the set, not null
     * @throws InvalidFieldException if a code is declared twice ({@code procedures/3/code})
     */
    public static PolicySet of(Collection<ProcedureSpec> procedures) {
        return new PolicySet(procedures, PolicyParameters.NONE, RuleSet.BUILT_IN);
    }

    /**
     * Obtains a policy set with its own defaults and rule sets.
     *
     * @param procedures  the procedures, codes unique, not null
     * @param defaults  the defaults, below the rule sets, not null
     * @param ruleSets  the rule sets, at least one, start dates distinct, not null
     * @return the set, not null
     * @throws InvalidFieldException if a code is declared twice, or the rule sets are empty or share a start, naming
     *     the field by its index in the collection's iteration order ({@code procedures/3/code}, {@code ruleSets/1/from})
     */
    public static PolicySet of(Collection<ProcedureSpec> procedures, PolicyParameters defaults, List<RuleSet> ruleSets) {
        return new PolicySet(procedures, defaults, ruleSets);
    }

    /**
     * Finds the policy of a procedure for a dossier accepted on a date.
     *
     * @param procedure  the procedure code, not null
     * @param acceptanceDate  the acceptance date, not null
     * @return the policy, empty if the procedure is unknown or no rule set was in force on that date
     */
    public Optional<ProcedurePolicy> policyFor(String procedure, LocalDate acceptanceDate) {
        return Optional.ofNullable(find(Objects.requireNonNull(procedure, "procedure"),
                Objects.requireNonNull(acceptanceDate, "acceptanceDate")));
    }

    /** The policy of {@link #policyFor}, or null when there is none, for the evaluator, which tests for null. */
    ProcedurePolicy find(String procedure, LocalDate acceptanceDate) {
        ProcedurePolicy[] resolved = policies.get(procedure);
        if (resolved != null) {
            for (int i = starts.length - 1; i >= 0; i--) {
                if (!acceptanceDate.isBefore(starts[i])) {
                    return resolved[i];
                }
            }
        }
        return null;
    }

    /**
     * Gets the procedures.
     *
     * @return the procedures, by code, unmodifiable, not null
     */
    public Map<String, ProcedureSpec> getProcedures() {
        return Map.copyOf(procedures);
    }

    /**
     * Gets the rule sets, in date order.
     *
     * @return the rule sets, not null
     */
    public List<RuleSet> getRuleSets() {
        return ruleSets;
    }

    /**
     * Gets the defaults below the rule sets.
     *
     * @return the defaults, not null
     */
    public PolicyParameters getDefaults() {
        return defaults;
    }
}
