package vn.dunghan.calendar;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The office sessions of each day of the week, such as 07:30–11:30 and 13:00–17:00 from Monday to
 * Friday and 07:30–11:30 on Saturday.
 * <p>
 * The sessions of one day are sorted and never overlap. A day of the week with no sessions has no
 * office hours.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Timetable implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<DayOfWeek, List<Session>> sessions;

    private Timetable(Map<DayOfWeek, List<Session>> sessions) {
        EnumMap<DayOfWeek, List<Session>> copy = new EnumMap<>(DayOfWeek.class);
        for (Map.Entry<DayOfWeek, List<Session>> entry : sessions.entrySet()) {
            List<Session> list = sortedDisjoint(entry.getValue(), entry.getKey().toString());
            if (!list.isEmpty()) {
                copy.put(entry.getKey(), list);
            }
        }
        this.sessions = Collections.unmodifiableMap(copy);
    }

    /**
     * Obtains a timetable with the same sessions on each of Monday to Friday and none at weekends.
     *
     * @param sessions  the sessions of each weekday, not overlapping, not null
     * @return the timetable, not null
     * @throws DateTimeException if two sessions overlap
     */
    public static Timetable ofWeekdays(Session... sessions) {
        return builder().weekdays(sessions).build();
    }

    /**
     * Creates a builder of a timetable with no sessions.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the sessions of one day, and returns them sorted and unmodifiable.
     *
     * @param sessions  the sessions, not null
     * @param where  the day they belong to, for the message
     * @return the sorted sessions, not null
     * @throws DateTimeException if two sessions overlap
     */
    static List<Session> sortedDisjoint(List<Session> sessions, String where) {
        Session[] array = sessions.toArray(new Session[0]);
        for (Session session : array) {
            Objects.requireNonNull(session, "session");
        }
        Arrays.sort(array);
        for (int i = 1; i < array.length; i++) {
            if (array[i].overlaps(array[i - 1])) {
                throw new DateTimeException("Session " + array[i] + " overlaps session " + array[i - 1] + " on " + where);
            }
        }
        return List.of(array);
    }

    /**
     * Gets the sessions of a day of the week.
     *
     * @param dayOfWeek  the day of the week, not null
     * @return the sorted sessions, empty if none, not null
     */
    public List<Session> getSessions(DayOfWeek dayOfWeek) {
        Objects.requireNonNull(dayOfWeek, "dayOfWeek");
        return sessions.getOrDefault(dayOfWeek, List.of());
    }

    /**
     * Gets the sessions of every day that has any.
     *
     * @return the unmodifiable map from day of week to sorted sessions, not null
     */
    public Map<DayOfWeek, List<Session>> getSessionsByDay() {
        return sessions;
    }

    private Object readResolve() {
        return new Timetable(sessions);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Timetable other && sessions.equals(other.sessions);
    }

    @Override
    public int hashCode() {
        return sessions.hashCode();
    }

    /**
     * Outputs the timetable, such as {@code {MONDAY=[07:30-11:30, 13:00-17:00]}}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return sessions.toString();
    }

    /**
     * A builder of {@link Timetable}. It is not thread-safe.
     */
    public static final class Builder {
        private final EnumMap<DayOfWeek, List<Session>> sessions = new EnumMap<>(DayOfWeek.class);

        private Builder() {
        }

        /**
         * Sets the sessions of one day of the week, replacing any set before.
         *
         * @param dayOfWeek  the day of the week, not null
         * @param daySessions  the sessions, none for a day without office hours, not null
         * @return this builder, not null
         */
        public Builder day(DayOfWeek dayOfWeek, Session... daySessions) {
            Objects.requireNonNull(dayOfWeek, "dayOfWeek");
            Objects.requireNonNull(daySessions, "daySessions");
            sessions.put(dayOfWeek, new ArrayList<>(Arrays.asList(daySessions)));
            return this;
        }

        /**
         * Sets the same sessions on each of Monday to Friday, replacing any set before.
         *
         * @param daySessions  the sessions of each weekday, not null
         * @return this builder, not null
         */
        public Builder weekdays(Session... daySessions) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day.getValue() <= DayOfWeek.FRIDAY.getValue()) {
                    day(day, daySessions);
                }
            }
            return this;
        }

        /**
         * Builds the timetable.
         *
         * @return the timetable, not null
         * @throws DateTimeException if two sessions of one day overlap
         */
        public Timetable build() {
            return new Timetable(sessions);
        }
    }
}
