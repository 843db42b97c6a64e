/**
 * Aggregates over evaluations, for analysts: counts per outcome, the legal, stated and Decision
 * 766 on-time rates side by side (the gap between them is hidden lateness), lateness in working
 * days, findings per code, and the dossiers with the largest hidden lateness, overall and by
 * agency, procedure and month. Summaries merge associatively, so partial summaries from threads or
 * machines combine into the same result. {@link vn.dunghan.analytics.HtmlReport} renders them as one
 * self-contained page, and {@link vn.dunghan.analytics.DisplayText} shows text from input safely in
 * a console, a page or a spreadsheet.
 */
package vn.dunghan.analytics;
