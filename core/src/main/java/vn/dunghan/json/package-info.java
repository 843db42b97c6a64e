/**
 * The JSON codecs of dunghan's documents: work calendars, policies, dossiers and evaluation
 * results, with the NDJSON line splitter, read limits, encoding checks and the one parser of
 * Vietnam times ({@link vn.dunghan.json.VietnamTimes}) that the CSV reader shares.
 * <p>
 * Readers validate a whole document and reject anything they do not understand (unknown fields,
 * bad dates, overlapping sessions, duplicate keys, conflicting entries) with an
 * {@link vn.dunghan.json.InvalidDocumentException} that names the JSON Pointer of the offending
 * value and the rule it breaks; a rule that the model's factories check is checked there alone,
 * and the reader attaches the path ({@link vn.dunghan.dossier.InvalidFieldException}). Model
 * classes carry no Jackson annotations.
 */
package vn.dunghan.json;
