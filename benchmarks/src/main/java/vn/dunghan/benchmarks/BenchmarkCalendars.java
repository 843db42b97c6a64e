package vn.dunghan.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import com.opengamma.strata.basics.date.HolidayCalendar;
import com.opengamma.strata.basics.date.HolidayCalendarId;
import com.opengamma.strata.basics.date.ImmutableHolidayCalendar;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import net.objectlab.kit.datecalc.common.DateCalculator;
import net.objectlab.kit.datecalc.common.DefaultHolidayCalendar;
import net.objectlab.kit.datecalc.common.HolidayHandlerType;
import net.objectlab.kit.datecalc.jdk8.LocalDateKitCalculatorsFactory;
import vn.dunghan.calendar.WorkCalendar;
import vn.dunghan.holidays.VietnamCalendars;

/**
 * The same realistic holidays for every implementation compared: every weekday that is not a
 * working day of Vietnam's civil service from 2000 to 2199 (about 2,500 dates: holidays,
 * compensatory and swapped days), on a Saturday-Sunday weekend. Make-up Saturdays are left out,
 * because ObjectLab Kit and Jollyday cannot express a weekend day that is worked; the calendars are therefore
 * identical in every implementation.
 */
public final class BenchmarkCalendars {

    /** The first and last dates of the calendars. */
    public static final LocalDate MIN = LocalDate.of(2000, 1, 1);
    /** The last date of the calendars. */
    public static final LocalDate MAX = LocalDate.of(2199, 12, 31);
    /** The number of start dates of the working-day benchmarks, a power of two. */
    public static final int START_DATES = 1024;

    private BenchmarkCalendars() {
    }

    /** The weekday holidays of the civil service, 2000-2199. */
    public static Set<LocalDate> holidays() {
        WorkCalendar civil = VietnamCalendars.civilService();
        Set<LocalDate> holidays = new HashSet<>();
        for (LocalDate d = MIN; !d.isAfter(MAX); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5 && !civil.isWorkingDay(d)) {
                holidays.add(d);
            }
        }
        return holidays;
    }

    /** dunghan's indexed calendar with those holidays. */
    public static WorkCalendar dunghan(Set<LocalDate> holidays) {
        WorkCalendar.Builder builder = WorkCalendar.builder(MIN, MAX);
        holidays.forEach(d -> builder.dayOff(d, "Holiday"));
        return builder.build();
    }

    /** OpenGamma Strata's bitmap calendar with those holidays. */
    public static HolidayCalendar strata(Set<LocalDate> holidays) {
        return ImmutableHolidayCalendar.of(HolidayCalendarId.of("VN-CIVIL"), holidays, DayOfWeek.SATURDAY,
                DayOfWeek.SUNDAY);
    }

    /** An ObjectLab Kit calculator with those holidays; calculators are stateful, one per thread. */
    public static DateCalculator<LocalDate> objectLab(Set<LocalDate> holidays) {
        LocalDateKitCalculatorsFactory factory = new LocalDateKitCalculatorsFactory();
        factory.registerHolidays("VN-CIVIL", new DefaultHolidayCalendar<>(holidays, MIN, MAX));
        return factory.getDateCalculator("VN-CIVIL", HolidayHandlerType.FORWARD);
    }

    /**
     * A Jollyday holiday manager with those holidays, from a configuration file written for them:
     * one {@code Fixed} holiday per date, valid in its year only. Jollyday has no working-day
     * arithmetic; {@link #jollydayPlus} does what its users write, a loop asking it day by day.
     */
    public static HolidayManager jollyday(Set<LocalDate> holidays) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Configuration hierarchy=\"vncivil\" description=\"Vietnam civil service\""
                + " xmlns=\"https://focus_shift.de/jollyday/schema/holiday\">\n<Holidays>\n");
        holidays.stream().sorted().forEach(d -> xml.append("<Fixed month=\"").append(d.getMonth()).append("\" day=\"")
                .append(d.getDayOfMonth()).append("\" validFrom=\"").append(d.getYear()).append("\" validTo=\"")
                .append(d.getYear()).append("\"/>\n"));
        xml.append("</Holidays>\n</Configuration>\n");
        try {
            Path file = Files.createTempFile("dunghan-jollyday-", ".xml");
            file.toFile().deleteOnExit();
            Files.writeString(file, xml, StandardCharsets.UTF_8);
            return HolidayManager.getInstance(ManagerParameters.create(file.toUri().toURL()));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Adding working days with Jollyday: a day-by-day loop asking {@code isHoliday}. */
    public static LocalDate jollydayPlus(HolidayManager manager, LocalDate date, int n) {
        return dayByDayPlus(date, n, d -> manager.isHoliday(d));
    }

    /** Seeded random working days of 2002-2188, far enough from the range edges for n = 250 either way. */
    public static LocalDate[] startDates(WorkCalendar calendar, int count, long seed) {
        return startDates(calendar, count, seed, LocalDate.of(2002, 1, 1), 68_000);
    }

    /**
     * The {@link #START_DATES} start dates of the working-day benchmarks: {@code "recent"}, within
     * 2024-2026, like a year of dossiers; {@code "years"}, spread over 2002-2188, the worst case for
     * the processor's caches.
     */
    public static LocalDate[] startDates(WorkCalendar calendar, String span) {
        return switch (span) {
            case "recent" -> startDates(calendar, START_DATES, 42, LocalDate.of(2024, 1, 1), 3 * 365);
            case "years" -> startDates(calendar, START_DATES, 42);
            default -> throw new IllegalArgumentException("Unknown span \"" + span + "\"; expected recent or years");
        };
    }

    /** Seeded random working days within {@code days} days from {@code from}. */
    public static LocalDate[] startDates(WorkCalendar calendar, int count, long seed, LocalDate from, int days) {
        Random random = new Random(seed);
        LocalDate[] dates = new LocalDate[count];
        for (int i = 0; i < count; i++) {
            dates[i] = calendar.nextWorkingDayOrSame(from.plusDays(random.nextInt(days)));
        }
        return dates;
    }

    /** The plain day-by-day loop over a hash set that hand-written code uses. */
    public static LocalDate hashSetPlus(Set<LocalDate> holidays, LocalDate date, int n) {
        return dayByDayPlus(date, n, holidays::contains);
    }

    /**
     * Adds working days one day at a time, on a Saturday-Sunday weekend. JMH runs each benchmark in
     * its own JVM, so the predicate has one implementation there and is inlined.
     */
    private static LocalDate dayByDayPlus(LocalDate date, int n, Predicate<LocalDate> holiday) {
        LocalDate d = date;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek().getValue() <= 5 && !holiday.test(d)) {
                left--;
            }
        }
        return d;
    }

    /** The day-by-day count over a hash set. */
    public static int hashSetBetween(Set<LocalDate> holidays, LocalDate start, LocalDate end) {
        int count = 0;
        for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5 && !holidays.contains(d)) {
                count++;
            }
        }
        return count;
    }

    /** Lists the sizes used as {@code n}. */
    public static List<Integer> sizes() {
        return List.of(1, 15, 250);
    }
}
