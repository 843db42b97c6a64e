package vn.dunghan.bulk;

import java.util.Locale;
import java.util.Objects;

/**
 * The formats a bulk run reads.
 */
public enum InputFormat {

    /** One dossier per line as JSON ({@link vn.dunghan.json.DossierJson}). */
    NDJSON,
    /** One dossier per row under a header ({@link vn.dunghan.csv.CsvDossiers}). */
    CSV;

    /**
     * Finds the format of a file from its name: {@code .csv} is CSV, anything else NDJSON.
     *
     * @param fileName  the file name or path, not null
     * @return the format, not null
     */
    public static InputFormat fromFileName(String fileName) {
        return Objects.requireNonNull(fileName, "fileName").toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : NDJSON;
    }
}
