package vn.dunghan.calendar;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The working-time index of a calendar with office hours: the sessions of each day and the
 * cumulative working seconds at the start of each day.
 * <p>
 * A moment's <em>position</em> is the working time from the start of the range to that moment.
 * Differences of positions answer {@code workingTimeBetween}; {@code plusWorkingTime} finds the day
 * whose cumulative range holds the target position by an exponential search from the start day,
 * so its cost grows with the logarithm of the number of days spanned, then walks one day's sessions.
 * <p>
 * This class is immutable and thread-safe.
 */
final class WorkingTimeIndex {

    private static final int NANOS_PER_SECOND = 1_000_000_000;

    private final WorkCalendar calendar;
    /** Distinct session lists, each flattened as start, end, start, end... in seconds of the day. */
    private final int[][] sessionSets;
    /** The same lists as value objects, for {@link #sessionsOn(int)}. */
    private final List<List<Session>> sessionLists;
    /** daySet[i] = index into sessionSets of day i. */
    private final int[] daySet;
    /** cumulative[i] = working seconds in days [0, i), length days + 1. */
    private final long[] cumulative;

    WorkingTimeIndex(WorkCalendar calendar, boolean[] working) {
        this.calendar = calendar;
        OfficeHours hours = calendar.getOfficeHours().orElseThrow();
        int days = working.length;
        Map<List<Session>, Integer> ids = new HashMap<>();
        List<List<Session>> lists = new ArrayList<>();
        this.daySet = new int[days];
        this.cumulative = new long[days + 1];
        long total = 0;
        for (int i = 0; i < days; i++) {
            List<Session> sessions = List.of();
            if (working[i]) {
                LocalDate date = calendar.dateAt(i);
                sessions = hours.getSessions(date, calendar.getWeekend().contains(date.getDayOfWeek()));
            }
            Integer id = ids.get(sessions);
            if (id == null) {
                id = lists.size();
                ids.put(sessions, id);
                lists.add(sessions);
            }
            daySet[i] = id;
            cumulative[i] = total;
            for (Session session : sessions) {
                total += session.getLengthSeconds();
            }
        }
        cumulative[days] = total;
        this.sessionLists = List.copyOf(lists);
        this.sessionSets = new int[lists.size()][];
        for (int k = 0; k < lists.size(); k++) {
            List<Session> sessions = lists.get(k);
            int[] flat = new int[sessions.size() * 2];
            for (int s = 0; s < sessions.size(); s++) {
                flat[2 * s] = sessions.get(s).startSecond();
                flat[2 * s + 1] = sessions.get(s).endSecond();
            }
            sessionSets[k] = flat;
        }
    }

    List<Session> sessionsOn(int day) {
        return sessionLists.get(daySet[day]);
    }

    boolean isWorkingTime(LocalDateTime dateTime) {
        int day = calendar.index(dateTime.toLocalDate());
        return inside(sessionSets[daySet[day]], dateTime.toLocalTime().toSecondOfDay());
    }

    Duration workingTimeBetween(LocalDateTime start, LocalDateTime end) {
        int a = calendar.index(start.toLocalDate());
        int b = calendar.index(end.toLocalDate());
        long secondsA = positionSeconds(a, start);
        long secondsB = positionSeconds(b, end);
        return Duration.ofSeconds(secondsB - secondsA, (long) positionNanos(b, end) - positionNanos(a, start));
    }

    LocalDateTime nextWorkingMoment(LocalDateTime dateTime) {
        int day = calendar.index(dateTime.toLocalDate());
        int[] sessions = sessionSets[daySet[day]];
        if (inside(sessions, dateTime.toLocalTime().toSecondOfDay())) {
            return dateTime;
        }
        long position = positionSeconds(day, dateTime);
        if (position >= cumulative[cumulative.length - 1]) {
            throw new DateTimeException("No working time follows " + dateTime + " within the calendar's range "
                    + calendar.getMinDate() + ".." + calendar.getMaxDate());
        }
        return latestAt(day, position, 0);
    }

