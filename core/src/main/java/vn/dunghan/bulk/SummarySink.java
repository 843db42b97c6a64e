package vn.dunghan.bulk;

import java.util.Objects;

import vn.dunghan.analytics.Activity;
import vn.dunghan.analytics.Bieu06;
import vn.dunghan.analytics.ReportPeriod;
import vn.dunghan.analytics.Summary;
import vn.dunghan.analytics.Tally;
import vn.dunghan.dossier.Discrepancy;

/**
 * Adds each evaluated dossier to a {@link Summary} and to the daily {@link Activity} of its agency,
 * and, when created with a period, to both views of its {@link Bieu06} table; and counts the
 * errors: what the report is made of. The summaries of parts of an input merge
 * ({@link Summary#merge}) into the summary of the whole when the parts were evaluated as the
 * whole would be, reused codes and re-filings found across parts (as the Spark job does).
 * <p>
 * This class is not thread-safe: one run at a time.
 */
public final class SummarySink implements ResultSink<Void> {

    /** A list index within a field path, such as the 3 of {@code /events/3/at}. */
    private static final java.util.regex.Pattern INDEX = java.util.regex.Pattern.compile("/\\d+(?=/|$)");
    /** The examples of errors kept. */
    public static final int EXAMPLES = 5;
    /** The most dossiers kept in the action list; all are counted. */
    public static final int MAX_ACTIONS = 100_000;

    private final Summary.Builder summary = Summary.builder();
    private final Activity.Builder activity = Activity.builder();
    private long errors;
    /** The errors by the field they name, in the order first seen; bounded by the fields of the formats. */
    private final java.util.Map<String, Long> errorsByField = new java.util.LinkedHashMap<>();
    private final java.util.List<BulkResult> examples = new java.util.ArrayList<>();
    private final java.util.List<vn.dunghan.analytics.ActionItem> actions = new java.util.ArrayList<>();
    private long actionCount;
    private final Bieu06.Builder bieu06;
    private long withoutAppointment;

    private SummarySink(ReportPeriod period) {
        this.bieu06 = period != null ? Bieu06.builder(period) : null;
    }

    /**
     * Obtains an empty sink.
     *
     * @return the sink, not null
     */
    public static SummarySink create() {
        return new SummarySink(null);
    }

    /**
     * Obtains an empty sink that also builds the Biểu 06 table of a period.
     *
     * @param period  the period of the table, not null
     * @return the sink, not null
     */
    public static SummarySink create(ReportPeriod period) {
        return new SummarySink(Objects.requireNonNull(period, "period"));
    }

    @Override
    public Void prepare(BulkResult result) {
        return null;
    }

    @Override
    public void accept(BulkResult result, Void prepared) {
        if (result.isError()) {
            errors++;
            // the field, without the index of a list element, so that /events/3/at and /events/7/at are one reason
            String field = INDEX.matcher(result.path()).replaceAll("/*");
            if (errorsByField.size() < 1000 || errorsByField.containsKey(field)) {
                errorsByField.merge(field, 1L, Long::sum);
            }
            if (examples.size() < EXAMPLES) {
                examples.add(result);
            }
            // the readers say "Field 'appointment' is required" or "Column 'NgayHenTra' is required"
            if (isAppointment(result.path()) && result.message().endsWith("is required")) {
                withoutAppointment++;
            }
        } else {
            summary.add(result.evaluation());
            if (bieu06 != null) {
                bieu06.add(result.evaluation());
            }
            activity.add(result.evaluation());
            vn.dunghan.analytics.ActionItem action = vn.dunghan.analytics.ActionItem.of(result.evaluation());
            if (action != null && actionCount++ < MAX_ACTIONS) {
                actions.add(action);
            }
        }
    }

    /** Checks if an error names the appointment, in any format's name for it. */
    private static boolean isAppointment(String path) {
        String field = path.startsWith("/") ? path.substring(1) : path;
        return field.equalsIgnoreCase("appointment") || field.equalsIgnoreCase("NgayHenTra");
    }

    /**
     * Gets how many dossiers each cause of a difference between the legal, software and Decision
     * 766 verdicts moves: for {@link Discrepancy#NO_APPOINTMENT_COUNTED_ON_TIME}, the records
     * rejected because they have no appointment, which one-stop software counts on time; for the
     * others, the evaluated dossiers that carry the cause, as counted in this sink's summary.
     *
     * @param summary  the summary of this sink ({@link #toSummary()}), not null
     * @return the counts of every cause, in the order of {@link Discrepancy}, not null
     */
    public java.util.Map<Discrepancy, Long> getDiscrepancies(Summary summary) {
        Tally all = Objects.requireNonNull(summary, "summary").getOverall();
        java.util.Map<Discrepancy, Long> counts = new java.util.EnumMap<>(Discrepancy.class);
        for (Discrepancy cause : Discrepancy.values()) {
            counts.put(cause, cause == Discrepancy.NO_APPOINTMENT_COUNTED_ON_TIME ? withoutAppointment
                    : all.getDiscrepancies(cause));
        }
        return counts;
    }

    /**
     * Builds one view of the Biểu 06 table of the period given at creation.
     *
     * @param view  the view, not null
     * @return the table, not null
     * @throws IllegalStateException if the sink was created without a period
     */
    public Bieu06 toBieu06(Bieu06.View view) {
        if (bieu06 == null) {
            throw new IllegalStateException("This sink was created without a period, so it has no Biểu 06 table");
        }
        return bieu06.build(view);
    }

    /**
     * Gets the number of errors by the field they name: the JSON Pointer or column, list indexes
     * written {@code *}, the empty string for a whole record.
     *
     * @return the counts, in the order the fields were first seen, not null
     */
    public java.util.Map<String, Long> getErrorsByField() {
        return java.util.Collections.unmodifiableMap(errorsByField);
    }

    /**
     * Gets the first errors, as examples of what was rejected.
     *
     * @return at most {@link #EXAMPLES} errors, in input order, not null
     */
    public java.util.List<BulkResult> getErrorExamples() {
        return java.util.List.copyOf(examples);
    }

    /**
     * Gets the open dossiers to act on: overdue, or due soon, as of the evaluation instant.
     *
     * @return at most {@link #MAX_ACTIONS} items, most late first, not null
     */
    public java.util.List<vn.dunghan.analytics.ActionItem> getActions() {
        java.util.List<vn.dunghan.analytics.ActionItem> sorted = new java.util.ArrayList<>(actions);
        sorted.sort(vn.dunghan.analytics.ActionItem.ORDER);
        return java.util.List.copyOf(sorted);
    }

    /**
     * Gets the number of open dossiers to act on, also those past {@link #MAX_ACTIONS}.
     *
     * @return the count
     */
    public long getActionCount() {
        return actionCount;
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
