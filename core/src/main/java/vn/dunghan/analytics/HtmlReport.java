package vn.dunghan.analytics;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import vn.dunghan.dossier.FindingCode;
import vn.dunghan.dossier.Outcome;

/**
 * Renders a {@link Summary} as one self-contained HTML page: inline SVG charts, inline CSS, no
 * script, font or network access. It shows the legal, stated and Decision 766 on-time rates per
 * agency side by side, the lateness distribution, the monthly trend, the findings by code and the
 * dossiers of largest hidden lateness with their evidence.
 * <p>
 * This is a thread-safe utility class.
 */
public final class HtmlReport {

    private static final String LEGAL = "#c0392b";
    /** The most dossiers the page lists as to act on; action-list.csv has them all. */
    public static final int MAX_ACTIONS = 50;
    /** The most agencies a page charts and lists; the CSV tables hold them all. */
    public static final int MAX_AGENCIES = 50;
    private static final String SOFTWARE = "#2e86c1";
    private static final String METRIC = "#7d8c8d";

    private HtmlReport() {
    }

    /**
     * Renders a summary.
     *
     * @param summary  the summary, not null
     * @param title  the page title, such as the data set's name, not null
     * @param asOf  the evaluation instant, not null
     * @return the HTML page, not null
     */
    public static String render(Summary summary, String title, LocalDateTime asOf) {
        return render(summary, title, asOf, List.of());
    }

    /**
     * Renders a summary with the working days around long breaks on which a normally busy counter
     * did nothing ({@link HolidayActivity}).
     *
     * @param summary  the summary, not null
     * @param title  the page title, not null
     * @param asOf  the evaluation instant, not null
     * @param idleDays  the idle days to list, not null
     * @return the HTML page, not null
     */
    public static String render(Summary summary, String title, LocalDateTime asOf, List<HolidayActivity.Day> idleDays) {
        return render(summary, title, asOf, idleDays, List.of(), Locale.ENGLISH);
    }

    /**
     * Renders a summary in a language: Vietnamese for a locale of language {@code vi}, English
     * otherwise, with the language's numbers ({@code 20.000}, {@code 81,4%} in Vietnamese).
     *
     * @param summary  the summary, not null
     * @param title  the page title, not null
     * @param asOf  the evaluation instant, not null
     * @param idleDays  the idle days to list, not null
     * @param actions  the open dossiers to act on, most late first ({@link ActionItem#ORDER}); the
     *     first {@value #MAX_ACTIONS} are shown, not null
     * @param language  the language, not null
     * @return the HTML page, not null
     */
    public static String render(Summary summary, String title, LocalDateTime asOf, List<HolidayActivity.Day> idleDays,
            List<ActionItem> actions, Locale language) {
        return render(summary, title, asOf, new Parts(idleDays, List.of(), actions, List.of(), Map.of(), Map.of(), 0),
                language);
    }

    /**
     * The parts of the report besides the summary.
     *
     * @param idleDays  the working days around long breaks on which a normally busy counter did
     *     nothing, not null
     * @param aroundBreaks  every agency's days around long breaks ({@link HolidayActivity#around}),
     *     for the section on Tết; empty to leave it out, not null
     * @param actions  the open dossiers to act on, most late first; the first {@value #MAX_ACTIONS}
     *     are shown, not null
     * @param bieu06  the two views of Biểu 06 for a period; empty to leave the table out, not null
     * @param procedureNames  the procedures' names by code, not null
     * @param causes  how many dossiers each cause of a difference between the verdicts moves
     *     (records rejected without an appointment included), not null
     * @param rejected  the input records rejected as invalid
     */
    public record Parts(List<HolidayActivity.Day> idleDays, List<HolidayActivity.Day> aroundBreaks,
            List<ActionItem> actions, List<Bieu06> bieu06, Map<String, String> procedureNames,
            Map<vn.dunghan.dossier.Discrepancy, Long> causes, long rejected) {

        /** Checks the parts. */
        public Parts {
            Objects.requireNonNull(idleDays, "idleDays");
            Objects.requireNonNull(aroundBreaks, "aroundBreaks");
            Objects.requireNonNull(actions, "actions");
            Objects.requireNonNull(bieu06, "bieu06");
            Objects.requireNonNull(procedureNames, "procedureNames");
            Objects.requireNonNull(causes, "causes");
        }
    }

