package vn.dunghan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Splitting bytes at line feeds gives the lines a BufferedReader would give, minus the blank ones. */
class ByteLinesTest {

    private static List<String> lines(String text, int chunk) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        // a stream that returns at most chunk bytes per read, so lines straddle reads
        InputStream in = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
        List<String> lines = new ArrayList<>();
        new ByteLines(in).forEachRemaining(line -> lines.add(ByteLines.decode(line)));
        return lines;
    }

    @Test
    void splitsAtLineFeedsDropsCarriageReturnsAndBlankLines() {
        String text = "{\"a\":\"Hồ sơ\"}\r\n\n  \t\r\n{\"b\":2}\n{\"c\":3}";
        for (int chunk : new int[] {1, 2, 3, 7, 1 << 16}) {
            assertEquals(List.of("{\"a\":\"Hồ sơ\"}", "{\"b\":2}", "{\"c\":3}"), lines(text, chunk), "chunk " + chunk);
        }
        assertEquals(List.of(), lines("", 5));
        assertEquals(List.of(), lines("\n\r\n \n", 5));
    }

    @Test
    void linesLongerThanTheBufferAreWhole() {
        String longLine = "x".repeat(200_000);
        assertEquals(List.of("a", longLine, "b"), lines("a\n" + longLine + "\nb\n", 1 << 16));
        assertEquals(List.of(longLine), lines(longLine, 10_000));
    }
}