    LocalDateTime plusWorkingTime(LocalDateTime dateTime, Duration amount) {
        if (amount.isZero()) {
            calendar.index(dateTime.toLocalDate());
            return dateTime;
        }
        int day = calendar.index(dateTime.toLocalDate());
        long total = cumulative[cumulative.length - 1];
        // an amount beyond the whole range's working time leaves it, whatever the start
        boolean beyond = amount.getSeconds() > total || amount.getSeconds() < -total;
        long seconds = beyond ? -1 : positionSeconds(day, dateTime) + amount.getSeconds();
        int nanos = positionNanos(day, dateTime) + amount.getNano();
        if (nanos >= NANOS_PER_SECOND) {
            nanos -= NANOS_PER_SECOND;
            seconds = beyond ? -1 : seconds + 1;
        }
        if (seconds < 0 || seconds > total || (seconds == total && nanos > 0)) {
            throw new DateTimeException("Adding " + amount + " of working time to " + dateTime
                    + " leaves the calendar's range " + calendar.getMinDate() + ".." + calendar.getMaxDate());
        }
        return amount.isNegative() ? latestAt(day, seconds, nanos) : earliestAt(day, seconds, nanos);
    }

    /** The earliest moment whose position is (seconds, nanos), a positive position not beyond the total. */
    private LocalDateTime earliestAt(int hint, long seconds, int nanos) {
        int day = firstDayReaching(hint, nanos > 0 ? seconds + 1 : seconds);
        int[] sessions = sessionSets[daySet[day]];
        long rest = seconds - cumulative[day];
        for (int s = 0; s < sessions.length; s += 2) {
            int length = sessions[s + 1] - sessions[s];
            if (rest < length || (rest == length && nanos == 0)) {
                return at(day, sessions[s] + rest, nanos);
            }
            rest -= length;
        }
        throw new IllegalStateException("Working-time index is inconsistent at day " + day);
    }

    /** The latest moment whose position is (seconds, nanos), a position before the total. */
    private LocalDateTime latestAt(int hint, long seconds, int nanos) {
        int day = firstDayReaching(hint, seconds + 1);
        int[] sessions = sessionSets[daySet[day]];
        long rest = seconds - cumulative[day];
        for (int s = 0; s < sessions.length; s += 2) {
            int length = sessions[s + 1] - sessions[s];
            if (rest < length) {
                return at(day, sessions[s] + rest, nanos);
            }
            rest -= length;
        }
        throw new IllegalStateException("Working-time index is inconsistent at day " + day);
    }

    private LocalDateTime at(int day, long secondOfDay, int nanos) {
        return calendar.dateAt(day).atStartOfDay().plusSeconds(secondOfDay).plusNanos(nanos);
    }

    /**
     * Finds the smallest day {@code j} with {@code cumulative[j + 1] >= need}, searching outward
     * from a hint; such a day exists because {@code need} is at most the total.
     */
    private int firstDayReaching(int hint, long need) {
        int lo;
        int hi;
        if (cumulative[hint + 1] >= need) {
            // search backward for a day that does not reach
            hi = hint;
            int step = 1;
            lo = hint - 1;
            while (lo >= 0 && cumulative[lo + 1] >= need) {
                hi = lo;
                step <<= 1;
                lo = hint - step;
            }
            lo = Math.max(lo, -1);
        } else {
            lo = hint;
            int step = 1;
            int last = cumulative.length - 2;
            hi = Math.min(hint + 1, last);
            while (cumulative[hi + 1] < need) {
                lo = hi;
                step <<= 1;
                hi = (int) Math.min((long) hint + step, last);
            }
        }
        // invariant: day lo does not reach (or lo == -1), day hi reaches
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid + 1] >= need) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    private long positionSeconds(int day, LocalDateTime dateTime) {
        int second = dateTime.toLocalTime().toSecondOfDay();
        int[] sessions = sessionSets[daySet[day]];
        long within = 0;
        for (int s = 0; s < sessions.length; s += 2) {
            if (second >= sessions[s + 1]) {
                within += sessions[s + 1] - sessions[s];
            } else {
                if (second > sessions[s]) {
                    within += second - sessions[s];
                }
                break;
            }
        }
        return cumulative[day] + within;
    }

    private int positionNanos(int day, LocalDateTime dateTime) {
        return inside(sessionSets[daySet[day]], dateTime.toLocalTime().toSecondOfDay()) ? dateTime.getNano() : 0;
    }

    private static boolean inside(int[] sessions, int second) {
        for (int s = 0; s < sessions.length; s += 2) {
            if (second < sessions[s]) {
                return false;
            }
            if (second < sessions[s + 1]) {
                return true;
            }
        }
        return false;
    }
}