    /**
     * Renders a summary and the parts of the report in a language: Vietnamese for a locale of
     * language {@code vi}, English otherwise. The page opens with the three on-time rates and why
     * they differ, then Biểu 06 in both views.
     *
     * @param summary  the summary, not null
     * @param title  the page title, not null
     * @param asOf  the evaluation instant, not null
     * @param parts  the other parts, not null
     * @param language  the language, not null
     * @return the HTML page, not null
     */
    public static String render(Summary summary, String title, LocalDateTime asOf, Parts parts, Locale language) {
        Objects.requireNonNull(parts, "parts");
        List<HolidayActivity.Day> idleDays = parts.idleDays();
        List<ActionItem> actions = parts.actions();
        Objects.requireNonNull(summary, "summary");
        ReportText t = ReportText.of(Objects.requireNonNull(language, "language"));
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(asOf, "asOf");
        Tally all = summary.getOverall();
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(t.lang()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(title)).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2em auto;padding:0 2em;color:#222;max-width:1100px;")
                .append("box-sizing:border-box}")
                .append("h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em}")
                .append("table{border-collapse:collapse;font-size:.9em;display:block;max-width:100%;overflow-x:auto}")
                .append("td,th{border:1px solid #ccc;padding:.3em .6em}")
                .append("th{background:#f3f3f3}td.n{text-align:right}.key span{display:inline-block;width:1em;height:1em;")
                .append("margin:0 .3em 0 1em;vertical-align:middle}.big{font-size:1.1em}")
                .append("td.n,td.d{white-space:nowrap}#reconciliation-agencies td:first-child,#bieu06 td[rowspan]"
                        + "{min-width:10em}#bieu06,#reconciliation-agencies{font-size:.8em}svg{display:block;height:auto}td.diff{color:#c0392b;font-weight:bold}")
                .append("@page{size:A4;margin:15mm}@media print{body{margin:0;max-width:none;font-size:10pt}")
                .append("h2{break-after:avoid}svg,tr{break-inside:avoid}table{display:table;font-size:7.5pt}}")
                .append("</style></head><body>\n");
        html.append("<h1>").append(escape(title)).append("</h1>\n");
        html.append("<p class=\"big\" id=\"overall\">").append(t.n(all.getTotal())).append(t.dossiersAsOf())
                .append(t.moment(asOf)).append(t.onTime()).append("<b>").append(t.pct(all.getLegalOnTimeRate()))
                .append("</b>").append(t.inLaw()).append("<b>").append(t.pct(all.getSystemOnTimeRate())).append("</b>")
                .append(t.againstSlip()).append("<b>").append(t.pct(all.getMetricOnTimeRate())).append("</b>")
                .append(t.byMetric()).append("<b>").append(t.n(all.getHiddenLateness())).append("</b>")
                .append(t.hiddenSentence()).append("</p>\n");
        Map<String, Tally> shown = summary.getLargestAgencies(MAX_AGENCIES);
        ReportSections.reconciliation(html, summary, ranked(shown), parts.causes(), t);
        ReportSections.bieu06(html, parts.bieu06(), asOf, parts.rejected(), t);
        int more = summary.getByAgency().size() - shown.size();
        html.append("<h2>").append(t.byAgency()).append("</h2>\n");
        if (more > 0) {
            html.append("<p>").append(String.format(t.largest(), t.n(shown.size()), t.n(more))).append("</p>\n");
        }
        key(html, t);
        agencyChart(html, shown, t);
        html.append("<h2>").append(t.lateness()).append("</h2>\n");
        histogram(html, all, t);
        html.append("<h2>").append(t.trend()).append("</h2>\n");
        key(html, t);
        trend(html, summary.getByMonth(), t);
        partialMonth(html, summary, asOf, t);
        html.append("<h2>").append(t.findings()).append("</h2>\n");
        findings(html, all, t);
        html.append("<h2>").append(t.agencies()).append("</h2>\n<p>").append(t.ranking()).append("</p>\n");
        agencyTable(html, ranked(shown), t);
        ReportSections.procedures(html, summary, parts.procedureNames(), MAX_AGENCIES, t);
        html.append("<h2>").append(t.hidden()).append("</h2>\n");
        hiddenTable(html, summary.getTopHiddenLateness(), t);
        actionTable(html, actions, t);
        if (!parts.aroundBreaks().isEmpty()) {
            TetSection.render(html, parts.aroundBreaks(), t);
        }
        idleTable(html, idleDays, t);
        html.append("<p><small>").append(t.footer()).append("</small></p>\n");
        html.append("</body></html>\n");
        return html.toString();
    }

