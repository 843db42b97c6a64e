package vn.dunghan.bulk;

import java.io.BufferedInputStream;
import java.io.UncheckedIOException;
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
        Head head = Head.of(Objects.requireNonNull(in, "in"));
        // a workbook is a ZIP archive whatever its name: a renamed .xlsx is still read as one
        if (head.isZip()) {
            return XLSX;
        }
        if (byName != NDJSON) {
            return byName;
        }
        return isPortal(head) ? PORTAL : NDJSON;
    }

    /** JSON whose first value is an array, or an object whose first key is the portal's or its envelope's. */
    private static boolean isPortal(Head head) {
        if (head.first() == '[') {
            return true;
        }
        String key = head.first() == '{' ? head.firstKey() : null;
        return key != null && !key.isEmpty() && (Character.isUpperCase(key.charAt(0))
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
