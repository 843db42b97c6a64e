package vn.dunghan.benchmarks;

import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.ibm.icu.util.ChineseCalendar;

import net.time4j.PlainDate;
import net.time4j.calendar.EastAsianMonth;
import net.time4j.calendar.EastAsianYear;
import net.time4j.calendar.VietnameseCalendar;
import vn.dunghan.holidays.lunar.LunarDate;

/**
 * Lunar conversion, Gregorian to lunar and back, with dunghan's {@link LunarDate}, Time4J 5.9.4
 * {@code VietnameseCalendar} and ICU4J {@code ChineseCalendar} (ICU has no public Vietnamese
 * variant; the Chinese one does the same astronomy at UTC+8). Each invocation converts the next of
 * 1,024 seeded random dates of 1968–2100 and returns the lunar day of the month, or the Gregorian
 * date object, so that the whole conversion is consumed.
 * <p>
 * Lunar to Gregorian is measured twice: {@code to*} converts a lunar date object that already
 * exists (dunghan's keeps its Gregorian date, so this is a field read; Time4J's keeps its epoch
 * day and builds a {@code PlainDate}), and {@code of*} starts from the lunar fields (year, month,
 * leap flag, day), validates them and builds both objects, the whole work of a conversion.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LunarBenchmark {

    private static final int DATES = 1024;

    private LocalDate[] dates;
    private PlainDate[] plainDates;
    private long[] millis;
    private LunarDate[] lunarDates;
    private VietnameseCalendar[] vietnamese;
    private int[] lunarYears;
    private int[] lunarMonths;
    private boolean[] leapMonths;
    private int[] lunarDays;
    private EastAsianYear[] time4jYears;
    private EastAsianMonth[] time4jMonths;
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
        lunarYears = new int[DATES];
        lunarMonths = new int[DATES];
        leapMonths = new boolean[DATES];
        lunarDays = new int[DATES];
        time4jYears = new EastAsianYear[DATES];
        time4jMonths = new EastAsianMonth[DATES];
        for (int i = 0; i < DATES; i++) {
            LocalDate d = LocalDate.of(1968, 1, 1).plusDays(random.nextInt(48_000));
            dates[i] = d;
            plainDates[i] = PlainDate.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            millis[i] = d.toEpochDay() * 86_400_000L;
            lunarDates[i] = LunarDate.from(d);
            vietnamese[i] = plainDates[i].transform(VietnameseCalendar.class);
            LunarDate lunar = lunarDates[i];
            lunarYears[i] = lunar.getYear();
            lunarMonths[i] = lunar.getMonth();
            leapMonths[i] = lunar.isLeapMonth();
            lunarDays[i] = lunar.getDay();
            time4jYears[i] = EastAsianYear.forGregorian(lunar.getYear());
            EastAsianMonth month = EastAsianMonth.valueOf(lunar.getMonth());
            time4jMonths[i] = lunar.isLeapMonth() ? month.withLeap() : month;
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
    public LocalDate toDunghan() {
        return lunarDates[index()].toLocalDate();
    }

    /** Time4J: {@code VietnameseCalendar.transform(PlainDate.class)}. */
    @Benchmark
    public PlainDate toTime4j() {
        return vietnamese[index()].transform(PlainDate.class);
    }

    /** dunghan: {@code LunarDate.of(year, month, leapMonth, day).toLocalDate()}. */
    @Benchmark
    public LocalDate ofDunghan() {
        int i = index();
        return LunarDate.of(lunarYears[i], lunarMonths[i], leapMonths[i], lunarDays[i]).toLocalDate();
    }

    /**
     * Time4J: {@code VietnameseCalendar.of(year, month, day).transform(PlainDate.class)}, with the
     * year and month objects made in advance.
     */
    @Benchmark
    public PlainDate ofTime4j() {
        int i = index();
        return VietnameseCalendar.of(time4jYears[i], time4jMonths[i], lunarDays[i]).transform(PlainDate.class);
    }
}