    private static void actionTable(StringBuilder html, List<ActionItem> actions, ReportText t) {
        html.append("<h2>").append(t.actions()).append("</h2>\n<p>").append(t.actionsSentence()).append(t.n(actions.size()))
                .append(".</p>\n");
        header(html, "actions", t.actionHeader());
        for (ActionItem a : actions.subList(0, Math.min(MAX_ACTIONS, actions.size()))) {
            html.append("<tr><td class=\"d\">").append(escape(a.id())).append("</td><td>").append(escape(a.agency()))
                    .append("</td><td>").append(escape(a.procedureName() == null ? a.procedure() : a.procedureName()))
                    .append("</td><td class=\"d\">").append(a.legalDueDate()).append("</td><td class=\"n\">")
                    .append(a.lateWorkingDays()).append("</td><td class=\"d\">").append(a.statedDueDate())
                    .append("</td><td>").append(a.apologyRecorded() ? t.yes() : t.no()).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    /** Says when the last month of the trend is cut short by the evaluation instant. */
    private static void partialMonth(StringBuilder html, Summary summary, LocalDateTime asOf, ReportText t) {
        if (summary.getByMonth().isEmpty()) {
            return;
        }
        YearMonth last = summary.getByMonth().lastKey();
        if (last.equals(YearMonth.from(asOf)) && asOf.toLocalDate().isBefore(last.atEndOfMonth())) {
            html.append("<p><small>").append(String.format(t.partialMonth(), last, asOf.toLocalDate()))
                    .append("</small></p>\n");
        }
    }

    /** The agencies ranked by legal on-time rate, lowest first; an agency without a rate comes last. */
    private static Map<String, Tally> ranked(Map<String, Tally> agencies) {
        List<Map.Entry<String, Tally>> entries = new ArrayList<>(agencies.entrySet());
        entries.sort(java.util.Comparator.comparingDouble((Map.Entry<String, Tally> e) -> {
            double rate = e.getValue().getLegalOnTimeRate();
            return Double.isNaN(rate) ? 2 : rate;
        }).thenComparing(Map.Entry::getKey));
        Map<String, Tally> ranked = new java.util.LinkedHashMap<>();
        entries.forEach(e -> ranked.put(e.getKey(), e.getValue()));
        return ranked;
    }

    private static void idleTable(StringBuilder html, List<HolidayActivity.Day> idleDays, ReportText t) {
        html.append("<h2>").append(t.idle()).append("</h2>\n<p>").append(t.idleSentence()).append(t.n(idleDays.size()))
                .append(".</p>\n");
        header(html, "idle", t.idleHeader());
        for (HolidayActivity.Day day : idleDays) {
            html.append("<tr><td class=\"d\">").append(day.date()).append("</td><td class=\"n\">")
                    .append(day.offset() > 0 ? "+" : "").append(day.offset()).append("</td><td>").append(escape(day.agency()))
                    .append("</td><td class=\"d\">").append(day.breakPeriod().from()).append("..")
                    .append(day.breakPeriod().to()).append(' ').append(escape(day.breakPeriod().name(t.locale())))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void agencyChart(StringBuilder html, Map<String, Tally> agencies, ReportText t) {
        int rowHeight = 46;
        int width = 900;
        int labelWidth = 260;
        int barWidth = width - labelWidth - 60;
        int height = agencies.size() * rowHeight + 30;
        svg(html, "agency-rates", t.byAgency(), width, height, 12);
        for (int pct = 0; pct <= 100; pct += 25) {
            int x = labelWidth + barWidth * pct / 100;
            html.append("<line x1=\"").append(x).append("\" y1=\"0\" x2=\"").append(x).append("\" y2=\"")
                    .append(height - 20).append("\" stroke=\"#ddd\"/><text x=\"").append(x).append("\" y=\"")
                    .append(height - 5).append("\" text-anchor=\"middle\">").append(pct).append("%</text>\n");
        }
        int y = 4;
        for (Map.Entry<String, Tally> entry : agencies.entrySet()) {
            Tally tally = entry.getValue();
            html.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 22)
                    .append("\" text-anchor=\"end\">").append(escape(entry.getKey())).append("</text>\n");
            bar(html, labelWidth, y, barWidth, 12, tally.getLegalOnTimeRate(), LEGAL, t);
            bar(html, labelWidth, y + 13, barWidth, 12, tally.getSystemOnTimeRate(), SOFTWARE, t);
            bar(html, labelWidth, y + 26, barWidth, 12, tally.getMetricOnTimeRate(), METRIC, t);
            y += rowHeight;
        }
        html.append("</svg>\n");
    }

    /** The colours of the three rates in the charts. */
    private static void key(StringBuilder html, ReportText t) {
        html.append("<p class=\"key\"><span style=\"background:").append(LEGAL).append("\"></span>").append(t.legal())
                .append("<span style=\"background:").append(SOFTWARE).append("\"></span>").append(t.stated())
                .append("<span style=\"background:").append(METRIC).append("\"></span>").append(t.metric()).append("</p>\n");
    }

    /**
     * Opens a chart: drawn in its own coordinates ({@code viewBox}) and scaled to the page's width,
     * never wider than those coordinates, so it fits a narrow window and an A4 page alike.
     */
    static void svg(StringBuilder html, String id, String label, int width, int height, int fontSize) {
        html.append("<svg id=\"").append(id).append("\" role=\"img\" aria-label=\"").append(label)
                .append("\" width=\"100%\" style=\"max-width:").append(width).append("px\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\" font-size=\"").append(fontSize)
                .append("\">\n");
    }

    private static void bar(StringBuilder html, int x, int y, int full, int height, double rate, String color,
            ReportText t) {
        double value = Double.isNaN(rate) ? 0 : rate;
        html.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"")
                .append(String.format(Locale.ROOT, "%.1f", full * value)).append("\" height=\"").append(height)
                .append("\" fill=\"").append(color).append("\"><title>").append(t.pct(rate))
                .append("</title></rect><text x=\"").append(String.format(Locale.ROOT, "%.1f", x + full * value + 4))
                .append("\" y=\"").append(y + height - 2).append("\" font-size=\"10\">").append(t.pct(rate))
                .append("</text>\n");
    }

    private static void histogram(StringBuilder html, Tally all, ReportText t) {
        long[] counts = all.getLatenessHistogram();
        long max = 1;
        for (long c : counts) {
            max = Math.max(max, c);
        }
        int width = 700;
        int height = 220;
        int slot = (width - 40) / counts.length;
        svg(html, "lateness", t.lateness(), width, height, 12);
        for (int i = 0; i < counts.length; i++) {
            double h = 160.0 * counts[i] / max;
            int x = 30 + i * slot;
            html.append("<rect x=\"").append(x).append("\" y=\"").append(String.format(Locale.ROOT, "%.1f", 180 - h))
                    .append("\" width=\"").append(slot - 10).append("\" height=\"")
                    .append(String.format(Locale.ROOT, "%.1f", h)).append("\" fill=\"").append(LEGAL).append("\"/>")
                    .append("<text x=\"").append(x + (slot - 10) / 2).append("\" y=\"")
                    .append(String.format(Locale.ROOT, "%.1f", 175 - h)).append("\" text-anchor=\"middle\">")
                    .append(t.n(counts[i])).append("</text><text x=\"").append(x + (slot - 10) / 2).append("\" y=\"200\"")
                    .append(" text-anchor=\"middle\">").append(Tally.LATENESS_LABELS.get(i)).append("</text>\n");
        }
        html.append("</svg>\n");
    }

    private static void trend(StringBuilder html, Map<YearMonth, Tally> months, ReportText t) {
        int width = 900;
        int height = 240;
        List<YearMonth> keys = new ArrayList<>(months.keySet());
        svg(html, "trend", t.trend(), width, height, 11);
        for (int pct = 0; pct <= 100; pct += 25) {
            int y = 200 - 180 * pct / 100;
            html.append("<line x1=\"40\" y1=\"").append(y).append("\" x2=\"").append(width - 10).append("\" y2=\"")
                    .append(y).append("\" stroke=\"#ddd\"/><text x=\"35\" y=\"").append(y + 4)
                    .append("\" text-anchor=\"end\">").append(pct).append("%</text>\n");
        }
        if (!keys.isEmpty()) {
            double step = keys.size() == 1 ? 0 : (width - 110.0) / (keys.size() - 1);
            line(html, keys, months, step, LEGAL);
            line(html, keys, months, step, SOFTWARE);
            line(html, keys, months, step, METRIC);
            // a label every 80 units at least, so that month names never overlap
            int every = step == 0 ? 1 : (int) Math.ceil(80 / step);
            for (int i = 0; i < keys.size(); i += every) {
                html.append("<text x=\"").append(String.format(Locale.ROOT, "%.1f", 45 + i * step))
                        .append("\" y=\"225\" text-anchor=\"middle\">").append(keys.get(i)).append("</text>\n");
            }
        }
        html.append("</svg>\n");
    }

    /** One rate's line: legal, software or Decision 766, told by its colour. */
    private static void line(StringBuilder html, List<YearMonth> keys, Map<YearMonth, Tally> months, double step,
            String color) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            Tally t = months.get(keys.get(i));
            double rate = color.equals(LEGAL) ? t.getLegalOnTimeRate()
                    : color.equals(SOFTWARE) ? t.getSystemOnTimeRate() : t.getMetricOnTimeRate();
            if (!Double.isNaN(rate)) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", 45 + i * step, 200 - 180 * rate));
            }
        }
        html.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(color)
                .append("\" points=\"").append(points.toString().trim()).append("\"/>\n");
    }

    private static void findings(StringBuilder html, Tally all, ReportText t) {
        long max = 1;
        for (FindingCode code : FindingCode.values()) {
            max = Math.max(max, all.getFindings(code));
        }
        int width = 900;
        int height = FindingCode.values().length * 22 + 10;
        svg(html, "findings", t.findings(), width, height, 12);
        int y = 4;
        for (FindingCode code : FindingCode.values()) {
            long count = all.getFindings(code);
            double w = 500.0 * count / max;
            html.append("<text x=\"290\" y=\"").append(y + 13).append("\" text-anchor=\"end\"><title>").append(code.name())
                    .append(": ").append(escape(code.getExplanation(t.locale()))).append("</title>")
                    .append(escape(code.getTitle(t.locale()))).append("</text><rect x=\"300\" y=\"").append(y).append("\" width=\"")
                    .append(String.format(Locale.ROOT, "%.1f", w)).append("\" height=\"16\" fill=\"")
                    .append(code.isIntegrity() ? LEGAL : METRIC).append("\"/><text x=\"")
                    .append(String.format(Locale.ROOT, "%.1f", 305 + w)).append("\" y=\"").append(y + 13).append("\">")
                    .append(t.n(count)).append("</text>\n");
            y += 22;
        }
        html.append("</svg>\n<p><small>").append(t.findingsKey()).append("</small></p>\n");
    }

    static void header(StringBuilder html, String id, String[] headers) {
        html.append("<table id=\"").append(id).append("\"><tr>");
        for (String header : headers) {
            html.append("<th>").append(header).append("</th>");
        }
        html.append("</tr>\n");
    }

    private static void agencyTable(StringBuilder html, Map<String, Tally> agencies, ReportText t) {
        header(html, "agencies", t.agencyHeader());
        for (Map.Entry<String, Tally> entry : agencies.entrySet()) {
            Tally tally = entry.getValue();
            html.append("<tr><td>").append(escape(entry.getKey())).append("</td><td class=\"n\">").append(t.n(tally.getTotal()))
                    .append("</td><td class=\"n\">").append(t.n(tally.getFinished())).append("</td><td class=\"n\">")
                    .append(t.pct(tally.getLegalOnTimeRate())).append("</td><td class=\"n\">")
                    .append(t.pct(tally.getSystemOnTimeRate())).append("</td><td class=\"n\">")
                    .append(t.points(tally.getSystemOnTimeRate() - tally.getLegalOnTimeRate())).append("</td><td class=\"n\">")
                    .append(t.pct(tally.getMetricOnTimeRate())).append("</td><td class=\"n\">")
                    .append(t.n(tally.getHiddenLateness())).append("</td><td class=\"n\">")
                    .append(t.n(tally.getCount(Outcome.OVERDUE))).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void hiddenTable(StringBuilder html, List<HiddenLateness> hidden, ReportText t) {
        header(html, "hidden", t.hiddenHeader());
        for (HiddenLateness h : hidden) {
            html.append("<tr><td class=\"d\">").append(escape(h.id())).append("</td><td>").append(escape(h.agency()))
                    .append("</td><td>").append(escape(h.procedure())).append("</td><td class=\"d\">").append(h.legalDueDate())
                    .append("</td><td class=\"d\">").append(h.statedDueDate()).append("</td><td class=\"d\">")
                    .append(h.finishedAt() == null ? t.open() : t.moment(h.finishedAt())).append("</td><td class=\"n\">")
                    .append(h.lateWorkingDays()).append("</td><td>");
            for (int i = 0; i < h.findings().size(); i++) {
                FindingCode code = h.findings().get(i);
                html.append(i == 0 ? "" : ", ").append("<span title=\"").append(code.name()).append("\">")
                        .append(escape(code.getTitle(t.locale()))).append("</span>");
            }
            html.append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    /**
     * Escapes text for HTML content and attributes.
     *
     * @param text  the text, not null
     * @return the escaped text, not null
     */
    static String escape(String raw) {
        String text = DisplayText.visible(raw);
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '&':
                    out.append("&amp;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                default:
                    out.append(c);
                    break;
            }
        }
        return out.toString();
    }
}
