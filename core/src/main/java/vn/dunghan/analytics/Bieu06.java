package vn.dunghan.analytics;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.dunghan.dossier.Channel;
import vn.dunghan.dossier.Evaluation;
import vn.dunghan.dossier.Outcome;

/**
 * The periodic table on handling dossiers, Biểu 06 of Circular 01/2020/TT-VPCP (docs/metrics.md
 * §4.1), per agency and in total, in one of two views:
 * <ul>
 * <li>{@link View#SYSTEM}: as the one-stop system reports it, the recorded finish against the last
 * appointment, dates only ({@link Evaluation#isSystemOnTime()});</li>
 * <li>{@link View#LEGAL}: as the law says, the real finish against the legal due.</li>
 * </ul>
 * A dossier counts when it was accepted before the period ended and was not done before it began,
 * where done means finished (by the view's finish) or closed without a result. It is
 * <b>received</b> as carried over (accepted before the period), online, or at the counter or by
 * post; then <b>done</b> in the period (early: on a day before the due date; on time; late), or
 * <b>in progress</b> at the period's end (overdue in law: the legal deadline had passed by then,
 * by the rule of {@link Evaluation#isOverdueAt}, so a due at 24:00 of the last day has not; for the
 * software: the appointment's date not after the last day; a dossier whose legal clock was stopped
 * for a supplement then is not yet due in law). A dossier closed by refusal,
 * withdrawal or stop is done on time unless the closing itself was late. So in every row received
 * total = done total + in progress total. The dues are the ones known at the evaluation instant.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Bieu06 {

    /** The view of a table. */
    public enum View {
        /** The real finish against the legal due. */
        LEGAL,
        /** The recorded finish against the appointment, dates only, as one-stop software reports. */
        SYSTEM
    }

    /**
     * One row of the table.
     *
     * @param agency  the agency, null for the total row
     * @param carriedOver  received before the period and not done before it
     * @param online  received online in the period
     * @param counterOrPost  received at the counter or by post in the period
     * @param early  done in the period on a day before the due date
     * @param onTime  done in the period by the due, other than early
     * @param late  done in the period after the due
     * @param notDue  in progress at the period's end, the due not passed
     * @param overdue  in progress at the period's end, the due passed
     */
    public record Row(String agency, long carriedOver, long online, long counterOrPost, long early, long onTime,
            long late, long notDue, long overdue) {

        /** @return the dossiers received, carried over included */
        public long received() {
            return carriedOver + online + counterOrPost;
        }

        /** @return the dossiers done in the period */
        public long done() {
            return early + onTime + late;
        }

        /** @return the dossiers in progress at the period's end */
        public long inProgress() {
            return notDue + overdue;
        }

        /**
         * Gets the numbers in the form's column order ({@link Bieu06Words#columns}): received total,
         * online, counter or post, carried over; done total, early, on time, late; in progress total,
         * not yet due, overdue.
         *
         * @return a new array of 11 numbers, not null
         */
        public long[] toColumns() {
            return new long[] {received(), online, counterOrPost, carriedOver, done(), early, onTime, late,
                inProgress(), notDue, overdue};
        }
    }

    private static final int COLUMNS = 8;
    private static final int CARRIED = 0;
    private static final int ONLINE = 1;
    private static final int COUNTER = 2;
    private static final int EARLY = 3;
    private static final int ON_TIME = 4;
    private static final int LATE = 5;
    private static final int NOT_DUE = 6;
    private static final int OVERDUE = 7;

    private final ReportPeriod period;
    private final View view;
    private final List<Row> rows;
    private final Row total;
    private final long clockStopped;

    private Bieu06(ReportPeriod period, View view, List<Row> rows, Row total, long clockStopped) {
        this.period = period;
        this.view = view;
        this.rows = rows;
        this.total = total;
        this.clockStopped = clockStopped;
    }

    /**
     * Creates a builder of both views of a period.
     *
     * @param period  the period, not null
     * @return the builder, not null
     */
    public static Builder builder(ReportPeriod period) {
        return new Builder(Objects.requireNonNull(period, "period"));
    }

    /** @return the period, not null */
    public ReportPeriod getPeriod() {
        return period;
    }

    /** @return the view, not null */
    public View getView() {
        return view;
    }

    /** @return the rows, one per agency with a dossier counted, by agency name, not null */
    public List<Row> getRows() {
        return rows;
    }

    /** @return the total row, whose agency is null, not null */
    public Row getTotal() {
        return total;
    }

    /**
     * Gets the dossiers in progress at the period's end that the legal view counts not yet due
     * because their legal clock is stopped for a supplement, whatever their due: the main reason
     * the two views count overdue dossiers differently.
     *
     * @return the count, 0 in the system view
     */
    public long getClockStopped() {
        return clockStopped;
    }

    @Override
    public String toString() {
        return "Bieu06[" + period + " " + view + ", " + rows.size() + " agencies, " + total + "]";
    }

    /** Adds evaluations to both views of a period. Not thread-safe. */
    public static final class Builder {

        private final ReportPeriod period;
        private final LocalDateTime start;
        private final LocalDateTime end;
        private final java.time.LocalDate lastDay;
        private final Map<String, long[]> counts = new HashMap<>();
        private long clockStopped;

        private Builder(ReportPeriod period) {
            this.period = period;
            this.start = period.getStart().atStartOfDay();
            this.end = period.getEndInstant();
            this.lastDay = period.getEnd();
        }

        /**
         * Adds an evaluation; one accepted after the period or done before it is not counted.
         *
         * @param evaluation  the evaluation, not null
         * @return this builder, not null
         */
        public Builder add(Evaluation evaluation) {
            Objects.requireNonNull(evaluation, "evaluation");
            LocalDateTime accepted = evaluation.getDossier().acceptedAt();
            if (!accepted.isBefore(end)) {
                return this;
            }
            LocalDateTime closed = evaluation.getClosedAt();
            LocalDateTime legalDone = evaluation.getFinishedAt() != null ? evaluation.getFinishedAt() : closed;
            LocalDateTime systemDone = evaluation.getFinishedAt() != null ? evaluation.getRecordedFinishAt() : closed;
            boolean legal = legalDone == null || !legalDone.isBefore(start);
            boolean system = systemDone == null || !systemDone.isBefore(start);
            if (!legal && !system) {
                return this;
            }
            long[] row = counts.computeIfAbsent(evaluation.getDossier().agency(), k -> new long[2 * COLUMNS]);
            int received = accepted.isBefore(start) ? CARRIED
                    : evaluation.getDossier().channel() == Channel.ONLINE ? ONLINE : COUNTER;
            if (legal) {
                row[received]++;
                row[legalColumn(evaluation, legalDone)]++;
            }
            if (system) {
                row[COLUMNS + received]++;
                row[COLUMNS + systemColumn(evaluation, systemDone)]++;
            }
            return this;
        }

        private int legalColumn(Evaluation evaluation, LocalDateTime done) {
            if (done != null && done.isBefore(end)) {
                return evaluation.getFinishedAt() == null ? (evaluation.isLegalBreach() ? LATE : ON_TIME)
                        : evaluation.getOutcome() == Outcome.EARLY ? EARLY
                        : evaluation.getOutcome() == Outcome.LATE ? LATE : ON_TIME;
            }
            if (evaluation.isClockStoppedAt(end)) {
                clockStopped++;
                return NOT_DUE;
            }
            return evaluation.isOverdueAt(end) ? OVERDUE : NOT_DUE;
        }

        private int systemColumn(Evaluation evaluation, LocalDateTime done) {
            if (done != null && done.isBefore(end)) {
                if (evaluation.getFinishedAt() == null) {
                    return evaluation.isSystemOnTime() ? ON_TIME : LATE;
                }
                int order = done.toLocalDate().compareTo(evaluation.getStatedDueDate());
                return order < 0 ? EARLY : order == 0 ? ON_TIME : LATE;
            }
            return evaluation.getStatedDueDate().isAfter(lastDay) ? NOT_DUE : OVERDUE;
        }

        /**
         * Builds one view of what was added.
         *
         * @param view  the view, not null
         * @return the table, not null
         */
        public Bieu06 build(View view) {
            int offset = Objects.requireNonNull(view, "view") == View.LEGAL ? 0 : COLUMNS;
            List<String> agencies = new ArrayList<>(counts.keySet());
            agencies.sort(null);
            List<Row> rows = new ArrayList<>();
            long[] sum = new long[COLUMNS];
            for (String agency : agencies) {
                long[] c = counts.get(agency);
                rows.add(row(agency, c, offset));
                for (int i = 0; i < COLUMNS; i++) {
                    sum[i] += c[offset + i];
                }
            }
            return new Bieu06(period, view, List.copyOf(rows), row(null, sum, 0), view == View.LEGAL ? clockStopped : 0);
        }

        private static Row row(String agency, long[] c, int o) {
            return new Row(agency, c[o + CARRIED], c[o + ONLINE], c[o + COUNTER], c[o + EARLY], c[o + ON_TIME],
                    c[o + LATE], c[o + NOT_DUE], c[o + OVERDUE]);
        }
    }
}
