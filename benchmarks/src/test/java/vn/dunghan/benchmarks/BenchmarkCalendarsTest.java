package vn.dunghan.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.opengamma.strata.basics.date.HolidayCalendar;

import de.focus_shift.jollyday.core.HolidayManager;
import net.objectlab.kit.datecalc.common.DateCalculator;
import vn.dunghan.calendar.WorkCalendar;

/** Every implementation benchmarked gives the same answers on the benchmark's inputs. */
class BenchmarkCalendarsTest {

    @Test
    void peersAgreeWithDunghanOnTheBenchmarkInputs() {
        Set<LocalDate> holidays = BenchmarkCalendars.holidays();
        // the civil service has about 12 weekday days off a year
        assertEquals(true, holidays.size() > 2000 && holidays.size() < 3000, "holidays: " + holidays.size());
        WorkCalendar dunghan = BenchmarkCalendars.dunghan(holidays);
        HolidayCalendar strata = BenchmarkCalendars.strata(holidays);
        DateCalculator<LocalDate> objectLab = BenchmarkCalendars.objectLab(holidays);
        HolidayManager jollyday = BenchmarkCalendars.jollyday(holidays);
        for (LocalDate start : BenchmarkCalendars.startDates(dunghan, 1024, 42)) {
            for (int n : BenchmarkCalendars.sizes()) {
                LocalDate expected = dunghan.plusWorkingDays(start, n);
                assertEquals(expected, BenchmarkCalendars.hashSetPlus(holidays, start, n), "loop " + start + " " + n);
                assertEquals(expected, strata.shift(start, n), "Strata " + start + " " + n);
                assertEquals(expected, objectLab.setStartDate(start).moveByBusinessDays(n).getCurrentBusinessDate(),
                        "ObjectLab " + start + " " + n);
                assertEquals(expected, BenchmarkCalendars.jollydayPlus(jollyday, start, n), "Jollyday " + start + " " + n);
                assertEquals(n, dunghan.workingDaysBetween(start, expected));
                assertEquals(n, BenchmarkCalendars.hashSetBetween(holidays, start, expected));
                assertEquals(n, strata.daysBetween(start.plusDays(1), expected.plusDays(1)));
            }
        }
    }
}
