package vn.dunghan.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.dunghan.calendar.DayKind;
import vn.dunghan.calendar.DayOff;
import vn.dunghan.calendar.OfficeHours;
import vn.dunghan.calendar.Session;
import vn.dunghan.calendar.Timetable;
import vn.dunghan.calendar.WorkCalendar;

/** Reading, writing and rejecting calendar documents. */
class CalendarJsonTest {

    private static final String EXAMPLE = """
            {
              "minDate": "2026-01-01",
              "maxDate": "2026-12-31",
              "weekend": ["SATURDAY", "sunday"],
              "daysOff": [
                {"date": "2026-04-30", "name": "Reunification Day", "localName": "Ngày Giải phóng miền Nam",
                 "kind": "HOLIDAY", "source": "Labour Code 2019, Art. 112(1)(c)", "provisional": false},
                {"date": "2026-05-01", "name": "Labour Day", "kind": "holiday"}
              ],
              "workingDays": [{"date": "2026-01-10", "name": "Make-up day"}],
              "officeHours": {
                "standard": {"MONDAY": ["07:30-11:30", "13:00-17:00"], "FRIDAY": ["07:30-11:30", "13:00-17:00"],
                             "SATURDAY": ["07:30-11:30"]},
                "seasons": [{"from": "--04-15", "to": "--10-14", "timetable": {"MONDAY": ["07:00-11:30"]}}],
                "exceptions": [{"date": "2026-02-13", "sessions": ["07:30-11:30"]}],
                "makeUpDay": ["08:00-12:00"]
              }
            }
            """;

