package vn.dunghan.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The non-blank lines of an NDJSON byte stream, undecoded: the reading thread only splits at line
 * feeds, and the threads that parse the lines decode and validate them (UTF-8 included), which keeps
 * a bulk run's single reader from becoming its bottleneck. Every reader of NDJSON in dunghan splits
 * lines here, so that they all agree on what a record is:
 * <ul>
 * <li>a line ends at a line feed; a carriage return before it is removed (CRLF files);
 * <li>a line is blank, and skipped, if it holds only spaces, tabs and carriage returns, the JSON
 *     whitespace; any other character, a no-break space included, makes it a record;
 * <li>a UTF-8 byte order mark at the very start of the stream is removed;
 * <li>a line longer than {@link ReadLimits#getMaxLineBytes()} is not held in memory: its bytes are
 *     skipped up to the next line feed and it is returned as {@linkplain Line#isTooLong() too long}.
 * </ul>
 * Line numbers are 1-based and count every line, blank ones included, so that they point into the
 * file. Memory stays below about twice the line limit.
 * <p>
 * This class is not thread-safe. The stream is not closed.
 */
public final class NdjsonLines implements Iterator<NdjsonLines.Line> {

    /**
     * One non-blank line: its number and its bytes, or only its length when it is over the limit.
     * The bytes are not copied: each line has its own array, which the caller owns.
     *
     * @param number  the 1-based line number
     * @param bytes  the bytes, line break excluded, null when the line is too long
     * @param length  the length in bytes, line break excluded
     */
    public record Line(long number, byte[] bytes, long length) {

        /**
         * Gets the bytes this line holds in memory.
         *
         * @return the size in bytes, 0 for a line over the limit
         */
        public long size() {
            return bytes == null ? 0 : bytes.length;
        }

        /**
         * Checks if the line is over the length limit, so that its bytes were skipped.
         *
         * @return true if the line is too long
         */
        public boolean isTooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private byte[] buffer;
    private int start;
    private int end;
    private boolean eof;
    private long number;
    private Line next;

    private NdjsonLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.buffer = new byte[Math.min(1 << 16, maxLineBytes + 2)];
    }

    /**
     * Obtains the lines of a stream.
     *
     * @param in  the UTF-8 NDJSON stream, not closed, not null
     * @param limits  the limits, not null
     * @return the lines, not null
     * @throws InvalidDocumentException if the stream is not UTF-8 text ({@link TextEncoding})
     */
    public static NdjsonLines of(InputStream in, ReadLimits limits) {
        Objects.requireNonNull(in, "in");
        return new NdjsonLines(TextEncoding.requireUtf8(in), Objects.requireNonNull(limits, "limits").getMaxLineBytes());
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            Line line = readLine();
            if (line == null) {
                return false;
            }
            if (line.isTooLong() || !isBlank(line.bytes())) {
                next = line;
            }
        }
        return true;
    }

    @Override
    public Line next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Line line = next;
        next = null;
        return line;
    }

    private Line readLine() {
        int scanned = start;
        while (true) {
            for (int i = scanned; i < end; i++) {
                if (buffer[i] == '\n') {
                    Line line = copy(start, i);
                    start = i + 1;
                    return line;
                }
            }
            scanned = end;
            if (eof) {
                if (start == end) {
                    return null;
                }
                Line line = copy(start, end);
                start = end;
                return line;
            }
            if (end - start > maxLineBytes + 1) {
                return skipLongLine();
            }
            scanned -= start;
            fill();
        }
    }

    private Line copy(int from, int to) {
        number++;
        if (number == 1 && to - from >= 3 && buffer[from] == (byte) 0xEF && buffer[from + 1] == (byte) 0xBB
                && buffer[from + 2] == (byte) 0xBF) {
            from += 3;
        }
        int last = to > from && buffer[to - 1] == '\r' ? to - 1 : to;
        if (last - from > maxLineBytes) {
            return new Line(number, null, last - from);
        }
        return new Line(number, Arrays.copyOfRange(buffer, from, last), last - from);
    }

    /** Skips the rest of a line over the limit, up to and including its line feed. */
    private Line skipLongLine() {
        number++;
        long length = 0;
        while (true) {
            for (int i = start; i < end; i++) {
                if (buffer[i] == '\n') {
                    length += i - start;
                    start = i + 1;
                    return new Line(number, null, length);
                }
            }
            length += end - start;
            start = end;
            if (eof) {
                return new Line(number, null, length);
            }
            fill();
        }
    }

    /** Moves the unread bytes to the front, growing the buffer up to the line limit, and reads more. */
    private void fill() {
        int unread = end - start;
        if (unread == buffer.length) {
            buffer = Arrays.copyOf(buffer, (int) Math.min((long) buffer.length * 2, maxLineBytes + 2L));
        } else if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, unread);
        }
        start = 0;
        end = unread;
        try {
            int read = in.read(buffer, end, buffer.length - end);
            if (read < 0) {
                eof = true;
            } else {
                end += read;
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
