package vn.dunghan.examples;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * A progress line on standard error for runs longer than about 2 seconds: records done,
 * records per second, and the time left when the total is known. Shorter runs print nothing.
 */
final class Progress implements LongConsumer {

    private static final long QUIET_NANOS = 2_000_000_000L;

    private final PrintStream err;
    private final long total;
    private final long start = System.nanoTime();
    private boolean printed;
    private long lastPrint;

    /**
     * @param err  where to print
     * @param total  the number of records expected, 0 if unknown
     */
    Progress(PrintStream err, long total) {
        this.err = err;
        this.total = total;
    }

    @Override
    public void accept(long done) {
        long elapsed = System.nanoTime() - start;
        if (elapsed < QUIET_NANOS || (elapsed - lastPrint < 500_000_000L && done != total)) {
            return;
        }
        lastPrint = elapsed;
        double rate = done / (elapsed / 1e9);
        String line = String.format(Locale.ROOT, "%,d records, %,.0f records/s", done, rate);
        if (total > 0 && rate > 0) {
            line += String.format(Locale.ROOT, ", about %.0f s left", Math.max(0, total - done) / rate);
        }
        err.print("\r" + line);
        printed = true;
    }

    /** Ends the progress line, if one was printed. */
    void finish() {
        if (printed) {
            err.println();
        }
    }
}
