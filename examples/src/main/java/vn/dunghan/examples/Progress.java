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
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final PrintStream err;
    private final long total;
    private final boolean vietnamese;
    private final long start = System.nanoTime();
    private boolean printed;
    private long lastPrint;

    /**
     * @param err  where to print
     * @param total  the number of records expected, 0 if unknown
     */
    Progress(PrintStream err, long total) {
        this(err, total, false);
    }

    /**
     * @param err  where to print
     * @param total  the number of records expected, 0 if unknown
     * @param vietnamese  true for a line in Vietnamese ({@code 20.000 bản ghi, 9.500 bản ghi/giây})
     */
    Progress(PrintStream err, long total, boolean vietnamese) {
        this.err = err;
        this.total = total;
        this.vietnamese = vietnamese;
    }

    @Override
    public void accept(long done) {
        long elapsed = System.nanoTime() - start;
        if (elapsed < QUIET_NANOS || (elapsed - lastPrint < 500_000_000L && done != total)) {
            return;
        }
        lastPrint = elapsed;
        double rate = done / (elapsed / 1e9);
        Locale locale = vietnamese ? VIETNAMESE : Locale.ROOT;
        String line = String.format(locale, vietnamese ? "%,d bản ghi, %,.0f bản ghi/giây" : "%,d records, %,.0f records/s",
                done, rate);
        if (total > 0 && rate > 0) {
            line += String.format(locale, vietnamese ? ", còn khoảng %.0f giây" : ", about %.0f s left",
                    Math.max(0, total - done) / rate);
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
