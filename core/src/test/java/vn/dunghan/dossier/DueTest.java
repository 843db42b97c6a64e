package vn.dunghan.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dunghan.dossier.Fixture.at;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.dunghan.deadline.Due;

/** The due value: 24:00 of a day is one instant with 00:00 of the next, and has not passed then. */
class DueTest {

    @Test
    void endOfDayHasNotPassedAtMidnight() {
        Due due = Due.endOf(LocalDate.of(2026, 3, 16));
        assertFalse(due.isBefore(at("2026-03-16T23:59")));
        assertFalse(due.isBefore(at("2026-03-17T00:00")), "24:00 of the 16th is 00:00 of the 17th");
        assertTrue(due.isBefore(at("2026-03-17T00:01")));
        assertTrue(due.isBefore(at("2026-03-18T00:00")));
        assertEquals(at("2026-03-17T00:00"), due.toLocalDateTime());
        assertEquals("2026-03-16 24:00", due.toText());
    }

    @Test
    void momentPassesRightAfterIt() {
        Due due = Due.at(at("2026-03-03T11:30"));
        assertFalse(due.isBefore(at("2026-03-03T11:30")));
        assertTrue(due.isBefore(at("2026-03-03T11:31")));
        assertEquals(LocalDate.of(2026, 3, 3), due.date());
        assertEquals("2026-03-03T11:30", due.toText());
    }

    @Test
    void aDateOnlyAppointmentIsTheEndOfItsDay() {
        assertEquals(Due.endOf(LocalDate.of(2026, 3, 20)), Due.from(LocalDate.of(2026, 3, 20).atTime(java.time.LocalTime.MAX)));
        assertEquals(Due.at(at("2026-03-20T16:00")), Due.from(at("2026-03-20T16:00")));
    }
}
