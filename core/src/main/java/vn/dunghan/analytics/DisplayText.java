package vn.dunghan.analytics;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Text that came from input, made safe for where it is shown: a console, an HTML page, a CSV file
 * opened in a spreadsheet. Control characters (which include a terminal's escape sequences) and
 * the bidirectional formatting characters that can disguise text (U+202A–U+202E, U+2066–U+2069)
 * are shown as {@code \}{@code uXXXX}, never sent raw; a CSV cell that a spreadsheet would run as
 * a formula is neutralised as OWASP's CSV-injection rule says, with a leading apostrophe.
 * <p>
 * This is a thread-safe utility class.
 */
public final class DisplayText {

    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+([.,][0-9]+)?([eE][+-]?[0-9]+)?");

    private DisplayText() {
    }

    /**
     * Shows every control and bidirectional formatting character of a text as {@code \}{@code uXXXX}.
     *
     * @param text  the text, not null
     * @return the text to display, the same instance when nothing needs showing
     */
    public static String visible(String text) {
        return escape(Objects.requireNonNull(text, "text"), false);
    }

    /**
     * Writes a text as one CSV cell for a spreadsheet: control and bidirectional characters shown
     * (line breaks and tabs kept), a leading {@code =}, {@code +}, {@code -}, {@code @}, tab or
     * carriage return of a text that is not a number prefixed with an apostrophe, and the cell
     * quoted when it holds a comma, a quote or a line break.
     *
     * @param text  the text, not null
     * @return the cell, not null
     */
    public static String csvCell(String text) {
        String cell = escape(Objects.requireNonNull(text, "text"), true);
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !NUMBER.matcher(cell).matches()) {
            cell = "'" + cell;
        }
        return cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    private static String escape(String text, boolean keepBreaks) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean show = isHidden(c) && !(keepBreaks && (c == '\n' || c == '\r' || c == '\t'));
            if (show && out == null) {
                out = new StringBuilder(text.length() + 12).append(text, 0, i);
            }
            if (show) {
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isHidden(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }
}
