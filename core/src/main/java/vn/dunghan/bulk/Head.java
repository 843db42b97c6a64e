package vn.dunghan.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The first bytes of an input, read ahead without consuming them, and what they begin with: the
 * one look at an input's start that both format detection and the portal reader make.
 */
final class Head {

    /** How far into an input a look goes. */
    static final int LOOK_AHEAD = 4096;

    private final byte[] bytes;
    private final String text;
    /** The first character that is neither white space nor a byte order mark. */
    private final int start;

    private Head(byte[] bytes) {
        this.bytes = bytes;
        this.text = new String(bytes, StandardCharsets.UTF_8);
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        this.start = i;
    }

    /**
     * Reads the first bytes of an input and resets it to where it was.
     *
     * @param in  the input, supporting mark and reset
     * @return the head, not null
     * @throws UncheckedIOException if the input cannot be read
     */
    static Head of(InputStream in) {
        try {
            in.mark(LOOK_AHEAD);
            byte[] bytes = in.readNBytes(LOOK_AHEAD);
            in.reset();
            return new Head(bytes);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Checks if the input is a ZIP archive, as a workbook is. */
    boolean isZip() {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** The first meaningful character, or -1 if there is none within the look. */
    int first() {
        return start < text.length() ? text.charAt(start) : -1;
    }

    /** The first quoted text after the first meaningful character: an object's first key, or null. */
    String firstKey() {
        int quote = text.indexOf('"', start);
        int end = quote < 0 ? -1 : text.indexOf('"', quote + 1);
        return end < 0 ? null : text.substring(quote + 1, end);
    }

    /** The first line from the first meaningful character, or null if it runs past the look. */
    String firstLine() {
        int end = text.indexOf('\n', start);
        return end < 0 ? null : text.substring(start, end);
    }

    /** Checks if the look ended before the input did. */
    boolean isFull() {
        return bytes.length == LOOK_AHEAD;
    }
}
