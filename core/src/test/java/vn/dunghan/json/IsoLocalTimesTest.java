package vn.dunghan.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The fast reader agrees with {@link LocalDateTime#parse(CharSequence)}, the JDK's strict ISO formatter. */
class IsoLocalTimesTest {

    @Test
    void everyDayOf300YearsReadsAsTheJdkReadsIt() {
        for (LocalDate date = LocalDate.of(1900, 1, 1); date.getYear() < 2200; date = date.plusDays(1)) {
            String minutes = date + "T" + String.format("%02d:%02d", date.getDayOfMonth() % 24, date.getDayOfYear() % 60);
            assertEquals(LocalDateTime.parse(minutes), IsoLocalTimes.parse(minutes), minutes);
            String seconds = minutes + String.format(":%02d", date.getMonthValue() * 4 % 60);
            assertEquals(LocalDateTime.parse(seconds), IsoLocalTimes.parse(seconds), seconds);
        }
    }

    @Test
    void mutatedTextIsRejectedOrDeferredExactlyWhereTheJdkRejects() {
        long seed = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        String alphabet = "0123456789-T:.+Z /a";
        for (int i = 0; i < 200_000; i++) {
            char[] text = (random.nextBoolean() ? "2026-02-28T23:59" : "2024-02-29T07:30:59").toCharArray();
            int changes = 1 + random.nextInt(2);
            for (int c = 0; c < changes; c++) {
                text[random.nextInt(text.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            String candidate = new String(text);
            LocalDateTime fast;
            try {
                fast = IsoLocalTimes.parse(candidate);
            } catch (DateTimeException ex) {
                try {
                    LocalDateTime.parse(candidate);
                    fail("seed " + seed + ": '" + candidate + "' rejected here but read by the JDK");
                } catch (DateTimeException expected) {
                    continue;
                }
                continue;
            }
            if (fast != null) {
                try {
                    assertEquals(LocalDateTime.parse(candidate), fast, "seed " + seed + ": " + candidate);
                } catch (DateTimeException ex) {
                    fail("seed " + seed + ": '" + candidate + "' read here but rejected by the JDK");
                }
            }
        }
    }

    @Test
    void outOfRangeFieldsAreErrorsAndOtherShapesAreDeferred() {
        for (String bad : new String[] {"2026-02-29T08:00", "2026-13-01T08:00", "2026-01-01T24:00", "2026-01-01T08:60:00"}) {
            try {
                IsoLocalTimes.parse(bad);
                fail(bad + " was read");
            } catch (DateTimeException expected) {
                // the same rule as LocalDateTime.parse
            }
        }
        assertNull(IsoLocalTimes.parse("2026-01-01T08:00:00.5"));
        assertNull(IsoLocalTimes.parse("2026-01-01T08:00+07:00"));
        assertNull(IsoLocalTimes.parse("2026-01-01 08:00"));
        assertNull(IsoLocalTimes.parse("+2026-01-01T08:00"));
    }

    @Test
    void readsARangeOfAParsersBuffer() {
        char[] buffer = "\"at\":\"2026-02-17T07:30\",\"end\":\"2026-12-31T23:59:59\"".toCharArray();
        assertEquals(LocalDateTime.of(2026, 2, 17, 7, 30), IsoLocalTimes.parse(buffer, 6, 16));
        assertEquals(LocalDateTime.of(2026, 12, 31, 23, 59, 59), IsoLocalTimes.parse(buffer, 31, 19));
        // the neighbours of the range are not read: one character short or long is another shape
        assertNull(IsoLocalTimes.parse(buffer, 6, 17));
        assertNull(IsoLocalTimes.parse(buffer, 5, 16));
    }
}
