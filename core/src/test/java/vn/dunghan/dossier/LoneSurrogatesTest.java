package vn.dunghan.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Lone surrogates are found and escaped; whole pairs (an emoji) are left alone. */
class LoneSurrogatesTest {

    @Test
    void loneHalvesAreFoundAndEscapedAndPairsKept() {
        String pair = "\uD83D\uDE00";
        assertEquals(-1, LoneSurrogates.find("Phường " + pair, 0));
        assertEquals(2, LoneSurrogates.find("ab\uD800c", 0));
        assertEquals(1, LoneSurrogates.find("a\uDC00" + pair, 0));
        String clean = "Sở Tư pháp " + pair;
        assertSame(clean, LoneSurrogates.escape(clean));
        assertEquals("x\\uD800y" + pair + "\\uDC00", LoneSurrogates.escape("x\uD800y" + pair + "\uDC00"));
        assertEquals("\\uDBFF\\uDBFF", LoneSurrogates.escape("\uDBFF\uDBFF"));
    }
}
