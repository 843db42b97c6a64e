package vn.dunghan.calendar;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The office hours of a work calendar: a weekly timetable, seasonal timetables by day of the year,
 * dated exceptions such as a short day, and the sessions of weekend days declared working days.
 * <p>
 * The sessions of a date are found in this order: a dated exception for that date; else the
 * timetable of the first season that contains the date; else the standard timetable. A weekend
 * day declared a working day (a make-up day) whose day of the week has no sessions in that
 * timetable works the make-up sessions: those set by {@link Builder#makeUpDay(Session...)}, else
 * the Monday sessions of that timetable.
 * <p>
 * Office hours apply only to working days of the calendar they belong to: a day off has no working
 * time whatever the timetable says.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class OfficeHours implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Timetable standard;
    private final List<Season> seasons;
    private final Map<LocalDate, List<Session>> exceptions;
    private final List<Session> makeUpDay;

    private OfficeHours(Timetable standard, List<Season> seasons, Map<LocalDate, List<Session>> exceptions,
            List<Session> makeUpDay) {
        this.standard = Objects.requireNonNull(standard, "standard");
        this.seasons = List.copyOf(seasons);
        checkSeasonsDisjoint(this.seasons);
        TreeMap<LocalDate, List<Session>> copy = new TreeMap<>();
        exceptions.forEach((date, list) -> copy.put(date, Timetable.sortedDisjoint(list, date.toString())));
        this.exceptions = Collections.unmodifiableMap(copy);
        this.makeUpDay = makeUpDay == null ? null : Timetable.sortedDisjoint(makeUpDay, "make-up days");
    }

    /**
     * Obtains office hours that follow one timetable all year.
     *
     * @param timetable  the timetable, not null
     * @return the office hours, not null
     */
    public static OfficeHours of(Timetable timetable) {
        return builder(timetable).build();
    }

    /**
     * Creates a builder from a standard timetable.
     *
     * @param standard  the timetable outside any season, not null
     * @return the builder, not null
     */
    public static Builder builder(Timetable standard) {
        return new Builder(Objects.requireNonNull(standard, "standard"));
    }

    private static void checkSeasonsDisjoint(List<Season> seasons) {
        // 2000 is a leap year, so every day of the year including 29 February is tried
        for (LocalDate day = LocalDate.of(2000, 1, 1); day.getYear() == 2000; day = day.plusDays(1)) {
            Season first = null;
            for (Season season : seasons) {
                if (season.contains(day)) {
                    if (first != null) {
                        throw new DateTimeException("Season " + season.from() + ".." + season.to() + " overlaps season "
                                + first.from() + ".." + first.to() + " on " + MonthDay.from(day));
                    }
                    first = season;
                }
            }
        }
    }

    /**
     * Gets the sessions worked on a date, assuming the date is a working day.
     *
     * @param date  the date, not null
     * @param weeklyRestDay  true if the date is a weekly rest day declared a working day
     * @return the sorted sessions, possibly empty, not null
     */
    public List<Session> getSessions(LocalDate date, boolean weeklyRestDay) {
        Objects.requireNonNull(date, "date");
        List<Session> exception = exceptions.get(date);
        if (exception != null) {
            return exception;
        }
        Timetable timetable = timetableOn(date);
        List<Session> list = timetable.getSessions(date.getDayOfWeek());
        if (list.isEmpty() && weeklyRestDay) {
            return makeUpDay != null ? makeUpDay : timetable.getSessions(DayOfWeek.MONDAY);
        }
        return list;
    }

    /**
     * Gets the timetable in force on a date, ignoring dated exceptions.
     *
     * @param date  the date, not null
     * @return the timetable of the season containing the date, else the standard one, not null
     */
    public Timetable timetableOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (!seasons.isEmpty()) {
            MonthDay day = MonthDay.of(date.getMonth(), date.getDayOfMonth());
            for (Season season : seasons) {
                if (season.contains(day)) {
                    return season.timetable();
                }
            }
        }
        return standard;
    }

    /**
     * Gets the standard timetable, in force outside any season.
     *
     * @return the timetable, not null
     */
    public Timetable getStandard() {
        return standard;
    }

    /**
     * Gets the seasons.
     *
     * @return the unmodifiable seasons, not null
     */
    public List<Season> getSeasons() {
        return seasons;
    }

    /**
     * Gets the dated exceptions.
     *
     * @return the unmodifiable map from date to sorted sessions, in date order, not null
     */
    public Map<LocalDate, List<Session>> getExceptions() {
        return exceptions;
    }

    /**
     * Gets the sessions explicitly set for make-up days.
     *
     * @return the sessions, or null if make-up days work the Monday sessions
     */
    public List<Session> getMakeUpDay() {
        return makeUpDay;
    }

    private Object readResolve() {
        return new OfficeHours(standard, seasons, exceptions, makeUpDay);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof OfficeHours other
                && standard.equals(other.standard)
                && seasons.equals(other.seasons)
                && exceptions.equals(other.exceptions)
                && Objects.equals(makeUpDay, other.makeUpDay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(standard, seasons, exceptions, makeUpDay);
    }

    /**
     * Outputs a summary of the office hours.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "OfficeHours[standard=" + standard + ", seasons=" + seasons + ", exceptions=" + exceptions.size()
                + " dates]";
    }

    /**
     * A builder of {@link OfficeHours}. It is not thread-safe.
     */
    public static final class Builder {
        private final Timetable standard;
        private final List<Season> seasons = new ArrayList<>();
        private final Map<LocalDate, List<Session>> exceptions = new TreeMap<>();
        private List<Session> makeUpDay;

        private Builder(Timetable standard) {
            this.standard = standard;
        }

        /**
         * Adds a timetable that applies every year from one day of the year to another, inclusive.
         *
         * @param from  the first day, not null
         * @param to  the last day, before {@code from} for a season that wraps over the new year, not null
         * @param timetable  the timetable, not null
         * @return this builder, not null
         */
        public Builder season(MonthDay from, MonthDay to, Timetable timetable) {
            seasons.add(new Season(from, to, timetable));
            return this;
        }

        /**
         * Sets the sessions of one date, replacing the timetable on that date: a short day, or a
         * day with extended hours.
         *
         * @param date  the date, not null
         * @param sessions  the sessions of that date, none for a working day without office hours, not null
         * @return this builder, not null
         */
        public Builder exception(LocalDate date, Session... sessions) {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(sessions, "sessions");
            exceptions.put(date, new ArrayList<>(Arrays.asList(sessions)));
            return this;
        }

        /**
         * Sets the sessions of weekend days declared working days, where their day of the week has
         * no sessions; by default they work the Monday sessions of the timetable in force.
         *
         * @param sessions  the sessions, not null
         * @return this builder, not null
         */
        public Builder makeUpDay(Session... sessions) {
            Objects.requireNonNull(sessions, "sessions");
            makeUpDay = new ArrayList<>(Arrays.asList(sessions));
            return this;
        }

        /**
         * Builds the office hours.
         *
         * @return the office hours, not null
         * @throws DateTimeException if sessions of one day overlap, or two seasons share a day
         */
        public OfficeHours build() {
            return new OfficeHours(standard, seasons, exceptions, makeUpDay);
        }
    }

}
