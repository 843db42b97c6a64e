package vn.dunghan.holidays.lunar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.DateTimeException;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Known answers from published sources, rendering and error paths of {@link LunarDate}. */
class LunarDateTest {

    /**
     * Tết, its eve and Giỗ Tổ Hùng Vương (10/3) of 2010–2027, from the table of
     * docs/lunar.md §5.1, which agrees with the lunar dates printed in the official
     * holiday notices of each year and with Ho Ngoc Duc's tables.
     */
    @ParameterizedTest
    @CsvSource({
        "2010, 2010-02-14, 2010-02-13, 2010-04-23",
        "2011, 2011-02-03, 2011-02-02, 2011-04-12",
        "2012, 2012-01-23, 2012-01-22, 2012-03-31",
        "2013, 2013-02-10, 2013-02-09, 2013-04-19",
        "2014, 2014-01-31, 2014-01-30, 2014-04-09",
        "2015, 2015-02-19, 2015-02-18, 2015-04-28",
        "2016, 2016-02-08, 2016-02-07, 2016-04-16",
        "2017, 2017-01-28, 2017-01-27, 2017-04-06",
        "2018, 2018-02-16, 2018-02-15, 2018-04-25",
        "2019, 2019-02-05, 2019-02-04, 2019-04-14",
        "2020, 2020-01-25, 2020-01-24, 2020-04-02",
        "2021, 2021-02-12, 2021-02-11, 2021-04-21",
        "2022, 2022-02-01, 2022-01-31, 2022-04-10",
        "2023, 2023-01-22, 2023-01-21, 2023-04-29",
        "2024, 2024-02-10, 2024-02-09, 2024-04-18",
        "2025, 2025-01-29, 2025-01-28, 2025-04-07",
        "2026, 2026-02-17, 2026-02-16, 2026-04-26",
        "2027, 2027-02-06, 2027-02-05, 2027-04-16",
    })
    void tetEveAndHungKingsOfRecentYears(int year, LocalDate tet, LocalDate eve, LocalDate hungKings) {
        assertEquals(tet, LunarDate.ofTet(year).toLocalDate());
        LunarDate lastDay = LunarDate.from(eve);
        assertEquals(year - 1, lastDay.getYear());
        assertEquals(12, lastDay.getMonth());
        assertEquals(lastDay.lengthOfMonth(), lastDay.getDay());
        assertEquals(hungKings, LunarDate.of(year, 3, false, 10).toLocalDate());
        assertEquals(LunarDate.of(year, 3, false, 10), LunarDate.from(hungKings));
    }

    /**
     * Years where the Vietnamese calendar differs from the Chinese one (docs/lunar.md §3.1;
     * Ho Ngoc Duc, "Âm lịch Việt Nam", table of Tết dates; confirmed by Time4J's VietnameseCalendar).
     */
    @ParameterizedTest
    @CsvSource({
        "1968, 1968-01-29",
        "1969, 1969-02-16",
        "1985, 1985-01-21",
        "2007, 2007-02-17",
        "2030, 2030-02-02",
        "2053, 2053-02-18",
    })
    void tetWhereVietnamDiffersFromChina(int year, LocalDate tet) {
        assertEquals(tet, LunarDate.ofTet(year).toLocalDate());
    }

    @Test
    void leapMonths() {
        assertEquals(2, LunarDate.leapMonthOf(2023));
        assertEquals(6, LunarDate.leapMonthOf(2025));
        assertEquals(11, LunarDate.leapMonthOf(2033));
        assertEquals(1, LunarDate.leapMonthOf(2148));
        assertEquals(0, LunarDate.leapMonthOf(2026));
        // 1984: China has a leap month 10, Vietnam none; its leap month comes in 1985 (month 2)
        assertEquals(0, LunarDate.leapMonthOf(1984));
        assertEquals(2, LunarDate.leapMonthOf(1985));
        // 1987: Vietnam leap month 7, China leap month 6 (Ho Ngoc Duc's table and Time4J agree;
        // docs/lunar.md §3.1)
        assertEquals(7, LunarDate.leapMonthOf(1987));
        LunarDate leap = LunarDate.of(2025, 6, true, 1);
        assertTrue(leap.isLeapMonth());
        assertEquals(LocalDate.of(2025, 7, 25), leap.toLocalDate());
        assertEquals(LunarDate.of(2025, 6, false, 1).plusDays(LunarDate.of(2025, 6, false, 1).lengthOfMonth()), leap);
        assertEquals(384, leap.lengthOfYear());
        assertEquals(6, leap.getLeapMonthOfYear());
        assertEquals(354, LunarDate.ofTet(2026).lengthOfYear());
    }

    @Test
    void lunarYearIsTheGregorianYearOfItsTet() {
        LunarDate beforeTet = LunarDate.from(LocalDate.of(2026, 1, 10));
        assertEquals(2025, beforeTet.getYear());
        assertEquals(11, beforeTet.getMonth());
        assertEquals(22, beforeTet.getDay());
    }

    @Test
    void rendersInVietnameseAndEnglish() {
        LunarDate tet = LunarDate.from(LocalDate.of(2026, 2, 17));
        assertEquals("mùng 1 tháng Giêng năm Bính Ngọ", tet.toVietnameseText());
        assertEquals("day 1 of month 1 of the year Bính Ngọ (Fire Horse), 2026", tet.toEnglishText());
        assertEquals("Lunar 2026-01-01", tet.toString());
        assertEquals("ngày 15 tháng Sáu nhuận năm Ất Tỵ", LunarDate.of(2025, 6, true, 15).toVietnameseText());
        assertEquals("Lunar 2025-06L-15", LunarDate.of(2025, 6, true, 15).toString());
        assertEquals("mùng 10 tháng Ba năm Bính Ngọ", LunarDate.of(2026, 3, false, 10).toVietnameseText());
        // the eve of Tết 2025 was the 29th of month 12 (docs/lunar.md §5.1)
        assertEquals("ngày 29 tháng Chạp năm Giáp Thìn", LunarDate.from(LocalDate.of(2025, 1, 28)).toVietnameseText());
    }

