package vn.dunghan.holidays.lunar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * Cross-checks the calendar against Ho Ngoc Duc's published year table for 1900–2199
 * ({@code hnd-years-1900-2199.csv}, decoded from arrays TK20–TK22 of amlich-hnd.js).
 */
class LunarHndTableTest {

    private record HndYear(int year, LocalDate tet, int leap, int[] lengths) {
    }

    private static List<HndYear> readTable() throws IOException {
        List<HndYear> years = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                LunarHndTableTest.class.getResourceAsStream("hnd-years-1900-2199.csv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("year")) {
                    continue;
                }
                String[] fields = line.split(",");
                String[] parts = fields[3].split(" ");
                int[] lengths = new int[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    lengths[i] = Integer.parseInt(parts[i]);
                }
                years.add(new HndYear(Integer.parseInt(fields[0]), LocalDate.parse(fields[1]),
                        Integer.parseInt(fields[2]), lengths));
            }
        }
        assertEquals(300, years.size());
        return years;
    }

    /** The month starts of a published year, within the supported range. */
    private static Set<LocalDate> monthStarts(HndYear year) {
        Set<LocalDate> starts = new TreeSet<>();
        LocalDate start = year.tet();
        for (int length : year.lengths()) {
            if (start.isAfter(LunarDate.MAX_DATE)) {
                break;
            }
            starts.add(start);
            start = start.plusDays(length);
        }
        return starts;
    }

    private static Set<LocalDate> ourMonthStarts(LunarTable table, int year) {
        Set<LocalDate> starts = new TreeSet<>();
        int index = table.indexOf(year, 1, false);
        int months = table.leapMonthOf(year) == 0 ? 12 : 13;
        for (int i = 0; i < months; i++) {
            LocalDate start = LocalDate.ofEpochDay(table.startOf(index + i));
            if (!start.isAfter(LunarDate.MAX_DATE)) {
                starts.add(start);
            }
        }
        return starts;
    }

    /**
     * From 1968 (UTC+7 official) to 2199 every Tết and leap month agrees, and every month start
     * agrees except where the new moon falls within minutes of local midnight (2054-05-08).
     */
    @Test
    void agreesFrom1968Except(/* near-midnight months */) throws IOException {
        Set<LocalDate> disagreements = new TreeSet<>();
        for (HndYear year : readTable()) {
            if (year.year() < 1968) {
                continue;
            }
            assertEquals(year.tet(), LunarDate.ofTet(year.year()).toLocalDate(), "Tết " + year.year());
            assertEquals(year.leap(), LunarDate.leapMonthOf(year.year()), "leap month " + year.year());
            Set<LocalDate> theirs = monthStarts(year);
            Set<LocalDate> ours = ourMonthStarts(LunarTable.VIETNAM, year.year());
            for (LocalDate start : theirs) {
                if (!ours.contains(start)) {
                    disagreements.add(start);
                }
            }
            for (LocalDate start : ours) {
                if (!theirs.contains(start)) {
                    disagreements.add(start);
                }
            }
        }
        for (LocalDate start : disagreements) {
            assertTrue(NearMidnight.isNearMidnight(start.toEpochDay(), 7),
                    "month start " + start + " differs from Ho Ngoc Duc's table, yet its new moon is "
                            + NearMidnight.minutesFromMidnight(start.toEpochDay(), 7) + " minutes from midnight");
        }
        // the known case, listed in LunarDate's Javadoc: the new moon of 2054-05-08 at 00:00 UTC+7
        assertEquals(Set.of(LocalDate.of(2054, 5, 7), LocalDate.of(2054, 5, 8)), disagreements);
    }

    /**
     * Before 1968 Vietnam's calendar followed other meridians, and the published table follows
     * the Chinese one. The same engine at UTC+8 reproduces every Tết and leap month of 1900–1967
     * but two: 1916, where the table keeps 3 February (the new moon fell minutes after midnight
     * UTC+8), and 1925, where the table gives 25 January although UTC+7 and UTC+8 both put the new
     * moon (the total solar eclipse of 1925-01-24, about 14:45 UT) on 24 January.
     * <p>
     * At UTC+7, which dunghan applies to the whole range, the years whose Tết or leap month
     * differ from UTC+8 are those listed in docs/lunar.md §3.2 and LunarDate's Javadoc.
     */
    @Test
    void before1968TheTableFollowsChineseMeridians() throws IOException {
        LunarTable utc8 = new LunarTable(8);
        Set<Integer> unexplained = new TreeSet<>();
        Set<Integer> utc7DiffersFromUtc8 = new TreeSet<>();
        for (HndYear year : readTable()) {
            if (year.year() >= 1968) {
                continue;
            }
            if (!year.tet().equals(tet(utc8, year.year())) || year.leap() != utc8.leapMonthOf(year.year())) {
                unexplained.add(year.year());
            }
            if (!tet(utc8, year.year()).equals(tet(LunarTable.VIETNAM, year.year()))
                    || utc8.leapMonthOf(year.year()) != LunarDate.leapMonthOf(year.year())) {
                utc7DiffersFromUtc8.add(year.year());
            }
        }
        assertEquals(Set.of(1916, 1925), unexplained);
        assertTrue(NearMidnight.isNearMidnight(LocalDate.of(1916, 2, 4).toEpochDay(), 8));
        assertEquals(LocalDate.of(1925, 1, 24), LunarDate.ofTet(1925).toLocalDate());
        assertEquals(LocalDate.of(1925, 1, 24), tet(utc8, 1925));
        assertEquals(Set.of(1903, 1916, 1917, 1922, 1935, 1938, 1965), utc7DiffersFromUtc8);
    }

    private static LocalDate tet(LunarTable table, int year) {
        return LocalDate.ofEpochDay(table.startOf(table.indexOf(year, 1, false)));
    }
}
