/**
 * Reading dossiers from CSV exports: the column table, delimiter detection and header matching.
 */
package vn.dunghan.csv;
