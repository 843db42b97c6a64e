package vn.dunghan.bulk;

/**
 * Where the results of a bulk run go, in input order: result lines, a summary, a report. Work that
 * can run on the worker threads, such as encoding a result as JSON, goes in {@link #prepare}; what
 * must see the results in order goes in {@link #accept}.
 *
 * @param <P>  the type of what {@link #prepare} makes of a result
 */
public interface ResultSink<P> {

    /**
     * Prepares a result on a worker thread; must be thread-safe and must not depend on other results.
     *
     * @param result  the result, not null
     * @return what {@link #accept} receives with the result, may be null
     */
    P prepare(BulkResult result);

    /**
     * Takes a result on the calling thread, in input order. The result may have changed after it
     * was prepared: become an error (a dossier code used by an earlier record), or gained a finding
     * found across dossiers ({@link vn.dunghan.dossier.FindingCode#REFILED_TO_RESET_CLOCK}); then
     * {@code prepared} is null.
     *
     * @param result  the result, not null
     * @param prepared  what {@link #prepare} made of it, or null
     */
    void accept(BulkResult result, P prepared);
}
