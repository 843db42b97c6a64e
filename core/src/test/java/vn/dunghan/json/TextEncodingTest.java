package vn.dunghan.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Files in another encoding are refused once, with a hint; stray bad bytes stay the record's. */
class TextEncodingTest {

    private static final String RECORD = "{\"id\":\"000.00.12.H29-260302-0001\",\"agency\":\"UBND phường Bến Nghé\"}\n";

    private static String rule(byte[] bytes) {
        return assertThrows(InvalidDocumentException.class,
                () -> NdjsonLines.of(new ByteArrayInputStream(bytes), ReadLimits.defaults())).getRule();
    }

    @Test
    void otherEncodingsAreRefusedWithAHint() {
        String text = RECORD.repeat(3);
        assertEquals("The file is UTF-16 text, not UTF-8; save it as UTF-8 (in Excel: Save As, \"CSV UTF-8\")",
                rule(text.getBytes(StandardCharsets.UTF_16)));
        assertEquals("The file holds NUL bytes, as UTF-16 or UTF-32 text does, and is not UTF-8; save it as UTF-8"
                + " (in Excel: Save As, \"CSV UTF-8\")", rule(text.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("The file is UTF-32 text, not UTF-8; save it as UTF-8 (in Excel: Save As, \"CSV UTF-8\")",
                rule(("\ufeff" + text).getBytes(Charset.forName("UTF-32BE"))));
        // Vietnamese in Windows-1258: 'ư', 'ờ' and the tone marks are single bytes above 0x7F
        byte[] legacy = text.getBytes(Charset.forName("windows-1258"));
        assertEquals(true, rule(legacy).startsWith("The file is not UTF-8: "));
        assertThrows(InvalidDocumentException.class,
                () -> vn.dunghan.csv.CsvDossiers.open(new ByteArrayInputStream("MaHoSo\nX\n".getBytes(StandardCharsets.UTF_16))));
    }

    @Test
    void utf8WithAStrayBadByteIsLeftToItsRecord() {
        byte[] good = RECORD.repeat(3).getBytes(StandardCharsets.UTF_8);
        assertNull(TextEncoding.problem(good));
        byte[] stray = good.clone();
        stray[30] = (byte) 0xC0;
        assertNull(TextEncoding.problem(stray));
        byte[] bom = ("\ufeff" + RECORD).getBytes(StandardCharsets.UTF_8);
        assertNull(TextEncoding.problem(bom));
    }
}
