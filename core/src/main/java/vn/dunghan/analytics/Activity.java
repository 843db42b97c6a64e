package vn.dunghan.analytics;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

import vn.dunghan.dossier.DossierEvent;
import vn.dunghan.dossier.Evaluation;
import vn.dunghan.dossier.EventType;

/**
 * The daily activity of each agency: dossiers accepted and results returned at its counter, and
 * dossiers completed by its offices, per date (each dossier's first return and first completion).
 * Activity merges by addition, like {@link Summary}.
 * <p>
 * This class is immutable and thread-safe; {@link Builder} is not.
 */
public final class Activity {

    private final NavigableMap<String, NavigableMap<LocalDate, int[]>> days;

    private Activity(Map<String, Map<LocalDate, int[]>> days) {
        TreeMap<String, NavigableMap<LocalDate, int[]>> copy = new TreeMap<>();
        days.forEach((agency, byDate) -> {
            TreeMap<LocalDate, int[]> dates = new TreeMap<>();
            byDate.forEach((date, counts) -> dates.put(date, counts.clone()));
            copy.put(agency, dates);
        });
        this.days = copy;
    }

    /**
     * Creates a builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the agencies with any activity.
     *
     * @return the agencies in order, not null
     */
    public java.util.Set<String> getAgencies() {
        return Collections.unmodifiableSet(days.keySet());
    }

    /**
     * Gets the dossiers an agency accepted on a date.
     *
     * @param agency  the agency, not null
     * @param date  the date, not null
     * @return the count
     */
    public int getAccepted(String agency, LocalDate date) {
        return count(agency, date, 0);
    }

    /**
     * Gets the results an agency returned on a date.
     *
     * @param agency  the agency, not null
     * @param date  the date, not null
     * @return the count
     */
    public int getReturned(String agency, LocalDate date) {
        return count(agency, date, 1);
    }

    /**
     * Gets the dossiers whose handling an agency recorded as completed on a date: the work of its
     * offices behind the counter.
     *
     * @param agency  the agency, not null
     * @param date  the date, not null
     * @return the count
     */
    public int getCompleted(String agency, LocalDate date) {
        return count(agency, date, 2);
    }

    /**
     * Counts the dossiers an agency's counter accepted and returned on the working days of a
     * calendar, over the agency's recorded days only (completions, the offices' work, are not the
     * counter's).
     *
     * @param agency  the agency, not null
     * @param calendar  the calendar of its counters, covering its days, not null
     * @return the dossiers accepted plus the results returned on working days
     */
    public long getWorkingDayTotal(String agency, vn.dunghan.calendar.WorkCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        NavigableMap<LocalDate, int[]> byDate = days.get(Objects.requireNonNull(agency, "agency"));
        long sum = 0;
        if (byDate != null) {
            for (Map.Entry<LocalDate, int[]> day : byDate.entrySet()) {
                if (calendar.isWorkingDay(day.getKey())) {
                    sum += day.getValue()[0] + day.getValue()[1];
                }
            }
        }
        return sum;
    }

    private int count(String agency, LocalDate date, int which) {
        NavigableMap<LocalDate, int[]> byDate = days.get(Objects.requireNonNull(agency, "agency"));
        int[] counts = byDate == null ? null : byDate.get(Objects.requireNonNull(date, "date"));
        return counts == null ? 0 : counts[which];
    }

    /**
     * Gets the first date with any activity.
     *
     * @return the date, null if there is no activity
     */
    public LocalDate getFirstDate() {
        return days.values().stream().map(NavigableMap::firstKey).min(LocalDate::compareTo).orElse(null);
    }

    /**
     * Gets the last date with any activity.
     *
     * @return the date, null if there is no activity
     */
    public LocalDate getLastDate() {
        return days.values().stream().map(NavigableMap::lastKey).max(LocalDate::compareTo).orElse(null);
    }

    /**
     * Adds another activity to this one.
     *
     * @param other  the other activity, not null
     * @return the sum, not null
     */
    public Activity merge(Activity other) {
        Objects.requireNonNull(other, "other");
        Map<String, Map<LocalDate, int[]>> merged = new HashMap<>();
        for (Activity activity : new Activity[] {this, other}) {
            activity.days.forEach((agency, byDate) -> byDate.forEach((date, counts) -> {
                int[] sum = merged.computeIfAbsent(agency, k -> new HashMap<>())
                        .computeIfAbsent(date, k -> new int[DayCounts.COUNTERS]);
                for (int i = 0; i < DayCounts.COUNTERS; i++) {
                    sum[i] += counts[i];
                }
            }));
        }
        return new Activity(merged);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Activity other) || !days.keySet().equals(other.days.keySet())) {
            return false;
        }
        for (Map.Entry<String, NavigableMap<LocalDate, int[]>> entry : days.entrySet()) {
            NavigableMap<LocalDate, int[]> mine = entry.getValue();
            NavigableMap<LocalDate, int[]> theirs = other.days.get(entry.getKey());
            if (!mine.keySet().equals(theirs.keySet())) {
                return false;
            }
            for (Map.Entry<LocalDate, int[]> day : mine.entrySet()) {
                if (!java.util.Arrays.equals(day.getValue(), theirs.get(day.getKey()))) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return days.keySet().hashCode();
    }

    /**
     * Accumulates the activity of evaluations. It is not thread-safe.
     */
    public static final class Builder {
        private final Map<String, DayCounts> days = new HashMap<>();

        private Builder() {
        }

        /**
         * Adds the acceptance of a dossier and the return of its result, if any.
         *
         * @param evaluation  the evaluation, not null
         * @return this builder, not null
         */
        public Builder add(Evaluation evaluation) {
            Objects.requireNonNull(evaluation, "evaluation");
            DayCounts counts = days.computeIfAbsent(evaluation.getDossier().agency(), k -> new DayCounts());
            counts.increment(evaluation.getDossier().acceptedAt().toLocalDate(), 0);
            boolean returned = false;
            boolean completed = false;
            for (DossierEvent event : evaluation.getDossier().events()) {
                if (!returned && event.type() == EventType.RETURNED) {
                    counts.increment(event.at().toLocalDate(), 1);
                    returned = true;
                } else if (!completed && event.type() == EventType.COMPLETED) {
                    counts.increment(event.at().toLocalDate(), 2);
                    completed = true;
                }
            }
            return this;
        }

        /**
         * Builds the activity.
         *
         * @return the activity, not null
         */
        public Activity build() {
            Map<String, Map<LocalDate, int[]>> byDate = new HashMap<>();
            days.forEach((agency, counts) -> {
                Map<LocalDate, int[]> dates = new HashMap<>();
                counts.forEach(dates::put);
                byDate.put(agency, dates);
            });
            return new Activity(byDate);
        }
    }
}
