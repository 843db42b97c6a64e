package vn.dunghan.holidays.lunar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Exhaustive sweeps over the whole supported range: round trips and the structure of every year. */
class LunarCalendarSweepTest {

    @Test
    void everyDayRoundTrips() {
        LunarDate previous = null;
        for (LocalDate date = LunarDate.MIN_DATE; !date.isAfter(LunarDate.MAX_DATE); date = date.plusDays(1)) {
            LunarDate lunar = LunarDate.from(date);
            assertEquals(date, lunar.toLocalDate(), "toLocalDate of " + lunar);
            assertEquals(lunar, LunarDate.of(lunar.getYear(), lunar.getMonth(), lunar.isLeapMonth(), lunar.getDay()),
                    "of() of " + lunar);
            if (previous != null) {
                // consecutive days: the day advances, or a new month starts at day 1
                if (lunar.getDay() == 1) {
                    assertEquals(previous.lengthOfMonth(), previous.getDay(), "month before " + date + " ends early");
                } else {
                    assertEquals(previous.getDay() + 1, lunar.getDay(), "day after " + previous);
                    assertEquals(previous.getMonth(), lunar.getMonth());
                    assertEquals(previous.isLeapMonth(), lunar.isLeapMonth());
                }
            }
            previous = lunar;
        }
    }

    @Test
    void everyYearHasTwelveOrThirteenMonthsOfTwentyNineOrThirtyDays() {
        for (int year = 1900; year <= 2198; year++) {
            LunarDate month = LunarDate.ofTet(year);
            int leap = LunarDate.leapMonthOf(year);
            int count = 0;
            int leapCount = 0;
            int days = 0;
            int expectedNumber = 1;
            boolean leapDone = false;
            while (month.getYear() == year) {
                assertEquals(1, month.getDay());
                int length = month.lengthOfMonth();
                assertTrue(length == 29 || length == 30, "length of " + month);
                if (month.isLeapMonth()) {
                    leapCount++;
                    assertEquals(leap, month.getMonth(), "leap month of " + year);
                    assertTrue(!leapDone);
                    leapDone = true;
                } else {
                    assertEquals(expectedNumber, month.getMonth(), "month order in " + year);
                    expectedNumber++;
                }
                count++;
                days += length;
                month = month.plusDays(length);
            }
            assertEquals(leap == 0 ? 12 : 13, count, "months of " + year);
            assertTrue(leapCount <= 1);
            assertEquals(days, LunarDate.ofTet(year).lengthOfYear(), "length of year " + year);
            assertTrue(leap == 0 ? days >= 353 && days <= 355 : days >= 383 && days <= 385, "days of " + year);
            assertTrue(leap != 12, "leap month 12 never occurs in 1800-2200 (lunar.md §1): " + year);
        }
    }

    /**
     * The winter solstice lies in month 11: the local day on which the Sun's apparent longitude
     * reaches 270° is found by bisection on the engine's solar longitude, independently of the table.
     */
    @Test
    void winterSolsticeFallsInMonthEleven() {
        for (int year = 1900; year <= 2199; year++) {
            long day = LocalDate.of(year, 12, 15).toEpochDay();
            while (Astronomy.sunLongitudeAtLocalMidnight(day + 1, 7) < 270) {
                day++;
            }
            LunarDate solstice = LunarDate.from(LocalDate.ofEpochDay(day));
            assertEquals(11, solstice.getMonth(), "winter solstice of " + year + " on " + LocalDate.ofEpochDay(day));
        }
    }
}
