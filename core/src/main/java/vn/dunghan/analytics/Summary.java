package vn.dunghan.analytics;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.TreeMap;

import vn.dunghan.dossier.Evaluation;

/**
 * A summary of evaluations: the {@link Tally} of all of them and of each agency, procedure and
 * acceptance month, with the dossiers of largest hidden lateness (late in law, on time against the
 * appointment).
 * <p>
 * Summaries merge associatively and commutatively: summarising parts of a data set on several
 * threads or machines and merging the parts gives the summary of the whole, top list included
 * (ties in lateness are broken by dossier code).
 * <p>
 * This class is immutable, thread-safe and serializable, so that summaries built on the nodes of a
 * cluster (such as Apache Spark executors) can be sent to one place and merged; {@link Builder} is not.
 */
public final class Summary implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The default number of dossiers kept in the list of largest hidden lateness. */
    public static final int DEFAULT_TOP = 20;

    private final Tally overall;
    private final NavigableMap<String, Tally> byAgency;
    private final NavigableMap<String, Tally> byProcedure;
    private final NavigableMap<YearMonth, Tally> byMonth;
    private final List<HiddenLateness> topHidden;
    private final int top;

    private Summary(Tally overall, Map<String, Tally> byAgency, Map<String, Tally> byProcedure,
            Map<YearMonth, Tally> byMonth, List<HiddenLateness> topHidden, int top) {
        this.overall = overall;
        this.byAgency = Collections.unmodifiableNavigableMap(new TreeMap<>(byAgency));
        this.byProcedure = Collections.unmodifiableNavigableMap(new TreeMap<>(byProcedure));
        this.byMonth = Collections.unmodifiableNavigableMap(new TreeMap<>(byMonth));
        this.topHidden = List.copyOf(topHidden);
        this.top = top;
    }

    /**
     * Creates a builder that keeps the 20 dossiers of largest hidden lateness.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder(DEFAULT_TOP);
    }

    /**
     * Creates a builder that keeps a number of dossiers of largest hidden lateness.
     *
     * @param top  how many to keep, not negative
     * @return the builder, not null
     */
    public static Builder builder(int top) {
        if (top < 0) {
            throw new IllegalArgumentException("Top " + top + " must not be negative");
        }
        return new Builder(top);
    }

    /**
     * Merges another summary into this one.
     *
     * @param other  the other summary, kept with the same top size, not null
     * @return the merged summary, not null
     * @throws IllegalArgumentException if the two keep top lists of different sizes
     */
    public Summary merge(Summary other) {
        Objects.requireNonNull(other, "other");
        if (other.top != top) {
            throw new IllegalArgumentException("Summaries keeping " + top + " and " + other.top
                    + " top dossiers cannot be merged");
        }
        List<HiddenLateness> merged = new ArrayList<>(topHidden);
        merged.addAll(other.topHidden);
        merged.sort(HiddenLateness.ORDER);
        return new Summary(overall.merge(other.overall), mergeMaps(byAgency, other.byAgency),
                mergeMaps(byProcedure, other.byProcedure), mergeMaps(byMonth, other.byMonth),
                merged.subList(0, Math.min(top, merged.size())), top);
    }

    private static <K> Map<K, Tally> mergeMaps(Map<K, Tally> a, Map<K, Tally> b) {
        Map<K, Tally> merged = new HashMap<>(a);
        b.forEach((key, tally) -> merged.merge(key, tally, Tally::merge));
        return merged;
    }

    /**
     * Gets the tally of all evaluations.
     *
     * @return the tally, not null
     */
    public Tally getOverall() {
        return overall;
    }

    /**
     * Gets the tallies by agency.
     *
     * @return the unmodifiable map, sorted by agency, not null
     */
    public NavigableMap<String, Tally> getByAgency() {
        return byAgency;
    }

    /**
     * Gets the agencies with the most dossiers, for a page or a console that cannot show them all.
     *
     * @param max  the most agencies to keep, at least 1
     * @return the agencies with their tallies, in name order, unmodifiable, not null
     */
    public Map<String, Tally> getLargestAgencies(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("The number of agencies " + max + " must be at least 1");
        }
        Map<String, Tally> agencies = getByAgency();
        if (agencies.size() <= max) {
            return agencies;
        }
        java.util.TreeMap<String, Tally> largest = new java.util.TreeMap<>();
        agencies.entrySet().stream()
                .sorted(Map.Entry.<String, Tally>comparingByValue(java.util.Comparator.comparingLong(Tally::getTotal))
                        .reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(max).forEach(entry -> largest.put(entry.getKey(), entry.getValue()));
        return java.util.Collections.unmodifiableMap(largest);
    }

    /**
     * Gets the tallies by procedure code.
     *
     * @return the unmodifiable map, sorted by code, not null
     */
    public NavigableMap<String, Tally> getByProcedure() {
        return byProcedure;
    }

    /**
     * Gets the tallies by month of acceptance.
     *
     * @return the unmodifiable map, in month order, not null
     */
    public NavigableMap<YearMonth, Tally> getByMonth() {
        return byMonth;
    }

    /**
     * Gets the dossiers of largest hidden lateness, largest first.
     *
     * @return the list, at most the top size, not null
     */
    public List<HiddenLateness> getTopHiddenLateness() {
        return topHidden;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Summary other && top == other.top && overall.equals(other.overall)
                && byAgency.equals(other.byAgency) && byProcedure.equals(other.byProcedure)
                && byMonth.equals(other.byMonth) && topHidden.equals(other.topHidden);
    }

    @Override
    public int hashCode() {
        return Objects.hash(overall, byAgency, byProcedure, byMonth, topHidden, top);
    }

    /**
     * Outputs the overall figures.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "Summary[" + overall + ", " + byAgency.size() + " agencies, " + byProcedure.size() + " procedures]";
    }

    /**
     * Accumulates evaluations into a summary, one at a time, in constant memory apart from one
     * counter set per agency, procedure and month. It is not thread-safe: give each thread its own
     * builder and merge the summaries.
     */
    public static final class Builder {
        private final int top;
        private final MutableTally overall = new MutableTally();
        private final Map<String, MutableTally> byAgency = new HashMap<>();
        private final Map<String, MutableTally> byProcedure = new HashMap<>();
        // keyed by proleptic month: YearMonth's hash code keeps the year in the low bits, so the
        // months of one year share a hash bucket; consecutive numbers spread evenly
        private final Map<Long, MutableTally> byMonth = new HashMap<>();
        // exports are usually in acceptance order: the last month's counters are kept at hand
        private long lastMonth = Long.MIN_VALUE;
        private MutableTally lastMonthTally;
        private final PriorityQueue<HiddenLateness> hidden;

        private Builder(int top) {
            this.top = top;
            this.hidden = new PriorityQueue<>(Math.max(1, top + 1), HiddenLateness.ORDER.reversed());
        }

        /**
         * Adds an evaluation.
         *
         * @param evaluation  the evaluation, not null
         * @return this builder, not null
         */
        public Builder add(Evaluation evaluation) {
            Objects.requireNonNull(evaluation, "evaluation");
            overall.add(evaluation);
            byAgency.computeIfAbsent(evaluation.getDossier().agency(), k -> new MutableTally()).add(evaluation);
            byProcedure.computeIfAbsent(evaluation.getDossier().procedure(), k -> new MutableTally()).add(evaluation);
            LocalDateTime accepted = evaluation.getDossier().acceptedAt();
            long month = accepted.getYear() * 12L + accepted.getMonthValue() - 1;
            if (month != lastMonth) {
                lastMonthTally = byMonth.computeIfAbsent(month, k -> new MutableTally());
                lastMonth = month;
            }
            lastMonthTally.add(evaluation);
            if (top > 0 && evaluation.isLegalBreach() && !evaluation.isStatedBreach()
                    && (hidden.size() < top || !ranksAfter(evaluation, hidden.peek()))) {
                hidden.add(HiddenLateness.of(evaluation));
                if (hidden.size() > top) {
                    hidden.poll();
                }
            }
            return this;
        }

        /**
         * Checks if an evaluation comes strictly after a kept entry in {@link HiddenLateness#ORDER}:
         * then it would be the one dropped, so it is not built at all.
         */
        private static boolean ranksAfter(Evaluation evaluation, HiddenLateness kept) {
            return HiddenLateness.compare(evaluation.getLateWorkingDays(), evaluation.getDossier().id(),
                    kept.lateWorkingDays(), kept.id()) > 0;
        }

        /**
         * Builds the summary of what was added.
         *
         * @return the summary, not null
         */
        public Summary build() {
            List<HiddenLateness> list = new ArrayList<>(hidden);
            list.sort(HiddenLateness.ORDER);
            Map<YearMonth, Tally> months = new HashMap<>();
            byMonth.forEach((month, tally) -> months.put(YearMonth.of((int) Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1),
                    tally.toTally()));
            return new Summary(overall.toTally(), snapshot(byAgency), snapshot(byProcedure), months, list, top);
        }

        private static <K> Map<K, Tally> snapshot(Map<K, MutableTally> map) {
            Map<K, Tally> copy = new HashMap<>();
            map.forEach((key, tally) -> copy.put(key, tally.toTally()));
            return copy;
        }
    }
}
