package vn.dunghan.bulk;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * The formats a bulk run reads.
 */
public enum InputFormat {

    /** One dossier per line as JSON ({@link vn.dunghan.json.DossierJson}). */
    NDJSON,
    /** One dossier per row under a header ({@link vn.dunghan.csv.CsvDossiers}). */
    CSV,
    /** The national portal's dossier payload ({@link vn.dunghan.portal.PortalDossiers}). */
    PORTAL,
    /** The first sheet of an Excel workbook, in the columns of CSV ({@link vn.dunghan.csv.XlsxDossiers}). */
    XLSX;

    /** How far into a file {@link #detect} looks. */
    private static final int LOOK_AHEAD = 4096;

    /**
     * Finds the format of a file from its name alone: {@code .csv} is CSV, {@code .xlsx} XLSX,
     * anything else NDJSON.
     *
     * @param fileName  the file name or path, not null
     * @return the format, not null
     */
    public static InputFormat fromFileName(String fileName) {
        String name = Objects.requireNonNull(fileName, "fileName").toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") ? CSV : name.endsWith(".xlsx") ? XLSX : NDJSON;
    }

    /**
     * Finds the format of an input from its first bytes and its name: bytes starting {@code PK} (a
     * ZIP archive) are XLSX whatever the name; else {@code .csv} is CSV and {@code .xlsx} XLSX; JSON
     * whose first value is an array, or an object whose first field is the portal's
     * ({@code MaHoSo}, or the envelope's {@code service}, {@code data}...), is the portal's payload;
     * anything else is NDJSON. The stream is left where it was.
     *
     * @param fileName  the file name or path, not null
     * @param in  the input, supporting mark and reset, not null
     * @return the format, not null
     * @throws UncheckedIOException if the input cannot be read
     */
    public static InputFormat detect(String fileName, BufferedInputStream in) {
        InputFormat byName = fromFileName(fileName);
        Objects.requireNonNull(in, "in");
        try {
            in.mark(LOOK_AHEAD);
            byte[] head = in.readNBytes(LOOK_AHEAD);
            in.reset();
            // a workbook is a ZIP archive whatever its name: a renamed .xlsx is still read as one
            if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                return XLSX;
            }
            if (byName != NDJSON) {
                return byName;
            }
            return isPortal(new String(head, StandardCharsets.UTF_8)) ? PORTAL : NDJSON;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static boolean isPortal(String head) {
        int i = 0;
        while (i < head.length() && (Character.isWhitespace(head.charAt(i)) || head.charAt(i) == '\uFEFF')) {
            i++;
        }
        if (i < head.length() && head.charAt(i) == '[') {
            return true;
        }
        int quote = head.indexOf('"', i);
        int end = quote < 0 ? -1 : head.indexOf('"', quote + 1);
        if (i >= head.length() || head.charAt(i) != '{' || end < 0) {
            return false;
        }
        String key = head.substring(quote + 1, end);
        return !key.isEmpty() && (Character.isUpperCase(key.charAt(0))
                || vn.dunghan.portal.PortalDossiers.isEnvelopeField(key));
    }

    /**
     * Reads a format's name as given on a command line, in any case.
     *
     * @param name  {@code ndjson}, {@code csv}, {@code portal} or {@code xlsx}, not null
     * @return the format, not null
     * @throws IllegalArgumentException if the name is not a format's
     */
    public static InputFormat of(String name) {
        for (InputFormat format : values()) {
            if (format.name().equalsIgnoreCase(Objects.requireNonNull(name, "name").strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("Format '" + name + "' is not ndjson, csv, portal or xlsx");
    }
}
