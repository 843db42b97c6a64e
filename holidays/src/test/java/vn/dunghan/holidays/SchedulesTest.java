package vn.dunghan.holidays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.dunghan.calendar.DayKind;
import vn.dunghan.calendar.WorkCalendar;
import vn.dunghan.json.InvalidDocumentException;

/** Loading official schedules at run time: a new year, corrections, and every rejected document. */
class SchedulesTest {

    private static final String HEAD = "{\"format\":\"dunghan-vietnam-schedules\",\"version\":1,\"years\":[";

    /** A hypothetical announcement for 2028: Tết Wed 26 Jan, Mon 24 Jan swapped for Sat 5 Feb. */
    private static final String YEAR_2028 = HEAD + """
            {"year":2028,"sources":["Công văn 1/VPCP-KGVX (test)"],"days":[
              {"date":"2028-01-01","kind":"HOLIDAY","occasion":"NEW_YEAR","grade":"V2","source":"Công văn 1"},
              {"date":"2028-01-24","kind":"SWAPPED","occasion":"TET","makeUpDay":"2028-02-05","grade":"V2","source":"Công văn 1"},
              {"date":"2028-01-25","kind":"HOLIDAY","occasion":"TET","grade":"V2","source":"Công văn 1"},
              {"date":"2028-01-26","kind":"HOLIDAY","occasion":"TET","grade":"V2","source":"Công văn 1"}],
             "makeUpDays":[
              {"date":"2028-02-05","occasion":"TET","replaces":"2028-01-24","grade":"V2","source":"Công văn 1"}]}]}
            """;

    /**
     * The bundled data is validated at build time (this test runs in {@code mvn verify};
     * reading it already applies every rule of {@link Schedules}): no two entries on one date, every
     * swap balanced by a make-up day and every make-up day by a swap, every entry with a source and
     * a grade.
     */
    @Test
    void bundledSchedulesAreConsistent() {
        Schedules bundled = Schedules.bundled();
        assertEquals(2010, bundled.getYears().firstKey());
        assertEquals(2027, bundled.getYears().lastKey());
        Set<LocalDate> seen = new HashSet<>();
        int swaps = 0;
        for (YearSchedule year : bundled.getYears().values()) {
            // an announced year with days still unannounced is provisional, never both
            assertTrue(year.isOfficial() != year.isProvisional(), "official xor provisional: " + year.getYear());
            assertEquals(year.getYear() == 2027, year.isProvisional(), "provisional: " + year.getYear());
            for (ScheduledDay day : year.getDaysOff()) {
                assertTrue(seen.add(day.getDate()), "one entry per date: " + day);
                assertFalse(day.getSource().isBlank(), "source of " + day);
                assertNotNull(day.getGrade(), "grade of " + day);
                if (day.getKind() == DayKind.SWAPPED) {
                    swaps++;
                    LocalDate makeUp = day.getRelatedDate().orElseThrow();
                    ScheduledDay partner = bundled.year(makeUp.getYear()).orElseThrow().find(makeUp).orElseThrow();
                    assertEquals(day.getDate(), partner.getRelatedDate().orElseThrow(), "swap balanced: " + day);
                }
            }
            for (ScheduledDay day : year.getMakeUpDays()) {
                assertTrue(seen.add(day.getDate()), "one entry per date: " + day);
                assertFalse(day.getSource().isBlank(), "source of " + day);
                assertNotNull(day.getGrade(), "grade of " + day);
                assertEquals(day.getDate(), bundled.year(day.getRelatedDate().orElseThrow().getYear()).orElseThrow()
                        .find(day.getRelatedDate().orElseThrow()).orElseThrow().getRelatedDate().orElseThrow(),
                        "make-up day repays a swapped day naming it: " + day);
                assertTrue(day.getDate().getDayOfWeek().getValue() >= 6, "make-up day on a weekend: " + day);
            }
        }
        // every swap in docs/holidays.md §6: 2010-2026, 21 in all
        assertEquals(21, swaps);
        assertEquals(bundled, bundled.merge(Schedules.empty()));
    }

