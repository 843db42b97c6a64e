package vn.dunghan.json;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Checks, once per file, that input is UTF-8 text before any line of it is read, so that a file in
 * another encoding is one clear error with a hint rather than a record error on every line. The
 * first 64 KiB are examined: a UTF-16 or UTF-32 byte order mark, NUL bytes in an eighth of the
 * bytes or more (UTF-16 or UTF-32 without a mark), or invalid UTF-8 that outweighs the valid
 * multi-byte sequences (a legacy 8-bit encoding such as Windows-1258) reject the file. A few stray
 * invalid bytes in a UTF-8 file are left to the record they are in.
 */
public final class TextEncoding {

    private static final int SAMPLE = 1 << 16;
    private static final String HINT = "; save it as UTF-8 (in Excel: Save As, \"CSV UTF-8\")";

    private TextEncoding() {
    }

    /**
     * Returns a stream that reads the same bytes, after checking that they are UTF-8 text.
     *
     * @param in  the input, not null; not closed
     * @return a stream positioned at the start of the input, not null
     * @throws InvalidDocumentException if the input is in another encoding
     * @throws UncheckedIOException if the input cannot be read
     */
    public static InputStream requireUtf8(InputStream in) {
        BufferedInputStream buffered = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, SAMPLE);
        try {
            buffered.mark(SAMPLE);
            byte[] sample = buffered.readNBytes(SAMPLE);
            buffered.reset();
            String problem = problem(sample);
            if (problem != null) {
                throw new InvalidDocumentException("", problem + HINT);
            }
            return buffered;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Says why a sample is not UTF-8 text, or null if it may be. */
    static String problem(byte[] b) {
        int n = b.length;
        if (n >= 4 && (b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0)) {
            return "The file is UTF-32 text, not UTF-8";
        }
        if (n >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            return "The file is UTF-16 text, not UTF-8";
        }
        int nul = 0;
        for (byte x : b) {
            nul += x == 0 ? 1 : 0;
        }
        // UTF-16 or UTF-32 text without a mark: a NUL beside nearly every Latin letter
        if (nul >= 4 && nul * 8 >= n) {
            return "The file holds NUL bytes, as UTF-16 or UTF-32 text does, and is not UTF-8";
        }
        int valid = 0;
        int invalid = 0;
        for (int i = 0; i < n; ) {
            int c = b[i] & 0xFF;
            int length = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4
                    ? 4 : 0;
            boolean ok = length > 0 && (i + length > n || continuation(b, i + 1, Math.min(i + length, n)));
            if (length == 1) {
                i++;
            } else if (ok) {
                valid++;
                i += length;
            } else {
                invalid++;
                i++;
            }
        }
        return invalid >= 4 && invalid > valid
                ? "The file is not UTF-8: " + invalid + " of its first bytes are not valid UTF-8, as in a Vietnamese"
                        + " Windows-1258 or other 8-bit file"
                : null;
    }

    private static boolean continuation(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if ((b[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }
}
