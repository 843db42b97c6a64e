package vn.dunghan.analytics;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import vn.dunghan.dossier.Discrepancy;
import vn.dunghan.dossier.Evaluation;
import vn.dunghan.dossier.FindingCode;
import vn.dunghan.dossier.Outcome;

/**
 * The counts of one group of evaluations (an agency, a procedure, a month, or all).
 * <p>
 * Rates: the <em>legal</em> on-time rate is the share of finished dossiers without a legal breach;
 * the <em>stated</em> on-time rate the share of finished dossiers without a breach of the last
 * appointment; the <em>Decision 766</em> rate the share of all evaluated dossiers that the national
 * metric counts on time (open ones included, as the metric does). The gap between the stated or 766
 * rate and the legal rate is lateness that the recorded appointment hides.
 * <p>
 * This class is immutable, thread-safe and serializable; {@link #merge} adds two tallies.
 */
public final class Tally implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The upper bounds of the lateness buckets in working days: 0, 1, 2, 3-5, 6-10, 11-20, more. */
    static final int[] LATENESS_BOUNDS = {0, 1, 2, 5, 10, 20, Integer.MAX_VALUE};
    /** The labels of the lateness buckets. */
    public static final List<String> LATENESS_LABELS = List.of("0", "1", "2", "3-5", "6-10", "11-20", "21+");
    private static final Tally EMPTY = new Tally(0, new long[Outcome.values().length], 0, 0, 0, 0,
            new long[LATENESS_BOUNDS.length], new long[FindingCode.values().length],
            new long[Discrepancy.values().length], new long[4], 0);

    private final long total;
    private final long[] outcomes;
    private final long legalOnTime;
    private final long statedOnTime;
    private final long systemOnTime;
    private final long metricOnTime;
    private final long[] lateness;
    private final long[] findings;
    private final long[] discrepancies;
    private final long[] crossings;
    private final long hidden;

    Tally(long total, long[] outcomes, long legalOnTime, long statedOnTime, long systemOnTime, long metricOnTime,
            long[] lateness, long[] findings, long[] discrepancies, long[] crossings, long hidden) {
        this.total = total;
        this.outcomes = outcomes;
        this.legalOnTime = legalOnTime;
        this.statedOnTime = statedOnTime;
        this.systemOnTime = systemOnTime;
        this.metricOnTime = metricOnTime;
        this.discrepancies = discrepancies;
        this.crossings = crossings;
        this.lateness = lateness;
        this.findings = findings;
        this.hidden = hidden;
    }

    /**
     * Gets the empty tally.
     *
     * @return the tally of no evaluation, not null
     */
    public static Tally empty() {
        return EMPTY;
    }

    /**
     * Obtains the tally of one evaluation.
     *
     * @param evaluation  the evaluation, not null
     * @return the tally, not null
     */
    public static Tally of(Evaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        MutableTally tally = new MutableTally();
        tally.add(evaluation);
        return tally.toTally();
    }

    static int bucket(int lateWorkingDays) {
        int i = 0;
        while (lateWorkingDays > LATENESS_BOUNDS[i]) {
            i++;
        }
        return i;
    }

    /**
     * Adds another tally to this one.
     *
     * @param other  the other tally, not null
     * @return the sum, not null
     */
    public Tally merge(Tally other) {
        Objects.requireNonNull(other, "other");
        return new Tally(total + other.total, add(outcomes, other.outcomes), legalOnTime + other.legalOnTime,
                statedOnTime + other.statedOnTime, systemOnTime + other.systemOnTime, metricOnTime + other.metricOnTime,
                add(lateness, other.lateness), add(findings, other.findings), add(discrepancies, other.discrepancies),
                add(crossings, other.crossings), hidden + other.hidden);
    }

    private static long[] add(long[] a, long[] b) {
        long[] sum = a.clone();
        for (int i = 0; i < b.length; i++) {
            sum[i] += b[i];
        }
        return sum;
    }

    /**
     * Gets the number of evaluations.
     *
     * @return the count
     */
    public long getTotal() {
        return total;
    }

    /**
     * Gets the number of evaluations with an outcome.
     *
     * @param outcome  the outcome, not null
     * @return the count
     */
    public long getCount(Outcome outcome) {
        return outcomes[outcome.ordinal()];
    }

    /**
     * Gets the number of finished dossiers (EARLY, ON_TIME, LATE).
     *
     * @return the count
     */
    public long getFinished() {
        return getCount(Outcome.EARLY) + getCount(Outcome.ON_TIME) + getCount(Outcome.LATE);
    }

    /**
     * Gets the share of finished dossiers without a legal breach.
     *
     * @return the rate from 0 to 1, NaN when none finished
     */
    public double getLegalOnTimeRate() {
        return ratio(legalOnTime, getFinished());
    }

    /**
     * Gets the share of finished dossiers without a breach of the last appointment.
     *
     * @return the rate from 0 to 1, NaN when none finished
     */
    public double getStatedOnTimeRate() {
        return ratio(statedOnTime, getFinished());
    }

    /**
     * Gets the share of all dossiers that Decision 766 counts on time.
     *
     * @return the rate from 0 to 1, NaN when there are none
     */
    /**
     * Gets the share of finished dossiers the one-stop system counts on time: the recorded finish
     * date not after the appointment date ({@link vn.dunghan.dossier.Evaluation#isSystemOnTime()}).
     *
     * @return the rate from 0 to 1, NaN when none finished
     */
    public double getSystemOnTimeRate() {
        return ratio(systemOnTime, getFinished());
    }

    /**
     * Gets the number of dossiers with a cause of difference between the legal, system and
     * Decision 766 verdicts.
     *
     * @param cause  the cause, not null
     * @return the count
     */
    public long getDiscrepancies(Discrepancy cause) {
        return discrepancies[cause.ordinal()];
    }

    /**
     * Gets the finished dossiers late in law that the one-stop software counts on time. With
     * {@link #getOnTimeCountedLateBySystem()} it reconciles the two rates exactly: the software's
     * rate is the legal rate plus (this minus that) over the finished dossiers.
     *
     * @return the count
     */
    public long getLateCountedOnTimeBySystem() {
        return crossings[0];
    }

    /**
     * Gets the finished dossiers on time in law that the one-stop software counts late.
     *
     * @return the count
     */
    public long getOnTimeCountedLateBySystem() {
        return crossings[1];
    }

    /**
     * Gets the dossiers, finished or not, late in law that Decision 766 counts on time.
     *
     * @return the count
     */
    public long getLateCountedOnTimeByMetric() {
        return crossings[2];
    }

    /**
     * Gets the dossiers, finished or not, on time in law (a stopped clock included) that Decision
     * 766 counts late.
     *
     * @return the count
     */
    public long getOnTimeCountedLateByMetric() {
        return crossings[3];
    }

    /**
     * Gets the Decision 766 on-time rate: dossiers the index counts on time, over all dossiers.
     *
     * @return the rate from 0 to 1, NaN if there are none
     */
    public double getMetricOnTimeRate() {
        return ratio(metricOnTime, total);
    }

    /**
     * Gets the number of dossiers late in law but on time against their appointment.
     *
     * @return the count of hidden lateness
     */
    public long getHiddenLateness() {
        return hidden;
    }

    /**
     * Gets the legal breaches per bucket of lateness in working days, labelled by {@link #LATENESS_LABELS}.
     *
     * @return a copy of the counts, not null
     */
    public long[] getLatenessHistogram() {
        return lateness.clone();
    }

    /**
     * Gets the number of findings with a code.
     *
     * @param code  the code, not null
     * @return the count
     */
    public long getFindings(FindingCode code) {
        return findings[code.ordinal()];
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Tally other && total == other.total && legalOnTime == other.legalOnTime
                && statedOnTime == other.statedOnTime && systemOnTime == other.systemOnTime
                && metricOnTime == other.metricOnTime && hidden == other.hidden
                && Arrays.equals(outcomes, other.outcomes) && Arrays.equals(lateness, other.lateness)
                && Arrays.equals(findings, other.findings) && Arrays.equals(discrepancies, other.discrepancies)
                && Arrays.equals(crossings, other.crossings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(total, legalOnTime, statedOnTime, systemOnTime, metricOnTime, hidden,
                Arrays.hashCode(outcomes), Arrays.hashCode(lateness), Arrays.hashCode(findings),
                Arrays.hashCode(discrepancies), Arrays.hashCode(crossings));
    }

    /**
     * Outputs the main figures.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "Tally[" + total + " dossiers, legal " + percent(getLegalOnTimeRate()) + ", stated "
                + percent(getStatedOnTimeRate()) + ", system " + percent(getSystemOnTimeRate()) + ", 766 " + percent(getMetricOnTimeRate()) + ", hidden " + hidden + "]";
    }

    static String percent(double rate) {
        return Double.isNaN(rate) ? "-" : String.format(java.util.Locale.ROOT, "%.1f%%", rate * 100);
    }
}
