package vn.dunghan.benchmarks;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.opengamma.strata.basics.date.HolidayCalendar;

import de.focus_shift.jollyday.core.HolidayManager;
import net.objectlab.kit.datecalc.common.DateCalculator;
import vn.dunghan.calendar.WorkCalendar;

/**
 * Working-day arithmetic: adding {@code n} working days to a date, and counting the working days
 * between a date and the date {@code n} working days later, with dunghan's indexed
 * {@link WorkCalendar}, a day-by-day loop over a {@code HashSet}, ObjectLab Kit 1.4.8 and
 * OpenGamma Strata 2.12.60 and Jollyday 2.19.0 (holiday check per day), on identical holidays ({@link BenchmarkCalendars}).
 * <p>
 * Each invocation takes the next of 1,024 seeded random working days, so no result is constant;
 * {@link #span} says whether they are spread over two centuries or lie within three recent years.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WorkingDaysBenchmark {

    private static final int DATES = 1024;

    @Param({"1", "15", "250"})
    int n;

    /**
     * Where the start dates lie: {@code years} spreads them over 2002-2188, the worst case for the
     * processor's caches; {@code recent} keeps them within 2024-2026, like a year of dossiers.
     */
    @Param({"recent", "years"})
    String span;

    private WorkCalendar dunghan;
    private Set<LocalDate> holidays;
    private HolidayCalendar strata;
    private DateCalculator<LocalDate> objectLab;
    private HolidayManager jollyday;
    private LocalDate[] starts;
    private LocalDate[] ends;
    private int next;

    /** Builds the calendars and the start and end dates. */
    @Setup
    public void setUp() {
        holidays = BenchmarkCalendars.holidays();
        dunghan = BenchmarkCalendars.dunghan(holidays);
        strata = BenchmarkCalendars.strata(holidays);
        objectLab = BenchmarkCalendars.objectLab(holidays);
        jollyday = BenchmarkCalendars.jollyday(holidays);
        starts = span.equals("recent")
                ? BenchmarkCalendars.startDates(dunghan, DATES, 42, LocalDate.of(2024, 1, 1), 3 * 365)
                : BenchmarkCalendars.startDates(dunghan, DATES, 42);
        ends = new LocalDate[DATES];
        for (int i = 0; i < DATES; i++) {
            ends[i] = dunghan.plusWorkingDays(starts[i], n);
        }
    }

    private int index() {
        int i = next;
        next = (i + 1) & (DATES - 1);
        return i;
    }

    /** dunghan: {@code WorkCalendar.plusWorkingDays}. */
    @Benchmark
    public LocalDate plusDunghan() {
        return dunghan.plusWorkingDays(starts[index()], n);
    }

    /** A day-by-day loop over a hash set of holidays. */
    @Benchmark
    public LocalDate plusHashSetLoop() {
        return BenchmarkCalendars.hashSetPlus(holidays, starts[index()], n);
    }

    /** ObjectLab Kit: {@code setStartDate(d).moveByBusinessDays(n)}. */
    @Benchmark
    public LocalDate plusObjectLab() {
        return objectLab.setStartDate(starts[index()]).moveByBusinessDays(n).getCurrentBusinessDate();
    }

    /** Jollyday 2.19.0: a day-by-day loop over {@code HolidayManager.isHoliday}. */
    @Benchmark
    public LocalDate plusJollyday() {
        return BenchmarkCalendars.jollydayPlus(jollyday, starts[index()], n);
    }

    /** Strata: {@code HolidayCalendar.shift}. */
    @Benchmark
    public LocalDate plusStrata() {
        return strata.shift(starts[index()], n);
    }

    /** dunghan: {@code WorkCalendar.workingDaysBetween}. */
    @Benchmark
    public int betweenDunghan() {
        int i = index();
        return dunghan.workingDaysBetween(starts[i], ends[i]);
    }

    /** A day-by-day count over a hash set of holidays. */
    @Benchmark
    public int betweenHashSetLoop() {
        int i = index();
        return BenchmarkCalendars.hashSetBetween(holidays, starts[i], ends[i]);
    }

    /** Strata: {@code HolidayCalendar.daysBetween} (start inclusive, end exclusive). */
    @Benchmark
    public int betweenStrata() {
        int i = index();
        return strata.daysBetween(starts[i].plusDays(1), ends[i].plusDays(1));
    }
}
