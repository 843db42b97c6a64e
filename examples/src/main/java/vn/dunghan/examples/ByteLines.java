package vn.dunghan.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The non-blank lines of a UTF-8 stream as undecoded bytes: the reading thread only splits at
 * line feeds, and the threads that parse the lines decode them, which keeps a bulk run's single
 * reader from becoming its bottleneck. A line is blank if it holds only spaces, tabs and carriage
 * returns; a carriage return before the line feed is removed. The stream is not closed.
 */
final class ByteLines implements Iterator<byte[]> {

    private final InputStream in;
    private byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    private boolean eof;
    private byte[] next;

    ByteLines(InputStream in) {
        this.in = in;
    }

    /**
     * Decodes a line.
     *
     * @param line  the bytes of a line
     * @return the text
     */
    static String decode(byte[] line) {
        return new String(line, StandardCharsets.UTF_8);
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            byte[] line = readLine();
            if (line == null) {
                return false;
            }
            if (!isBlank(line)) {
                next = line;
            }
        }
        return true;
    }

    @Override
    public byte[] next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        byte[] line = next;
        next = null;
        return line;
    }

    private byte[] readLine() {
        int scanned = start;
        while (true) {
            for (int i = scanned; i < end; i++) {
                if (buffer[i] == '\n') {
                    byte[] line = copy(start, i);
                    start = i + 1;
                    return line;
                }
            }
            scanned = end;
            if (eof) {
                if (start == end) {
                    return null;
                }
                byte[] line = copy(start, end);
                start = end;
                return line;
            }
            scanned -= start;
            fill();
        }
    }

    private byte[] copy(int from, int to) {
        int last = to > from && buffer[to - 1] == '\r' ? to - 1 : to;
        return Arrays.copyOfRange(buffer, from, last);
    }

    /** Moves the unread bytes to the front, growing the buffer for a long line, and reads more. */
    private void fill() {
        int unread = end - start;
        if (unread == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
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
