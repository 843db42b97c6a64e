package vn.dunghan.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

/** The one parser of Vietnam times behind JSON, CSV and the command line. */
class VietnamTimesTest {

    private static final LocalDateTime T = LocalDateTime.of(2026, 2, 12, 15, 40);

    @Test
    void everyFormOfATimeMeansTheSameMoment() {
        for (String text : new String[] {"2026-02-12T15:40", "2026-02-12T15:40:00", "2026-02-12 15:40",
                "2026-02-12T15:40:00.000", "2026-02-12T15:40+07:00", "12/02/2026 15:40", "12/02/2026 15:40:00",
                "12/2/2026 15:40", "20260212154000", " 12/02/2026 15:40 "}) {
            assertEquals(T, VietnamTimes.parse(text), text);
        }
    }

    @Test
    void aDateAloneMeansTheTimeTheCallerSays() {
        LocalDate day = LocalDate.of(2026, 3, 12);
        for (String text : new String[] {"2026-03-12", "12/03/2026", "12/3/2026", "20260312"}) {
            assertEquals(day.atTime(LocalTime.MAX), VietnamTimes.parse(text, LocalTime.MAX), text);
            assertEquals(day.atStartOfDay(), VietnamTimes.parse(text, LocalTime.MIDNIGHT), text);
        }
        assertEquals("'2026-03-12' is not a time of the form yyyy-MM-ddTHH:mm[:ss], dd/MM/yyyy HH:mm[:ss] or"
                + " yyyyMMddHHmmss, in Vietnam time", error("2026-03-12", null));
    }

    @Test
    void badTimesAreRefusedWithTheValueQuoted() {
        // strict fields: never quietly 28 February or 1 March
        assertEquals("'31/02/2026 10:00' is not a valid time: Invalid date 'FEBRUARY 31'", error("31/02/2026 10:00", null));
        assertEquals("'2026-02-30T09:00' is not a valid time: Invalid date 'FEBRUARY 30'", error("2026-02-30T09:00", null));
        assertEquals("'20260230' is not a valid time: Invalid date 'FEBRUARY 30'", error("20260230", LocalTime.MAX));
        assertEquals("'2026-02-12T24:00' is not a valid time: Invalid value for HourOfDay (valid values 0 - 23): 24",
                error("2026-02-12T24:00", null));
        assertEquals("Time '2026-02-12T15:40+08:00' has the offset +08:00; times must be Vietnam time, local or +07:00",
                error("2026-02-12T15:40+08:00", null));
        assertEquals("Time '2026-02-12T08:40Z' has the offset Z; times must be Vietnam time, local or +07:00",
                error("2026-02-12T08:40Z", null));
        assertEquals("'yesterday' is not a time of the form yyyy-MM-ddTHH:mm[:ss], dd/MM/yyyy HH:mm[:ss] or"
                + " yyyyMMddHHmmss, or a date yyyy-MM-dd, dd/MM/yyyy or yyyyMMdd, in Vietnam time",
                error("yesterday", LocalTime.MAX));
        assertEquals("'' is not a time of the form yyyy-MM-ddTHH:mm[:ss], dd/MM/yyyy HH:mm[:ss] or yyyyMMddHHmmss,"
                + " in Vietnam time", error("", null));
    }

    private static String error(String text, LocalTime dateOnly) {
        return assertThrows(DateTimeParseException.class, () -> VietnamTimes.parse(text, dateOnly)).getMessage();
    }
}
