package vn.dunghan.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Text from input shown safely: escapes, bidirectional overrides and spreadsheet formulas. */
class DisplayTextTest {

    @Test
    void controlAndBidirectionalCharactersAreShown() {
        String plain = "UBND phường Bến Nghé";
        assertSame(plain, DisplayText.visible(plain));
        // a terminal escape sequence that would clear the screen, and a right-to-left override
        assertEquals("\\u001B[2JAgency", DisplayText.visible("\u001b[2JAgency"));
        assertEquals("invoice\\u202Efdp.exe", DisplayText.visible("invoice\u202efdp.exe"));
        assertEquals("a\\u2066b\\u2069c\\u0085", DisplayText.visible("a\u2066b\u2069c\u0085"));
        assertEquals("line\\u000Abreak", DisplayText.visible("line\nbreak"));
    }

    @Test
    void spreadsheetFormulasAreNeutralised() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", DisplayText.csvCell("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1+1", DisplayText.csvCell("+1+1"));
        assertEquals("'@SUM(A1)", DisplayText.csvCell("@SUM(A1)"));
        assertEquals("'-2+3", DisplayText.csvCell("-2+3"));
        assertEquals("'\tcmd", DisplayText.csvCell("\tcmd"));
        // numbers stay numbers
        assertEquals("-5", DisplayText.csvCell("-5"));
        assertEquals("+0.25", DisplayText.csvCell("+0.25"));
        // line breaks are kept, in a quoted cell; other controls are shown
        assertEquals("\"two\nlines\"", DisplayText.csvCell("two\nlines"));
        assertEquals("a\\u001Bb", DisplayText.csvCell("a\u001bb"));
        assertEquals("\"a,b\"", DisplayText.csvCell("a,b"));
    }
}
