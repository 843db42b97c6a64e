package vn.dunghan.holidays;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import vn.dunghan.calendar.DayKind;
import vn.dunghan.holidays.lunar.LunarDate;

/**
 * Vietnam's statutory holidays by legal period, with compensatory days, for years that have no
 * official schedule.
 * <p>
 * The legal periods:
 * <ul>
 * <li>Labour Code 1994, Art. 73 (in force 1995-01-01): 1/1; Tết 4 days (the last day of the old
 * lunar year and the first three of the new); 30/4; 1/5; 2/9. Law 84/2007/QH11 added Giỗ Tổ Hùng
 * Vương, 10/3 lunar, from 2007.</li>
 * <li>Labour Code 2012, Art. 115 (in force 2013-05-01): Tết 5 days, first in 2014 (Tết 2013 fell
 * before 1 May and kept 4 days); Decree 45/2013, Art. 8 lets the employer choose 1 or 2 days
 * before the new year.</li>
 * <li>Labour Code 2019, Arts 111–112 (in force 2021-01-01): National Day 2 days, 2/9 and one
 * adjacent day; the Prime Minister fixes the Tết days and the adjacent day each year (Art. 112(3)).</li>
 * <li>Vietnam Culture Day, 24/11, from 2026, by National Assembly Resolution 28/2026/QH16, Art. 2
 * (grade S: known from secondary sources only).</li>
 * </ul>
 * <b>Compensatory days</b> (1994 Art. 73, 2012 Art. 115(3), 2019 Art. 111(3)): each holiday that falls
 * on a weekly rest day gives a day off on the next working day, skipping other holidays and
 * compensatory days (so in 2023 Hùng Kings on Saturday 29/4 and 30/4 on Sunday gave Tuesday 2/5 and
 * Wednesday 3/5, Monday 1/5 being a holiday itself). Vietnam Culture Day gets no substitute day by
 * default: Art. 111(3) covers only the holidays of Art. 112(1), read literally (see
 * {@link #withCultureDaySubstitute(boolean)}).
 * <p>
 * <b>Defaults where the Prime Minister decides</b> (grade D, documented choices that reproduce
 * every announced year without a swap): the civil service takes 1 day before Tết when the new
 * year falls on a Monday or Tuesday and 2 days otherwise; the day adjacent to 2/9 is 1/9 when 2/9
 * falls on a Tuesday, Wednesday, Friday or Saturday, and 3/9 otherwise. Swaps (a weekday off repaid
 * on a Saturday) are decisions, never derived.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class StatutoryHolidays {

    /** The day the Labour Code 1994 took effect; no rules are modelled before it. */
    public static final LocalDate LABOUR_CODE_1994 = LocalDate.of(1995, 1, 1);
    /** The day the Labour Code 2012 took effect. */
    public static final LocalDate LABOUR_CODE_2012 = LocalDate.of(2013, 5, 1);
    /** The day the Labour Code 2019 took effect. */
    public static final LocalDate LABOUR_CODE_2019 = LocalDate.of(2021, 1, 1);
    /** The first year with Vietnam Culture Day as a day off. */
    public static final int FIRST_CULTURE_DAY_YEAR = 2026;
    /** The first year with the Hùng Kings' day as a holiday (Law 84/2007/QH11). */
    public static final int FIRST_HUNG_KINGS_YEAR = 2007;

    private static final StatutoryHolidays CIVIL_SERVICE =
            new StatutoryHolidays(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), 0, false);

    private final Set<DayOfWeek> weekend;
    /** Days before Tết for 5-day Tết, 0 for the civil-service default rule. */
    private final int daysBeforeTet;
    private final boolean cultureDaySubstitute;

    private StatutoryHolidays(Set<DayOfWeek> weekend, int daysBeforeTet, boolean cultureDaySubstitute) {
        this.weekend = Collections.unmodifiableSet(EnumSet.copyOf(weekend));
        this.daysBeforeTet = daysBeforeTet;
        this.cultureDaySubstitute = cultureDaySubstitute;
    }

    /**
     * Obtains the rules of the civil service: Saturday and Sunday weekly rest (Decision
     * 188/1999/QĐ-TTg), Tết and National Day placed by the documented default rules.
     *
     * @return the rules, not null
     */
    public static StatutoryHolidays civilService() {
        return CIVIL_SERVICE;
    }

    /**
     * Obtains the rules of a private employer, which chooses its Tết split and weekly rest days
     * and is not bound by the civil service's swaps.
     *
     * @param daysBeforeTet  the days off before the new year in a 5-day Tết: 1, 2 or 3 (the 2026
     *     notice allows 1 to 3; Decree 45/2013 allowed 1 or 2)
     * @param weekend  the weekly rest days, at least one, not null
     * @return the rules, not null
     * @throws IllegalArgumentException if the split is not 1, 2 or 3, or the weekend is empty or the
     *     whole week
     */
    public static StatutoryHolidays privateEmployer(int daysBeforeTet, DayOfWeek... weekend) {
        Objects.requireNonNull(weekend, "weekend");
        if (daysBeforeTet < 1 || daysBeforeTet > 3) {
            throw new IllegalArgumentException("Days before Tết " + daysBeforeTet + " must be 1, 2 or 3");
        }
        if (weekend.length == 0) {
            throw new IllegalArgumentException("A private employer's calendar needs at least one weekly rest day");
        }
        EnumSet<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : weekend) {
            set.add(Objects.requireNonNull(day, "weekend day"));
        }
        if (set.size() == 7) {
            throw new IllegalArgumentException("A private employer's calendar needs at least one working day in the"
                    + " week, not a weekend of " + set);
        }
        return new StatutoryHolidays(set, daysBeforeTet, false);
    }

    /**
     * Returns a copy of these rules that gives, or does not give, a substitute day for Vietnam
     * Culture Day falling on a weekly rest day (first in 2029, a Saturday).
     *
     * @param substitute  true to compensate Culture Day like the Art. 112(1) holidays
     * @return the rules, not null
     */
    public StatutoryHolidays withCultureDaySubstitute(boolean substitute) {
        return new StatutoryHolidays(weekend, daysBeforeTet, substitute);
    }

    /**
     * Gets the weekly rest days.
     *
     * @return the unmodifiable set, not null
     */
    public Set<DayOfWeek> getWeekend() {
        return weekend;
    }

    //-----------------------------------------------------------------------
    /**
     * Lists the statutory holidays of a calendar year, including those on weekly rest days.
     *
     * @param year  the year, from 1995 to 2199
     * @return the holidays in date order, of kind HOLIDAY and grade D (S for Culture Day), not null
     * @throws DateTimeException if the year is outside 1995..2199
     */
    public List<ScheduledDay> holidaysOf(int year) {
        checkYear(year);
        List<ScheduledDay> days = new ArrayList<>();
        add(days, LocalDate.of(year, 1, 1), Occasion.NEW_YEAR, "Art. 73", "Art. 115(1)(a)", "Art. 112(1)(a)");
        LunarDate tet = LunarDate.ofTet(year);
        LocalDate newYear = tet.toLocalDate();
        if (newYear.isBefore(LABOUR_CODE_2012)) {
            for (LocalDate d = newYear.minusDays(1); !d.isAfter(newYear.plusDays(2)); d = d.plusDays(1)) {
                add(days, d, Occasion.TET, "Art. 73", null, null);
            }
        } else {
            int before = daysBeforeTet != 0 ? daysBeforeTet : defaultDaysBeforeTet(newYear);
            for (LocalDate d = newYear.minusDays(before); !d.isAfter(newYear.plusDays(4L - before)); d = d.plusDays(1)) {
                add(days, d, Occasion.TET, null, "Art. 115(1)(b)", "Art. 112(1)(b)");
            }
        }
        if (year >= FIRST_HUNG_KINGS_YEAR) {
            add(days, LunarDate.of(year, 3, false, 10).toLocalDate(), Occasion.HUNG_KINGS, "Art. 73", "Art. 115(1)(đ)",
                    "Art. 112(1)(e)");
        }
        add(days, LocalDate.of(year, 4, 30), Occasion.REUNIFICATION_DAY, "Art. 73", "Art. 115(1)(c)", "Art. 112(1)(c)");
        add(days, LocalDate.of(year, 5, 1), Occasion.LABOUR_DAY, "Art. 73", "Art. 115(1)(d)", "Art. 112(1)(d)");
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        add(days, nationalDay, Occasion.NATIONAL_DAY, "Art. 73", "Art. 115(1)(e)", "Art. 112(1)(đ)");
        if (!nationalDay.isBefore(LABOUR_CODE_2019)) {
            add(days, defaultNationalDayAdjacent(year), Occasion.NATIONAL_DAY, null, null, "Art. 112(1)(đ)");
        }
        if (year >= FIRST_CULTURE_DAY_YEAR) {
            days.add(ScheduledDay.of(LocalDate.of(year, Month.NOVEMBER, 24), DayKind.HOLIDAY, Occasion.CULTURE_DAY,
                    Grade.S, "National Assembly Resolution 28/2026/QH16, Art. 2", false, null));
        }
        Collections.sort(days);
        return List.copyOf(days);
    }

    private static void add(List<ScheduledDay> days, LocalDate date, Occasion occasion, String article1994,
            String article2012, String article2019) {
        days.add(ScheduledDay.of(date, DayKind.HOLIDAY, occasion, Grade.D,
                statute(date, article1994, article2012, article2019), false, null));
    }

    private static String statute(LocalDate date, String article1994, String article2012, String article2019) {
        if (!date.isBefore(LABOUR_CODE_2019)) {
            return "Labour Code 2019, " + article2019;
        }
        if (!date.isBefore(LABOUR_CODE_2012)) {
            return "Labour Code 2012, " + article2012;
        }
        return "Labour Code 1994, " + article1994 + (date.getYear() >= 2007 ? ", as amended by Law 84/2007/QH11" : "");
    }

    /**
     * Derives the schedule of a year from the statutory rules: holidays and compensatory days.
     *
     * @param year  the year, from 1995 to 2199
     * @param provisional  true to mark every day provisional (a year not yet announced)
     * @return the schedule, not official, not null
     * @throws DateTimeException if the year is outside 1995..2199
     */
    public YearSchedule scheduleOf(int year, boolean provisional) {
        List<ScheduledDay> holidays = holidaysOf(year);
        Set<LocalDate> taken = new HashSet<>();
        holidays.forEach(day -> taken.add(day.getDate()));
        List<ScheduledDay> days = new ArrayList<>();
        for (ScheduledDay holiday : holidays) {
            days.add(provisional ? withProvisional(holiday) : holiday);
            boolean compensated = holiday.getOccasion() != Occasion.CULTURE_DAY || cultureDaySubstitute;
            if (compensated && weekend.contains(holiday.getDate().getDayOfWeek())) {
                LocalDate next = holiday.getDate().plusDays(1);
                while (weekend.contains(next.getDayOfWeek()) || taken.contains(next)) {
                    next = next.plusDays(1);
                }
                taken.add(next);
                days.add(ScheduledDay.of(next, DayKind.COMPENSATORY, holiday.getOccasion(), holiday.getGrade(),
                        compensationSource(next), provisional, holiday.getDate()));
            }
        }
        return YearSchedule.of(year, days, false, null, List.of());
    }

    private static ScheduledDay withProvisional(ScheduledDay day) {
        return ScheduledDay.of(day.getDate(), day.getKind(), day.getOccasion(), day.getGrade(), day.getSource(), true,
                day.getRelatedDate().orElse(null));
    }

    private static String compensationSource(LocalDate date) {
        return statute(date, "Art. 73", "Art. 115(3)", "Art. 111(3)");
    }

    /**
     * Gets the civil service's default number of days off before the new year in a 5-day Tết:
     * 1 when Tết falls on a Monday or Tuesday, else 2. This reproduces the announced patterns of
     * 2015–2027 (docs/holidays.md §4.1); 2014 (Friday, 1 day before) was the exception.
     *
     * @param tet  the date of the new year, not null
     * @return 1 or 2
     */
    static int defaultDaysBeforeTet(LocalDate tet) {
        DayOfWeek day = tet.getDayOfWeek();
        return day == DayOfWeek.MONDAY || day == DayOfWeek.TUESDAY ? 1 : 2;
    }

    /**
     * Gets the civil service's default day adjacent to 2/9 (Labour Code 2019, Art. 112(1)(đ)):
     * 1/9 when 2/9 falls on a Tuesday, Wednesday, Friday or Saturday, else 3/9, as announced for
     * 2021–2027.
     *
     * @param year  the year
     * @return 1/9 or 3/9 of that year, not null
     */
    static LocalDate defaultNationalDayAdjacent(int year) {
        switch (LocalDate.of(year, 9, 2).getDayOfWeek()) {
            case TUESDAY:
            case WEDNESDAY:
            case FRIDAY:
            case SATURDAY:
                return LocalDate.of(year, 9, 1);
            default:
                return LocalDate.of(year, 9, 3);
        }
    }

    private static void checkYear(int year) {
        if (year < LABOUR_CODE_1994.getYear() || year > LunarDate.MAX_DATE.getYear()) {
            throw new DateTimeException("Year " + year + " is outside the modelled legal periods 1995..2199"
                    + " (Labour Code 1994, in force 1995-01-01, onwards)");
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof StatutoryHolidays other
                && weekend.equals(other.weekend)
                && daysBeforeTet == other.daysBeforeTet
                && cultureDaySubstitute == other.cultureDaySubstitute;
    }

    @Override
    public int hashCode() {
        return Objects.hash(weekend, daysBeforeTet, cultureDaySubstitute);
    }

    /**
     * Outputs a summary of the rules.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "StatutoryHolidays[weekend " + weekend + ", Tết "
                + (daysBeforeTet == 0 ? "civil-service default" : daysBeforeTet + " day(s) before")
                + (cultureDaySubstitute ? ", Culture Day compensated" : "") + "]";
    }
}