    @Test
    void canChiOfYearsMonthsAndDays() {
        assertEquals("Bính Ngọ", CanChi.ofYear(2026).getVietnameseName());
        assertEquals("Giáp Thìn", CanChi.ofYear(2024).getVietnameseName());
        assertEquals("Ất Tỵ", CanChi.ofYear(2025).getVietnameseName());
        assertEquals("Đinh Mùi", CanChi.ofYear(2027).getVietnameseName());
        assertEquals("Giáp Tý", CanChi.ofYear(1984).getVietnameseName());
        // month 1 of a Bính year is Canh Dần; month 11 of a Giáp year is Bính Tý
        assertEquals("Canh Dần", LunarDate.ofTet(2026).getMonthCanChi().getVietnameseName());
        assertEquals("Bính Tý", CanChi.ofMonth(2024, 11).getVietnameseName());
        // tháng Chạp năm Giáp Thìn (from 2024-12-31) is Đinh Sửu, as printed in Vietnamese almanacs
        assertEquals("Đinh Sửu", LunarDate.from(LocalDate.of(2025, 1, 1)).getMonthCanChi().getVietnameseName());
        // the sexagenary day count: 2000-01-01 was a Mậu Ngọ day (cross-checked for every day of
        // 1968-2100 against Time4J in LunarTime4jTest)
        assertEquals("Mậu Ngọ", CanChi.ofEpochDay(LocalDate.of(2000, 1, 1).toEpochDay()).getVietnameseName());
        assertEquals("Bính Ngọ (Fire Horse)", CanChi.ofYear(2026).getEnglishName());
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> new CanChi(Stem.GIAP, Branch.SUU));
        assertEquals("Giáp Sửu is not in the sexagenary cycle: a stem and a branch must be both yang or both yin",
                ex.getMessage());
    }

    @Test
    void valueSemantics() throws Exception {
        LunarDate a = LunarDate.from(LocalDate.of(2026, 2, 17));
        LunarDate b = LunarDate.of(2026, 1, false, 1);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertTrue(a.compareTo(b.plusDays(1)) < 0);
        assertTrue(a.isBefore(b.plusDays(1)));
        assertTrue(b.plusDays(1).isAfter(a));
        assertFalse(a.isAfter(b));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(a);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            LunarDate read = (LunarDate) in.readObject();
            assertEquals(a, read);
            assertEquals(a.toLocalDate(), read.toLocalDate());
        }
    }

    @Test
    void invalidInput() {
        DateTimeException ex = assertThrows(DateTimeException.class, () -> LunarDate.of(2024, 4, true, 1));
        assertEquals("Leap month 4 does not exist in lunar year 2024, which has no leap month", ex.getMessage());
        ex = assertThrows(DateTimeException.class, () -> LunarDate.of(2025, 5, true, 1));
        assertEquals("Leap month 5 does not exist in lunar year 2025, whose leap month is 6", ex.getMessage());
        // month 2 of 2026 has 29 days (Ho Ngoc Duc's table, year 2026: 30 29 30 ...)
        ex = assertThrows(DateTimeException.class, () -> LunarDate.of(2026, 2, false, 30));
        assertEquals("Day 30 does not exist in month 2 of lunar year 2026, which has 29 days", ex.getMessage());
        ex = assertThrows(DateTimeException.class, () -> LunarDate.of(2026, 1, false, 0));
        assertEquals("Day 0 does not exist in month 1 of lunar year 2026, which has 30 days", ex.getMessage());
        ex = assertThrows(DateTimeException.class, () -> LunarDate.of(2026, 13, false, 1));
        assertEquals("Lunar month 13 is invalid: it must be from 1 to 12", ex.getMessage());
        ex = assertThrows(DateTimeException.class, () -> LunarDate.of(2300, 1, false, 1));
        assertEquals("Lunar year 2300 is outside the supported range 1899..2199", ex.getMessage());
        ex = assertThrows(DateTimeException.class, () -> LunarDate.ofTet(1800));
        assertEquals("Lunar year 1800 is outside the supported range 1899..2199", ex.getMessage());
        ex = assertThrows(DateTimeException.class, () -> LunarDate.of(1899, 1, false, 1));
        assertEquals("Lunar date 1899-01-01 falls on 1899-02-10, outside the supported range 1900-01-01..2199-12-31",
                ex.getMessage());
        ex = assertThrows(DateTimeException.class, () -> LunarDate.from(LocalDate.of(2200, 1, 1)));
        assertEquals("Date 2200-01-01 is outside the lunar calendar's supported range 1900-01-01..2199-12-31",
                ex.getMessage());
        ex = assertThrows(DateTimeException.class, () -> LunarDate.from(LocalDate.of(1899, 12, 31)));
        assertEquals("Date 1899-12-31 is outside the lunar calendar's supported range 1900-01-01..2199-12-31",
                ex.getMessage());
        assertThrows(DateTimeException.class, () -> LunarDate.leapMonthOf(1898));
        assertThrows(NullPointerException.class, () -> LunarDate.from(null));
    }
}
