package vn.dunghan.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The legal rules in force from a date: a dossier is judged by the rule set in force on its
 * acceptance date, whatever changes later.
 * <p>
 * The built-in rule sets ({@link #BUILT_IN}):
 * <ul>
 * <li>from 2018-06-21: Decree 61/2018/NĐ-CP as amended by Decree 107/2021/NĐ-CP;</li>
 * <li>from 2025-07-01: Decree 118/2025/NĐ-CP. Its processing article was not read (see
 * docs/one-stop.md §5): the Decree 61/2018 parameters are kept as configurable
 * defaults;</li>
 * <li>from 2026-08-05: Decree 118/2025 as amended by Decree 309/2026/NĐ-CP, whose Art. 17(3) starts
 * the clock of a dossier accepted outside the competent body's area at that body's receipt.</li>
 * </ul>
 * This record is immutable and thread-safe.
 *
 * @param name  the instrument, such as {@code Decree 118/2025/NĐ-CP}, not null
 * @param from  the first acceptance date it governs, not null
 * @param parameters  what it sets, not null
 */
public record RuleSet(String name, LocalDate from, PolicyParameters parameters) {

    /** The built-in rule sets, in date order. */
    public static final List<RuleSet> BUILT_IN = List.of(
            new RuleSet("Decree 61/2018/NĐ-CP as amended by Decree 107/2021/NĐ-CP", LocalDate.of(2018, 6, 21),
                    PolicyParameters.NONE),
            new RuleSet("Decree 118/2025/NĐ-CP (Decree 61/2018 parameters kept as defaults)", LocalDate.of(2025, 7, 1),
                    PolicyParameters.NONE),
            new RuleSet("Decree 118/2025/NĐ-CP as amended by Decree 309/2026/NĐ-CP", LocalDate.of(2026, 8, 5),
                    new PolicyParameters(null, null, null, null, null, null, null, null, true)));

    /**
     * Creates a rule set.
     *
     * @throws NullPointerException if a field is null
     */
    public RuleSet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(parameters, "parameters");
    }
}
