package vn.dunghan.dossier;

import java.util.Objects;

/**
 * One record of a bulk input, an NDJSON line or a CSV row: the dossier read from it, or the error
 * that kept it from being read, naming the record, the field and the rule. A bulk run turns every
 * record into exactly one result or error, so nothing is lost.
 *
 * @param number  the 1-based record number: the line number of NDJSON, the row number of CSV (header not counted)
 * @param dossier  the dossier, null for an error
 * @param id  the dossier's code when it could be read, else null
 * @param path  for an error, where the input holds the bad value, as the format names it: a JSON
 *     Pointer ({@code /events/2/at}) or a CSV column as a pointer ({@code /NgayTiepNhan}), empty
 *     for the whole record; else null
 * @param message  for an error, the rule broken, as a sentence; else null
 */
public record DossierRecord(long number, Dossier dossier, String id, String path, String message) {

    /**
     * Checks the invariants: a record read has a dossier and no error, an error has a path and a
     * message and no dossier.
     *
     * @throws IllegalArgumentException if the values mix a dossier and an error
     */
    public DossierRecord {
        if (dossier == null ? path == null || message == null : path != null || message != null) {
            throw new IllegalArgumentException("A dossier record has either a dossier or a path and a message");
        }
    }

    /**
     * Obtains a record that was read.
     *
     * @param number  the record number
     * @param dossier  the dossier, not null
     * @return the record, not null
     */
    public static DossierRecord of(long number, Dossier dossier) {
        return new DossierRecord(number, Objects.requireNonNull(dossier, "dossier"), dossier.id(), null, null);
    }

    /**
     * Obtains a record that could not be read.
     *
     * @param number  the record number
     * @param id  the dossier's code if known, else null
     * @param path  where the input holds the bad value, empty for the whole record, not null
     * @param message  the rule broken, not null
     * @return the record, not null
     */
    public static DossierRecord error(long number, String id, String path, String message) {
        return new DossierRecord(number, null, id, Objects.requireNonNull(path, "path"),
                Objects.requireNonNull(message, "message"));
    }

    /**
     * Checks if this record is an error.
     *
     * @return true for an error
     */
    public boolean isError() {
        return dossier == null;
    }
}
