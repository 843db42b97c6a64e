package vn.dunghan.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Splitting bytes at line feeds gives the lines a BufferedReader would give, minus the blank ones,
 * whatever the sizes of the stream's reads; long lines are skipped in bounded memory.
 */
class NdjsonLinesTest {

    private static InputStream chunked(byte[] bytes, int chunk) {
        // a stream that returns at most chunk bytes per read, so lines straddle reads
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }

    private static List<String> lines(String text, int chunk, ReadLimits limits) {
        List<String> lines = new ArrayList<>();
        NdjsonLines.of(chunked(text.getBytes(StandardCharsets.UTF_8), chunk), limits).forEachRemaining(line ->
                lines.add(line.number() + ":" + (line.isTooLong() ? "too long " + line.length()
                        : new String(line.bytes(), StandardCharsets.UTF_8))));
        return lines;
    }

    private static List<String> lines(String text, int chunk) {
        return lines(text, chunk, ReadLimits.defaults());
    }

    @Test
    void splitsAtLineFeedsDropsCarriageReturnsAndBlankLines() {
        String text = "{\"a\":\"Hồ sơ\"}\r\n\n  \t\r\n{\"b\":2}\n{\"c\":3}";
        for (int chunk : new int[] {1, 2, 3, 7, 1 << 16}) {
            assertEquals(List.of("1:{\"a\":\"Hồ sơ\"}", "4:{\"b\":2}", "5:{\"c\":3}"), lines(text, chunk), "chunk " + chunk);
        }
        assertEquals(List.of(), lines("", 5));
        assertEquals(List.of(), lines("\n\r\n \n", 5));
    }

    @Test
    void aLineOfNonAsciiSpacesIsARecordNotABlankLine() {
        // U+00A0 and U+3000 are not JSON whitespace: the line reaches the parser, which rejects it
        assertEquals(List.of("2:\u00A0\u3000"), lines("\n\u00A0\u3000\n", 3));
    }

    @Test
    void aByteOrderMarkAtTheStartIsRemovedAndOnlyThere() {
        for (int chunk : new int[] {1, 2, 64}) {
            assertEquals(List.of("1:{}", "2:\uFEFF{}"), lines("\uFEFF{}\n\uFEFF{}\n", chunk), "chunk " + chunk);
            assertEquals(List.of("2:{}"), lines("\uFEFF\n{}", chunk), "chunk " + chunk);
        }
    }

    @Test
    void linesLongerThanTheBufferAreWhole() {
        String longLine = "x".repeat(200_000);
        assertEquals(List.of("1:a", "2:" + longLine, "3:b"), lines("a\n" + longLine + "\nb\n", 1 << 16));
        assertEquals(List.of("1:" + longLine), lines(longLine, 10_000));
    }

    @Test
    void linesOverTheLimitAreSkippedAndReportedWithTheirLength() {
        ReadLimits limits = ReadLimits.of(100, 16);
        String exact = "y".repeat(100);
        for (int chunk : new int[] {1, 7, 1 << 16}) {
            assertEquals(List.of("1:a", "2:too long 101", "3:" + exact, "4:" + exact, "5:too long 5000", "6:b"),
                    lines("a\n" + "x".repeat(101) + "\n" + exact + "\n" + exact + "\r\n" + "z".repeat(5000) + "\nb",
                            chunk, limits), "chunk " + chunk);
            assertEquals(List.of("1:too long 250"), lines("q".repeat(250), chunk, limits), "chunk " + chunk);
        }
    }
}
