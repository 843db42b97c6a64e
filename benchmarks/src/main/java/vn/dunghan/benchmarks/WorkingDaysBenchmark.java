package vn.dunghan.benchmarks;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

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
 * Each invocation goes through 1,024 seeded random working days, so no result is constant, and
 * hands every result to the {@link Blackhole}; one operation is one call
 * ({@link OperationsPerInvocation}). That is JMH's safe looping (its sample 34): a benchmark method
 * per call had to take the next date from a field and pay the harness's loop control, safepoint
 * poll and counter per call, about 1.7 ns that every implementation paid alike and that hid most of
 * the difference between the fast ones. {@link #span} says whether the dates are spread over two
 * centuries or lie within three recent years.
 * <p>
 * The three benchmarks that the working-day targets compare (dunghan, Strata and the
 * {@code HashSet} loop adding days) run in 3 forks, the others in one: on a 2-core virtual
 * machine a one-fork figure of a few nanoseconds moves by 15-20% from one JVM to the next (code
 * layout, just-in-time decisions), which is the size of the margin the targets leave, and the mean
 * of three JVMs moves much less.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WorkingDaysBenchmark {

    private static final int DATES = BenchmarkCalendars.START_DATES;
    /** Forks of the benchmarks the targets compare. */
    private static final int TARGET_FORKS = 3;

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

    /** Builds the calendars and the start and end dates. */
    @Setup
    public void setUp() {
        holidays = BenchmarkCalendars.holidays();
        dunghan = BenchmarkCalendars.dunghan(holidays);
        strata = BenchmarkCalendars.strata(holidays);
        objectLab = BenchmarkCalendars.objectLab(holidays);
        jollyday = BenchmarkCalendars.jollyday(holidays);
        starts = BenchmarkCalendars.startDates(dunghan, span);
        ends = new LocalDate[DATES];
        for (int i = 0; i < DATES; i++) {
            ends[i] = dunghan.plusWorkingDays(starts[i], n);
        }
    }

    /** dunghan: {@code WorkCalendar.plusWorkingDays}. */
    @Benchmark
    @Fork(TARGET_FORKS)
    @OperationsPerInvocation(DATES)
    public void plusDunghan(Blackhole bh) {
        for (int i = 0; i < DATES; i++) {
            bh.consume(dunghan.plusWorkingDays(starts[i], n));
        }
    }

    /** A day-by-day loop over a hash set of holidays. */
    @Benchmark
    @Fork(TARGET_FORKS)
    @OperationsPerInvocation(DATES)
    public void plusHashSetLoop(Blackhole bh) {
        for (int i = 0; i < DATES; i++) {
            bh.consume(BenchmarkCalendars.hashSetPlus(holidays, starts[i], n));
        }
    }

    /** ObjectLab Kit: {@code setStartDate(d).moveByBusinessDays(n)}. */
    @Benchmark
    @OperationsPerInvocation(DATES)
    public void plusObjectLab(Blackhole bh) {
        for (int i = 0; i < DATES; i++) {
            bh.consume(objectLab.setStartDate(starts[i]).moveByBusinessDays(n).getCurrentBusinessDate());
        }
    }

    /** Jollyday 2.19.0: a day-by-day loop over {@code HolidayManager.isHoliday}. */
    @Benchmark
    @OperationsPerInvocation(DATES)
    public void plusJollyday(Blackhole bh) {
        for (int i = 0; i < DATES; i++) {
            bh.consume(BenchmarkCalendars.jollydayPlus(jollyday, starts[i], n));
        }
    }

    /** Strata: {@code HolidayCalendar.shift}. */
    @Benchmark
    @Fork(TARGET_FORKS)
    @OperationsPerInvocation(DATES)
    public void plusStrata(Blackhole bh) {
        for (int i = 0; i < DATES; i++) {
            bh.consume(strata.shift(starts[i], n));
        }
    }

    /** dunghan: {@code WorkCalendar.workingDaysBetween}. */
    @Benchmark
    @OperationsPerInvocation(DATES)
    public void betweenDunghan(Blackhole bh) {
        for (int i = 0; i < DATES; i++) {
            bh.consume(dunghan.workingDaysBetween(starts[i], ends[i]));
        }
    }

    /** A day-by-day count over a hash set of holidays. */
    @Benchmark
    @OperationsPerInvocation(DATES)
    public void betweenHashSetLoop(Blackhole bh) {
        for (int i = 0; i < DATES; i++) {
            bh.consume(BenchmarkCalendars.hashSetBetween(holidays, starts[i], ends[i]));
        }
    }

    /** Strata: {@code HolidayCalendar.daysBetween} (start inclusive, end exclusive). */
    @Benchmark
    @OperationsPerInvocation(DATES)
    public void betweenStrata(Blackhole bh) {
        for (int i = 0; i < DATES; i++) {
            bh.consume(strata.daysBetween(starts[i].plusDays(1), ends[i].plusDays(1)));
        }
    }
}
