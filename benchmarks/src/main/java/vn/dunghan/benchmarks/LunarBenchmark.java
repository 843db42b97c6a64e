package vn.dunghan.benchmarks;

import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.ibm.icu.util.ChineseCalendar;

import net.time4j.PlainDate;
import net.time4j.calendar.VietnameseCalendar;
import vn.dunghan.holidays.lunar.LunarDate;

/**
 * Lunar conversion, Gregorian to lunar and back, with dunghan's {@link LunarDate}, Time4J 5.9.4
 * {@code VietnameseCalendar} and ICU4J {@code ChineseCalendar} (ICU has no public Vietnamese
 * variant; the Chinese one does the same astronomy at UTC+8). Each invocation converts the next of
 * 1,024 seeded random dates of 1968–2100 and returns the lunar day of the month, or the Gregorian
 * epoch day, so that the whole conversion is consumed.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LunarBenchmark {

    private static final int DATES = 1024;

    private LocalDate[] dates;
    private PlainDate[] plainDates;
    private long[] millis;
    private LunarDate[] lunarDates;
    private VietnameseCalendar[] vietnamese;
    private ChineseCalendar icu;
    private int next;

    /** Prepares the dates in each library's own input type. */
    @Setup
    public void setUp() {
        Random random = new Random(7);
        dates = new LocalDate[DATES];
        plainDates = new PlainDate[DATES];
        millis = new long[DATES];
        lunarDates = new LunarDate[DATES];
        vietnamese = new VietnameseCalendar[DATES];
        for (int i = 0; i < DATES; i++) {
            LocalDate d = LocalDate.of(1968, 1, 1).plusDays(random.nextInt(48_000));
            dates[i] = d;
            plainDates[i] = PlainDate.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            millis[i] = d.toEpochDay() * 86_400_000L;
            lunarDates[i] = LunarDate.from(d);
            vietnamese[i] = plainDates[i].transform(VietnameseCalendar.class);
        }
        icu = new ChineseCalendar(com.ibm.icu.util.TimeZone.getTimeZone("UTC"));
    }

    private int index() {
        int i = next;
        next = (i + 1) & (DATES - 1);
        return i;
    }

    /** dunghan: {@code LunarDate.from(LocalDate)}. */
    @Benchmark
    public int fromDunghan() {
        return LunarDate.from(dates[index()]).getDay();
    }

    /** Time4J: {@code PlainDate.transform(VietnameseCalendar.class)}. */
    @Benchmark
    public int fromTime4j() {
        return plainDates[index()].transform(VietnameseCalendar.class).getDayOfMonth();
    }

    /** ICU4J: {@code ChineseCalendar.setTimeInMillis} then reading the day of the month. */
    @Benchmark
    public int fromIcu4j() {
        icu.setTimeInMillis(millis[index()]);
        return icu.get(ChineseCalendar.DAY_OF_MONTH);
    }

    /** dunghan: {@code LunarDate.toLocalDate()}. */
    @Benchmark
    public long toDunghan() {
        return lunarDates[index()].toLocalDate().toEpochDay();
    }

    /** Time4J: {@code VietnameseCalendar.transform(PlainDate.class)}. */
    @Benchmark
    public long toTime4j() {
        return vietnamese[index()].transform(PlainDate.class).getDaysSinceEpochUTC();
    }
}
