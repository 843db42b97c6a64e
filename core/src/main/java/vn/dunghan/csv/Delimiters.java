package vn.dunghan.csv;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Finds the delimiter of a CSV file from its header row: comma, semicolon or tab, whichever occurs
 * most often outside quotes (a comma when none does, as in a one-column file).
 */
final class Delimiters {

    /** The longest header row looked at, in characters. */
    private static final int LOOK_AHEAD = 1 << 16;

    private Delimiters() {
    }

    /**
     * Reads the header row ahead and resets the reader to where it was.
     *
     * @param reader  the reader, positioned at the header, not null
     * @return the delimiter
     * @throws IOException if reading fails
     */
    static char detect(BufferedReader reader) throws IOException {
        reader.mark(LOOK_AHEAD);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < LOOK_AHEAD; i++) {
            int c = reader.read();
            if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        reader.reset();
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
