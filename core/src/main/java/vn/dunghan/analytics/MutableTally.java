package vn.dunghan.analytics;

import vn.dunghan.dossier.Discrepancy;
import vn.dunghan.dossier.Evaluation;
import vn.dunghan.dossier.Finding;
import vn.dunghan.dossier.FindingCode;
import vn.dunghan.dossier.Outcome;

/** The mutable counters behind a {@link Tally}, for adding evaluations without allocating. Not thread-safe. */
final class MutableTally {

    private static final Discrepancy[] CAUSES = Discrepancy.values();

    private long total;
    private final long[] outcomes = new long[Outcome.values().length];
    private long legalOnTime;
    private long statedOnTime;
    private long systemOnTime;
    private long metricOnTime;
    private final long[] discrepancies = new long[CAUSES.length];
    /** Late in law counted on time, on time in law counted late: by the software, by Decision 766. */
    private final long[] crossings = new long[4];
    private final long[] lateness = new long[Tally.LATENESS_BOUNDS.length];
    private final long[] findings = new long[FindingCode.values().length];
    private long hidden;

    void add(Evaluation evaluation) {
        total++;
        outcomes[evaluation.getOutcome().ordinal()]++;
        boolean finished = evaluation.getOutcome().isFinished();
        if (finished && !evaluation.isLegalBreach()) {
            legalOnTime++;
        }
        if (finished && !evaluation.isStatedBreach()) {
            statedOnTime++;
        }
        if (finished && evaluation.isSystemOnTime()) {
            systemOnTime++;
        }
        for (int i = 0; evaluation.hasDiscrepancies() && i < CAUSES.length; i++) {
            if (evaluation.hasDiscrepancy(CAUSES[i])) {
                discrepancies[i]++;
            }
        }
        if (evaluation.isMetricOnTime()) {
            metricOnTime++;
        }
        boolean legal = !evaluation.isLegalBreach();
        if (finished && legal != evaluation.isSystemOnTime()) {
            crossings[legal ? 1 : 0]++;
        }
        if (legal != evaluation.isMetricOnTime()) {
            crossings[legal ? 3 : 2]++;
        }
        if (evaluation.isLegalBreach()) {
            lateness[Tally.bucket(evaluation.getLateWorkingDays())]++;
            if (!evaluation.isStatedBreach()) {
                hidden++;
            }
        }
        for (Finding finding : evaluation.getFindings()) {
            findings[finding.code().ordinal()]++;
        }
    }

    Tally toTally() {
        return new Tally(total, outcomes.clone(), legalOnTime, statedOnTime, systemOnTime, metricOnTime,
                lateness.clone(), findings.clone(), discrepancies.clone(), crossings.clone(), hidden);
    }
}
