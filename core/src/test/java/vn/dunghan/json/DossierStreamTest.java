package vn.dunghan.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.dunghan.dossier.Channel;
import vn.dunghan.dossier.Dossier;
import vn.dunghan.dossier.EventType;

/**
 * The fast path reads what the tree reader reads, and leaves to it every record it doubts. (The
 * fuzz test of the holidays module compares the two readers on mutated records.)
 */
class DossierStreamTest {

    private static final String FULL = "{\"id\":\"A-1\",\"procedure\":\"1.004227\",\"agency\":\"UBND phường Bến Nghé\","
            + "\"channel\":\"online\",\"submittedAt\":\"2026-02-12T15:30\",\"acceptedAt\":\"2026-02-12T15:40:00\","
            + "\"appointment\":\"2026-03-12\",\"competentReceivedAt\":\"2026-02-13T09:00\",\"events\":["
            + "{\"type\":\"SUPPLEMENT_REQUESTED\",\"at\":\"2026-02-13T10:00\"},"
            + "{\"type\":\"SUPPLEMENT_RECEIVED\",\"at\":\"2026-02-24T09:00\",\"newAppointment\":\"2026-03-17T16:00\"},"
            + "{\"type\":\"STEP\",\"unit\":\"Phòng Tư pháp\",\"start\":\"2026-02-25T08:00\",\"end\":\"2026-03-02T17:00\","
            + "\"allocatedWorkingDays\":3},"
            + "{\"apology\":true,\"type\":\"EXTENDED\",\"at\":\"2026-03-16T10:00\",\"newAppointment\":\"2026-03-20\"},"
            + "{\"type\":\"COMPLETED\",\"at\":\"2026-03-19T10:00\"}]}";

    private static Dossier fast(String json) {
        return DossierStream.read(json.getBytes(StandardCharsets.UTF_8), ReadLimits.defaults().streamFactory());
    }

    @Test
    void readsValidRecordsAsTheTreeReaderDoes() {
        Dossier dossier = fast(FULL);
        assertNotNull(dossier);
        assertEquals(DossierJson.read(FULL), dossier);
        String minimal = "{\"acceptedAt\":\"2026-02-12T15:40\",\"appointment\":\"2026-03-12T16:00\",\"agency\":\"U\","
                + "\"procedure\":\"P\",\"id\":\"B\"}";
        assertEquals(DossierJson.read(minimal), fast(minimal));
    }

    @Test
    void readsNamesAndConstantsWrittenOtherwiseAsTheTreeReaderDoes() {
        for (String variant : new String[] {
            // names are matched on the raw bytes first; an escaped name is still the same name
            FULL.replace("\"id\":", "\"\\u0069d\":"),
            FULL.replace("\"newAppointment\":\"2026-03-17T16:00\"", "\"new\\u0041ppointment\":\"2026-03-17T16:00\""),
            // constants are compared as written first, then in any case
            FULL.replace("\"type\":\"COMPLETED\"", "\"type\":\"completed\""),
            FULL.replace("\"channel\":\"online\"", "\"channel\":\"ONLINE\""),
            FULL.replace("\"channel\":\"online\"", "\"channel\":\"Counter\""),
            FULL.replace("\"type\":\"STEP\"", "\"type\":\"\\u0053TEP\"")}) {
            Dossier dossier = fast(variant);
            assertNotNull(dossier, variant);
            assertEquals(DossierJson.read(variant), dossier, variant);
        }
        Dossier counter = fast(FULL.replace("\"channel\":\"online\"", "\"channel\":\"Counter\""));
        assertEquals(Channel.COUNTER, counter.channel());
        Dossier completed = fast(FULL.replace("\"type\":\"COMPLETED\"", "\"type\":\"completed\""));
        assertEquals(EventType.COMPLETED, completed.events().get(4).type());
    }

    @Test
    void leavesEveryDoubtToTheTreeReader() {
        for (String doubt : new String[] {
            FULL.replace("\"channel\":\"online\"", "\"channel\":null"),
            FULL.replace("\"channel\":\"online\"", "\"channel\":\"fax\""),
            FULL.replace("\"2026-02-12T15:40:00\"", "\"2026-02-12T15:40:00+07:00\""), // an offset: the tree reads it
            FULL.replace("\"2026-02-12T15:40:00\"", "\"2026-02-30T15:40:00\""),
            FULL.replace("\"allocatedWorkingDays\":3", "\"allocatedWorkingDays\":3.0"),
            FULL.replace("\"allocatedWorkingDays\":3", "\"allocatedWorkingDays\":-3"),
            FULL.replace("\"allocatedWorkingDays\":3", "\"allocatedWorkingDays\":3000000000"),
            FULL.replace("\"apology\":true", "\"apology\":\"yes\""),
            FULL.replace("{\"type\":\"COMPLETED\",\"at\":\"2026-03-19T10:00\"}",
                    "{\"type\":\"COMPLETED\",\"at\":\"2026-03-19T10:00\",\"unit\":\"x\"}"),
            FULL.replace("{\"type\":\"COMPLETED\",\"at\":\"2026-03-19T10:00\"}", "{\"type\":\"COMPLETED\"}"),
            FULL.replace("\"id\":\"A-1\"", "\"id\":\" \""),
            FULL.replace("\"id\":\"A-1\",", ""),
            FULL.replace("\"id\":\"A-1\"", "\"id\":\"A-1\",\"id\":\"A-2\""),
            FULL.replace("\"id\":\"A-1\"", "\"id\":\"A-1\",\"status\":\"done\""),
            FULL.replace("\"id\":\"A-1\"", "\"ID\":\"A-1\""), // names are case-sensitive
            FULL.replace("\"id\":\"A-1\"", "\"idx\":\"A-1\""),
            FULL.replace("{\"type\":\"COMPLETED\",", "{\"type\":\"COMPLETED\",\"note\":\"x\","), // unknown in an event
            FULL.replace("{\"type\":\"COMPLETED\",", "{\"type\":\"COMPLETED\",\"type\":\"RETURNED\","),
            FULL.replace("\"type\":\"COMPLETED\"", "\"type\":\"COMPLETE\""),
            FULL.replace("\"type\":\"COMPLETED\"", "\"type\":\"COMPLETED \""),
            FULL + " {}",
            FULL.substring(0, FULL.length() - 1),
            "[" + FULL + "]",
            ""}) {
            assertNull(fast(doubt), doubt);
        }
    }
}