    @Test
    void readsTheDocumentedExample() {
        WorkCalendar calendar = CalendarJson.read(EXAMPLE);
        assertEquals(LocalDate.of(2026, 1, 1), calendar.getMinDate());
        DayOff reunification = calendar.dayOff(LocalDate.of(2026, 4, 30)).orElseThrow();
        assertEquals(DayKind.HOLIDAY, reunification.getKind());
        assertEquals(Optional.of("Labour Code 2019, Art. 112(1)(c)"), reunification.getSource());
        assertEquals(Optional.of("Ngày Giải phóng miền Nam"), reunification.getLocalName());
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 5, 1)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 1, 10)));
        // make-up Saturday 2026-01-10 has Saturday sessions in the timetable, so it works 07:30-11:30
        assertEquals(Duration.ofHours(4), calendar.workingTimeBetween(LocalDate.of(2026, 1, 10).atStartOfDay(),
                LocalDate.of(2026, 1, 11).atStartOfDay()));
        assertEquals(LocalDateTime.of(2026, 4, 20, 7, 0), calendar.nextWorkingMoment(LocalDateTime.of(2026, 4, 20, 6, 0)));
    }

    @Test
    void writesWhatItReads() {
        Timetable timetable = Timetable.builder().weekdays(Session.parse("07:30-11:30"), Session.parse("13:00-17:00"))
                .day(DayOfWeek.SATURDAY, Session.parse("07:30-11:30")).build();
        WorkCalendar calendar = WorkCalendar.builder(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31))
                .weekend(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)
                .dayOff(DayOff.of(LocalDate.of(2026, 2, 17), "Lunar New Year", "Tết", DayKind.HOLIDAY, "Decision X", true))
                .workingDay(LocalDate.of(2026, 2, 20), "Make-up Friday")
                .officeHours(OfficeHours.builder(timetable)
                        .season(MonthDay.of(10, 15), MonthDay.of(4, 14), Timetable.ofWeekdays(Session.parse("08:00-12:00")))
                        .exception(LocalDate.of(2026, 2, 13))
                        .makeUpDay(Session.parse("07:30-11:30"))
                        .build())
                .build();
        String json = CalendarJson.write(calendar);
        assertEquals(calendar, CalendarJson.read(json));
        assertEquals(calendar, CalendarJson.read(new StringReader(json)));
        assertEquals(calendar, CalendarJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        WorkCalendar plain = WorkCalendar.builder(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)).build();
        assertEquals(plain, CalendarJson.read(CalendarJson.write(plain)));
    }

    private static void assertRejected(String json, String path, String message) {
        InvalidDocumentException ex = assertThrows(InvalidDocumentException.class, () -> CalendarJson.read(json));
        assertEquals(path, ex.getPath(), ex.getMessage());
        assertEquals(message, ex.getMessage());
    }

    @Test
    void rejectsInvalidDocumentsNamingPathAndRule() {
        String head = "{\"minDate\":\"2026-01-01\",\"maxDate\":\"2026-12-31\",";
        assertRejected(head + "\"holidays\":[]}", "/holidays",
                "At /holidays: Unknown field 'holidays'; expected one of"
                        + " [daysOff, maxDate, minDate, officeHours, weekend, workingDays]");
        assertRejected("{\"maxDate\":\"2026-12-31\"}", "/minDate", "At /minDate: Field 'minDate' is required");
        assertRejected(head + "\"daysOff\":[{\"date\":\"2026-02-30\",\"name\":\"X\"}]}", "/daysOff/0/date",
                "At /daysOff/0/date: '2026-02-30' is not a date of the form yyyy-MM-dd");
        assertRejected(head + "\"daysOff\":[{\"date\":\"2026-02-03\",\"name\":\"X\"},{\"date\":\"2026-02-03\",\"name\":\"Y\"}]}",
                "/daysOff/1/date", "At /daysOff/1/date: Date 2026-02-03 is already declared at /daysOff/0");
        assertRejected(head + "\"daysOff\":[{\"date\":\"2026-02-03\",\"name\":\"X\"}],"
                        + "\"workingDays\":[{\"date\":\"2026-02-03\",\"name\":\"Y\"}]}",
                "/workingDays/0/date", "At /workingDays/0/date: Working day 2026-02-03 is a TUESDAY,"
                        + " not a weekly rest day of [SATURDAY, SUNDAY]");
        assertRejected(head + "\"daysOff\":[{\"date\":\"2027-01-01\",\"name\":\"X\"}]}", "/daysOff/0/date",
                "At /daysOff/0/date: Date 2027-01-01 is outside the calendar's range 2026-01-01..2026-12-31");
        assertRejected(head + "\"daysOff\":[{\"date\":\"2026-01-01\",\"name\":\"X\",\"kind\":\"FEAST\"}]}",
                "/daysOff/0/kind", "At /daysOff/0/kind: 'FEAST' is not one of WEEKLY_REST, HOLIDAY, COMPENSATORY,"
                        + " SWAPPED, BRIDGE, MAKE_UP, OTHER");
        assertRejected(head + "\"daysOff\":[{\"date\":\"2026-01-01\",\"name\":\"X\",\"kind\":\"MAKE_UP\"}]}",
                "/daysOff/0/kind", "At /daysOff/0/kind: Kind MAKE_UP is not a kind of day off;"
                        + " use workingDays for make-up days");
        assertRejected(head + "\"daysOff\":[{\"date\":\"2026-01-01\",\"name\":\"\"}]}", "/daysOff/0/name",
                "At /daysOff/0/name: Expected a non-blank string");
        assertRejected(head + "\"daysOff\":[{\"date\":20260101,\"name\":\"X\"}]}", "/daysOff/0/date",
                "At /daysOff/0/date: Expected a string but found number 20260101");
        assertRejected(head + "\"weekend\":[\"SAT\"]}", "/weekend/0",
                "At /weekend/0: 'SAT' is not one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY");
        assertRejected(head + "\"officeHours\":{\"standard\":{\"MONDAY\":[\"07:30-11:30\",\"11:00-12:00\"]}}}",
                "/officeHours/standard", "At /officeHours/standard: Session 11:00-12:00 overlaps session 07:30-11:30 on MONDAY");
        assertRejected(head + "\"officeHours\":{\"standard\":{\"MONDAY\":[\"7h30-11h30\"]}}}",
                "/officeHours/standard/MONDAY/0",
                "At /officeHours/standard/MONDAY/0: '7h30-11h30' is not a session of the form HH:mm-HH:mm");
        assertRejected(head + "\"officeHours\":{\"standard\":{\"MON\":[]}}}", "/officeHours/standard/MON",
                "At /officeHours/standard/MON: 'MON' is not a day of the week such as MONDAY");
        assertRejected(head + "\"officeHours\":{\"standard\":{},\"seasons\":[{\"from\":\"--04-01\",\"to\":\"--06-30\","
                        + "\"timetable\":{}},{\"from\":\"--06-01\",\"to\":\"--09-30\",\"timetable\":{}}]}}",
                "/officeHours", "At /officeHours: Season --06-01..--09-30 overlaps season --04-01..--06-30 on --06-01");
        assertRejected("{\"minDate\":\"2026-01-01\",\"minDate\":\"2026-01-02\",\"maxDate\":\"2026-12-31\"}", "",
                "At /: The document is not valid JSON at line 1, column 34: Duplicate Object property \"minDate\"");
        assertRejected("{\"minDate\":\"2026-01-01\"", "", "At /: The document is not valid JSON at line 1, column 24: Unexpected end-of-input:"
                + " expected close marker for Object");
        assertRejected("", "", "At /: The document is empty");
        assertRejected("[]", "", "At /: Expected an object but found array []");
        assertRejected("{\"minDate\":\"2026-12-31\",\"maxDate\":\"2026-01-01\"}", "/maxDate",
                "At /maxDate: Calendar range 2026-12-31..2026-01-01 must not end before it starts");
    }
}
