package vn.dunghan.bulk;

import vn.dunghan.analytics.Activity;
import vn.dunghan.analytics.Summary;

/**
 * Adds each evaluated dossier to a {@link Summary} and to the daily {@link Activity} of its agency,
 * and counts the errors: what the report is made of. The summaries of parts of an input merge
 * ({@link Summary#merge}) into the summary of the whole when the parts were evaluated as the
 * whole would be, reused codes and re-filings found across parts (as the Spark job does).
 * <p>
 * This class is not thread-safe: one run at a time.
 */
public final class SummarySink implements ResultSink<Void> {

    private final Summary.Builder summary = Summary.builder();
    private final Activity.Builder activity = Activity.builder();
    private long errors;

    private SummarySink() {
    }

    /**
     * Obtains an empty sink.
     *
     * @return the sink, not null
     */
    public static SummarySink create() {
        return new SummarySink();
    }

    @Override
    public Void prepare(BulkResult result) {
        return null;
    }

    @Override
    public void accept(BulkResult result, Void prepared) {
        if (result.isError()) {
            errors++;
        } else {
            summary.add(result.evaluation());
            activity.add(result.evaluation());
        }
    }

    /**
     * Builds the summary of the results so far.
     *
     * @return the summary, not null
     */
    public Summary toSummary() {
        return summary.build();
    }

    /**
     * Builds the daily activity of the results so far.
     *
     * @return the activity, not null
     */
    public Activity toActivity() {
        return activity.build();
    }

    /**
     * Gets the number of errors so far.
     *
     * @return the errors
     */
    public long getErrors() {
        return errors;
    }
}
