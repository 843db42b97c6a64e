package vn.dunghan.benchmarks;

import java.time.LocalDate;
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

import vn.dunghan.calendar.WorkCalendar;

/**
 * dunghan's {@code plusWorkingDays} and Strata's {@code shift}, n = 15, measured one call per
 * invocation: the method of {@link WorkingDaysBenchmark} until 2026-11-27 03:39 UTC, kept beside it
 * so that each run shows both. Each invocation takes the next start date from a field, and the
 * harness's loop control, safepoint poll and counter run once per call, which adds a few
 * nanoseconds to every implementation alike.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@Fork(3)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WorkingDaysPerCallBenchmark {

    private static final int N = 15;

    /** Where the start dates lie, as in {@link WorkingDaysBenchmark#span}. */
    @Param({"recent", "years"})
    String span;

    private WorkCalendar dunghan;
    private HolidayCalendar strata;
    private LocalDate[] starts;
    private int next;

    /** Builds the calendars and the start dates. */
    @Setup
    public void setUp() {
        var holidays = BenchmarkCalendars.holidays();
        dunghan = BenchmarkCalendars.dunghan(holidays);
        strata = BenchmarkCalendars.strata(holidays);
        starts = BenchmarkCalendars.startDates(dunghan, span);
    }

    private int index() {
        int i = next;
        next = (i + 1) & (BenchmarkCalendars.START_DATES - 1);
        return i;
    }

    /** dunghan: {@code WorkCalendar.plusWorkingDays}. */
    @Benchmark
    public LocalDate plusDunghan() {
        return dunghan.plusWorkingDays(starts[index()], N);
    }

    /** Strata: {@code HolidayCalendar.shift}. */
    @Benchmark
    public LocalDate plusStrata() {
        return strata.shift(starts[index()], N);
    }
}
