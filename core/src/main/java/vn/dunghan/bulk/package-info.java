/**
 * Bulk evaluation: sources of dossiers (NDJSON, CSV, generated), the ordered parallel map, the
 * detection of reused dossier codes, and sinks of results (result lines, summaries).
 */
package vn.dunghan.bulk;
