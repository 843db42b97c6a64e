/**
 * The codecs of dunghan's documents: work calendars, policies, dossiers (NDJSON and CSV) and
 * evaluation results, with the streaming NDJSON pipeline that evaluates a file record by record.
 * <p>
 * Readers validate a whole document and reject anything they do not understand (unknown fields,
 * bad dates, overlapping sessions, duplicate keys, conflicting entries) with an
 * {@link vn.dunghan.json.InvalidDocumentException} that names the JSON Pointer of the offending
 * value and the rule it breaks. Model classes carry no Jackson annotations.
 */
package vn.dunghan.json;