    @Test
    void anOfficeAddsANewYearWithoutARelease() {
        Schedules update = Schedules.read(YEAR_2028);
        WorkCalendar calendar = VietnamCalendars.civilService(update);
        assertFalse(calendar.isWorkingDay(LocalDate.of(2028, 1, 24)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2028, 2, 5)));
        assertEquals(DayKind.SWAPPED, calendar.dayOff(LocalDate.of(2028, 1, 24)).orElseThrow().getKind());
        assertFalse(calendar.dayOff(LocalDate.of(2028, 1, 25)).orElseThrow().isProvisional());
        // the years after the newly announced one stay provisional, and 2027 is unchanged
        assertTrue(calendar.dayOff(LocalDate.of(2029, 1, 1)).orElseThrow().isProvisional());
        assertEquals(VietnamCalendars.civilService().dayOff(LocalDate.of(2027, 2, 4)),
                calendar.dayOff(LocalDate.of(2027, 2, 4)));
        assertEquals(update, Schedules.read(new ByteArrayInputStream(YEAR_2028.getBytes(StandardCharsets.UTF_8))));
    }

    private static void assertRejected(String json, String message) {
        InvalidDocumentException ex = assertThrows(InvalidDocumentException.class, () -> Schedules.read(json));
        assertEquals(message, ex.getMessage());
    }

    private static String year(String days, String makeUps) {
        return HEAD + "{\"year\":2028,\"days\":[" + days + "],\"makeUpDays\":[" + makeUps + "]}]}";
    }

    private static final String NEW_YEAR =
            "{\"date\":\"2028-01-01\",\"kind\":\"HOLIDAY\",\"occasion\":\"NEW_YEAR\",\"grade\":\"V2\",\"source\":\"X\"}";

    @Test
    void rejectsBadSchedulesNamingPathAndRule() {
        assertRejected(year("{\"date\":\"2028-01-03\",\"kind\":\"HOLIDAY\",\"occasion\":\"NEW_YEAR\",\"grade\":\"V2\","
                + "\"source\":\"X\"}", "{\"date\":\"2028-01-10\",\"occasion\":\"TET\",\"replaces\":\"2028-01-03\","
                + "\"grade\":\"V2\",\"source\":\"X\"}"),
                "At /years/0/makeUpDays/0/date: Make-up day 2028-01-10 is a MONDAY; only a Saturday or Sunday can be"
                        + " declared a working day");
        assertRejected(year("{\"date\":\"2028-01-24\",\"kind\":\"SWAPPED\",\"occasion\":\"TET\",\"grade\":\"V2\","
                + "\"source\":\"X\"}", ""),
                "At /years/0/days/0/makeUpDay: Swapped day 2028-01-24 needs the make-up day that repays it");
        assertRejected(year("{\"date\":\"2028-01-24\",\"kind\":\"SWAPPED\",\"occasion\":\"TET\",\"makeUpDay\":\"2028-02-05\","
                + "\"grade\":\"V2\",\"source\":\"X\"}", ""),
                "At /years/0/days/0/makeUpDay: Swapped day 2028-01-24 is repaid on 2028-02-05, which is not declared"
                        + " a make-up day");
        assertRejected(year(NEW_YEAR, "{\"date\":\"2028-02-05\",\"occasion\":\"TET\",\"replaces\":\"2028-01-24\","
                + "\"grade\":\"V2\",\"source\":\"X\"}"),
                "At /years/0/makeUpDays/0/replaces: Make-up day 2028-02-05 repays 2028-01-24, which is not a swapped"
                        + " day naming it");
        assertRejected(year(NEW_YEAR + "," + NEW_YEAR.replace("V2", "D"), ""),
                "At /years/0/days/1/date: Date 2028-01-01 is already given at /years/0/days/0 as 2028-01-01 HOLIDAY"
                        + " NEW_YEAR [V2]");
        assertRejected(year(NEW_YEAR.replace("2028-01-01", "2029-01-01"), ""),
                "At /years/0/days/0/date: Date 2029-01-01 is outside the year 2028");
        assertRejected(year(NEW_YEAR.replace("\"source\":\"X\"", "\"source\":\" \""), ""),
                "At /years/0/days/0/source: Expected a non-blank string");
        assertRejected(year(NEW_YEAR.replace(",\"source\":\"X\"", ""), ""),
                "At /years/0/days/0/source: Field 'source' is required");
        assertRejected(year(NEW_YEAR.replace("\"grade\":\"V2\"", "\"grade\":\"V3\""), ""),
                "At /years/0/days/0/grade: 'V3' is not one of V1, V2, S, D, U");
        assertRejected(year(NEW_YEAR.replace("HOLIDAY", "MAKE_UP"), ""),
                "At /years/0/days/0/kind: Kind MAKE_UP is not a kind of day off; use HOLIDAY, COMPENSATORY, SWAPPED"
                        + " or BRIDGE");
        assertRejected(year("{\"date\":\"2028-01-08\",\"kind\":\"COMPENSATORY\",\"occasion\":\"NEW_YEAR\",\"grade\":\"D\","
                + "\"source\":\"X\"}", ""),
                "At /years/0/days/0/date: A COMPENSATORY day must be a weekday, but 2028-01-08 is a SATURDAY");
        assertRejected(year(NEW_YEAR.replace("}", ",\"note\":\"x\"}"), ""),
                "At /years/0/days/0/note: Unknown field 'note'; expected one of [compensates, date, grade, kind,"
                        + " makeUpDay, occasion, provisional, source]");
        assertRejected(HEAD + "{\"year\":2028,\"days\":[]},{\"year\":2028,\"days\":[]}]}",
                "At /years/1/year: Year 2028 is already given at /years/0/year");
        assertRejected(HEAD.replace("\"version\":1", "\"version\":2") + "]}",
                "At /version: Version 2 is not supported; this release reads version 1");
        assertRejected(HEAD.replace("dunghan-vietnam-schedules", "holidays") + "]}",
                "At /format: Format 'holidays' is not dunghan-vietnam-schedules");
        assertRejected(HEAD + "{\"year\":\"2028\",\"days\":[]}]}",
                "At /years/0/year: Expected a whole number but found the string '2028'");
        assertRejected(HEAD + "{\"year\":2300,\"days\":[]}]}",
                "At /years/0/year: Year 2300 is outside the supported range 1900..2199");
        assertRejected("{\"format\":", "At /: The document is not valid JSON at line 1, column 11: Unexpected"
                + " end-of-input within/between Object entries");
    }

    @Test
    void mergingChecksSwapsAcrossYears() {
        // a 2028 swap whose make-up day would fall in 2029, with no 2029 schedule loaded
        Schedules update = Schedules.read(year("{\"date\":\"2028-12-29\",\"kind\":\"SWAPPED\",\"occasion\":\"NEW_YEAR\","
                + "\"makeUpDay\":\"2029-01-06\",\"grade\":\"V2\",\"source\":\"X\"}", ""));
        DateTimeException ex = assertThrows(DateTimeException.class, () -> VietnamCalendars.civilService(update));
        assertEquals("SWAPPED day 2028-12-29 refers to 2029-01-06, which no schedule declares as the MAKE_UP day"
                + " referring back to it", ex.getMessage());
    }
}
