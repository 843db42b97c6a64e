package vn.dunghan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An agency named with a spreadsheet formula, a terminal escape sequence and a right-to-left
 * override reaches the console, the CSV tables and the HTML page only in a form that cannot act.
 */
class HostileNamesTest {

    private static final String AGENCY = "=HYPERLINK(\\\"http://x\\\")\\u001b[2J\\u202eevil";

    @Test
    void namesCannotActInTheConsoleSpreadsheetsOrPage(@TempDir Path dir) throws Exception {
        Path input = Files.writeString(dir.resolve("in.ndjson"), "{\"id\":\"000.00.12.H29-260302-0001\","
                + "\"procedure\":\"1.004222\",\"agency\":\"" + AGENCY + "\",\"channel\":\"COUNTER\","
                + "\"acceptedAt\":\"2026-03-02T09:00:00\",\"appointment\":\"2026-03-16T16:00:00\",\"events\":"
                + "[{\"type\":\"COMPLETED\",\"at\":\"2026-03-05T10:00:00\"}]}\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, Main.run(new String[] {"report", "--input", input.toString(), "--as-of", "2026-11-26T00:00",
                "--output-dir", dir.resolve("report").toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream())));
        String console = out.toString(StandardCharsets.UTF_8);
        assertFalse(console.contains("\u001b") || console.contains("\u202e"), "nothing raw on the console");
        assertTrue(console.contains("\\u001B[2J\\u202Eevil"), console);
        String csv = Files.readString(dir.resolve("report/by-agency.csv"));
        assertTrue(csv.contains("\n\"'=HYPERLINK(\"\"http://x\"\")\\u001B[2J\\u202Eevil\","), csv);
        String html = Files.readString(dir.resolve("report/report.html"));
        assertFalse(html.contains("\u001b") || html.contains("\u202e"), "nothing raw in the page");
        assertTrue(html.contains("=HYPERLINK(&quot;http://x&quot;)\\u001B[2J\\u202Eevil"), "the name is shown");
    }
}
