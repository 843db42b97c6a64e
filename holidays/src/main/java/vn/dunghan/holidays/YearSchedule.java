package vn.dunghan.holidays;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.dunghan.calendar.DayKind;

/**
 * The holiday schedule of one calendar year: its days off (including statutory holidays that fall
 * on a weekend) and its make-up working days, with the legal basis and sources.
 * <p>
 * A schedule is <em>official</em> when every day of it comes from announced decisions (bundled
 * data or a loaded update), and <em>provisional</em> when some day has not been announced yet (a
 * schedule derived from the statutory rules, or an announced year with days still to come): a
 * schedule is never both.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class YearSchedule {

    private final int year;
    private final List<ScheduledDay> daysOff;
    private final List<ScheduledDay> makeUpDays;
    private final boolean official;
    private final String legalBasis;
    private final List<String> sources;

    private YearSchedule(int year, List<ScheduledDay> days, boolean official, String legalBasis, List<String> sources) {
        this.year = year;
        List<ScheduledDay> off = new ArrayList<>();
        List<ScheduledDay> work = new ArrayList<>();
        for (ScheduledDay day : days) {
            if (day.getDate().getYear() != year) {
                throw new DateTimeException("Date " + day.getDate() + " is outside the year " + year);
            }
            (day.getKind() == DayKind.MAKE_UP ? work : off).add(day);
        }
        Collections.sort(off);
        Collections.sort(work);
        this.daysOff = List.copyOf(off);
        this.makeUpDays = List.copyOf(work);
        this.official = official;
        this.legalBasis = legalBasis;
        this.sources = List.copyOf(sources);
    }

    /**
     * Obtains a schedule.
     *
     * @param year  the calendar year
     * @param days  the days off and make-up days, all within the year, not null
     * @param official  true if announced rather than derived from the statute
     * @param legalBasis  the statute in force, null if not stated
     * @param sources  the documents the schedule rests on, not null
     * @return the schedule, not null
     * @throws DateTimeException if a day lies outside the year
     */
    public static YearSchedule of(int year, List<ScheduledDay> days, boolean official, String legalBasis,
            List<String> sources) {
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(sources, "sources");
        return new YearSchedule(year, days, official, legalBasis, sources);
    }

    /**
     * Gets the calendar year.
     *
     * @return the year
     */
    public int getYear() {
        return year;
    }

    /**
     * Gets the days off in date order, including statutory holidays on weekends.
     *
     * @return the days off, not null
     */
    public List<ScheduledDay> getDaysOff() {
        return daysOff;
    }

    /**
     * Gets the weekend days declared working days, in date order.
     *
     * @return the make-up days, not null
     */
    public List<ScheduledDay> getMakeUpDays() {
        return makeUpDays;
    }

    /**
     * Finds the entry of a date, a day off or a make-up day.
     *
     * @param date  the date, not null
     * @return the entry, empty if the date has none
     */
    public Optional<ScheduledDay> find(LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (ScheduledDay day : daysOff) {
            if (day.getDate().equals(date)) {
                return Optional.of(day);
            }
        }
        for (ScheduledDay day : makeUpDays) {
            if (day.getDate().equals(date)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /**
     * Checks if every day of this schedule comes from announced decisions: the schedule was
     * announced and none of its days is provisional.
     *
     * @return true if official, never together with {@link #isProvisional()}
     */
    public boolean isOfficial() {
        return official && !isProvisional();
    }

    /**
     * Checks if any entry of this schedule is provisional.
     *
     * @return true if some day has not been officially announced
     */
    public boolean isProvisional() {
        return daysOff.stream().anyMatch(ScheduledDay::isProvisional)
                || makeUpDays.stream().anyMatch(ScheduledDay::isProvisional);
    }

    /**
     * Gets the statute in force, as stated by the data.
     *
     * @return the legal basis, empty if not stated
     */
    public Optional<String> getLegalBasis() {
        return Optional.ofNullable(legalBasis);
    }

    /**
     * Gets the documents the schedule rests on.
     *
     * @return the sources, not null
     */
    public List<String> getSources() {
        return sources;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof YearSchedule other
                && year == other.year
                && daysOff.equals(other.daysOff)
                && makeUpDays.equals(other.makeUpDays)
                && official == other.official
                && Objects.equals(legalBasis, other.legalBasis)
                && sources.equals(other.sources);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, daysOff, makeUpDays, official, legalBasis, sources);
    }

    /**
     * Outputs a summary, such as {@code YearSchedule[2026, official, 15 days off, 2 make-up days]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "YearSchedule[" + year + ", " + (official ? "official" : "statutory rules") + ", " + daysOff.size()
                + " days off, " + makeUpDays.size() + " make-up days]";
    }
}
