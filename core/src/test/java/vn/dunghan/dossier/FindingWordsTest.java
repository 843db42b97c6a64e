package vn.dunghan.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Every finding has a title and an explanation in English and in Vietnamese, each its own. */
class FindingWordsTest {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    @Test
    void everyCodeHasItsWordsInBothLanguages() {
        Set<String> titles = new HashSet<>();
        for (FindingCode code : FindingCode.values()) {
            for (Locale language : new Locale[] {Locale.ENGLISH, VI}) {
                String title = code.getTitle(language);
                String explanation = code.getExplanation(language);
                assertTrue(titles.add(title), "a title is used once: " + title);
                assertTrue(!title.isBlank() && !title.endsWith("."), title);
                assertTrue(explanation.endsWith(".") && explanation.length() > title.length(), explanation);
            }
        }
        assertEquals(2 * FindingCode.values().length, titles.size());
        assertEquals("Hẹn trả kéo dài", FindingCode.PADDED_APPOINTMENT.getTitle(VI));
        assertEquals("Padded appointment", FindingCode.PADDED_APPOINTMENT.getTitle(Locale.FRENCH));
        assertEquals("Ngâm hồ sơ", FindingCode.IDLE_HOLDING.getTitle(Locale.forLanguageTag("vi")));
    }
}
