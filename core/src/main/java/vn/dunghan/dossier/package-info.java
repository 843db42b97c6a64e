/**
 * Dossier timelines and their evaluation: the legal deadline computed from the rules against the
 * stated one, the real finish against the recorded one, the outcome, and the findings that expose
 * hidden lateness, each with its evidence and legal basis.
 * <p>
 * An evaluation is composed of named parts: the timeline as known at the evaluation instant, the
 * legal clock (start, supplementation, legal due), and one rule per finding code; see
 * {@link vn.dunghan.dossier.Evaluator} and, for the rules and their sources, the repository's
 * {@code core/README.md} and {@code docs/}.
 * <p>
 * The legal rules are those of the one-stop mechanism: Decree 61/2018/NĐ-CP as amended by Decree
 * 107/2021/NĐ-CP (until 2025-06-30), Decree 118/2025/NĐ-CP from 2025-07-01, as amended by Decree
 * 309/2026/NĐ-CP from 2026-08-05; the Civil Code 2015, Arts 147–148, for counting; Decision
 * 766/QĐ-TTg for the national on-time metric.
 */
package vn.dunghan.dossier;
