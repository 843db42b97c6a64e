package vn.dunghan.holidays.lunar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import net.time4j.PlainDate;
import net.time4j.calendar.CommonElements;
import net.time4j.calendar.SexagesimalName;
import net.time4j.calendar.VietnameseCalendar;

/**
 * Cross-checks every day from 1968 to 2100 against Time4J's {@code VietnameseCalendar}
 * (net.time4j:time4j-base 5.9.4, an independent astronomical implementation, test scope only),
 * including the sexagenary names of years and days. Month names are not compared: Time4J names
 * the solar-term months of the Four Pillars (so 2026-01-01, before Tiểu hàn, is in a Tý month),
 * while Vietnamese almanacs name the lunar month itself, which {@link LunarDateTest} checks.
 */
class LunarTime4jTest {

    @Test
    void everyDayFrom1968To2100AgreesExceptNearMidnightMonths() {
        Set<LocalDate> disagreeingMonths = new TreeSet<>();
        for (LocalDate date = LocalDate.of(1968, 1, 1); date.getYear() <= 2100; date = date.plusDays(1)) {
            VietnameseCalendar theirs = PlainDate.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth())
                    .transform(VietnameseCalendar.class);
            LunarDate ours = LunarDate.from(date);
            boolean same = theirs.get(CommonElements.RELATED_GREGORIAN_YEAR) == ours.getYear()
                    && theirs.getMonth().getNumber() == ours.getMonth()
                    && theirs.getMonth().isLeap() == ours.isLeapMonth()
                    && theirs.getDayOfMonth() == ours.getDay();
            if (!same) {
                disagreeingMonths.add(date.minusDays(ours.getDay() - 1L));
            }
            assertSame(theirs.getSexagesimalDay(), ours.getDayCanChi(), "day can chi of " + date);
            assertSame(theirs.getYear().getStem(), theirs.getYear().getBranch(), ours.getYearCanChi(),
                    "year can chi of " + date);
        }
        for (LocalDate start : disagreeingMonths) {
            assertTrue(NearMidnight.isNearMidnight(start.toEpochDay(), 7), "month starting " + start
                    + " differs from Time4J, yet its new moon is "
                    + NearMidnight.minutesFromMidnight(start.toEpochDay(), 7) + " minutes from midnight");
        }
        // the months listed in LunarDate's Javadoc: new moons at 23:58, 23:59 and 23:59 UTC+7
        assertEquals(Set.of(LocalDate.of(2072, 12, 9), LocalDate.of(2077, 11, 15), LocalDate.of(2085, 10, 18)),
                disagreeingMonths);
    }

    private static void assertSame(SexagesimalName theirs, CanChi ours, String what) {
        assertSame(theirs.getStem(), theirs.getBranch(), ours, what);
    }

    private static void assertSame(SexagesimalName.Stem stem, SexagesimalName.Branch branch, CanChi ours, String what) {
        assertEquals(stem.ordinal(), ours.stem().ordinal(), what);
        assertEquals(branch.ordinal(), ours.branch().ordinal(), what);
    }
}
