package vn.dunghan.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.dunghan.dossier.Discrepancy;
import vn.dunghan.dossier.Outcome;

/**
 * The sections of the HTML report that explain the official numbers: why the legal, system and
 * Decision 766 rates differ, the Biểu 06 table in both views, the procedures, and the activity
 * around Tết.
 */
final class ReportSections {


    private ReportSections() {
    }

    /** The three rates, how they reconcile, and how many dossiers each cause moves, per agency. */
    static void reconciliation(StringBuilder html, Summary summary, Map<String, Tally> agencies,
            Map<Discrepancy, Long> causes, ReportText t) {
        Tally all = summary.getOverall();
        Locale l = t.locale();
        html.append("<h2 id=\"reconciliation\">").append(t.w("Why the rates differ", "Vì sao các tỷ lệ khác nhau"))
                .append("</h2>\n<p class=\"big\">").append(t.w("On time in law ", "Đúng hạn theo luật "))
                .append("<b>").append(t.pct(all.getLegalOnTimeRate())).append("</b>")
                .append(t.w(", in the one-stop software ", ", theo phần mềm một cửa ")).append("<b>")
                .append(t.pct(all.getSystemOnTimeRate())).append("</b>")
                .append(t.w(", by Decision 766 ", ", theo chỉ số Quyết định 766 ")).append("<b>")
                .append(t.pct(all.getMetricOnTimeRate())).append("</b>.</p>\n<p>");
        bridge(html, all, t);
        html                .append(t.w(" The causes below are counted on every dossier whose verdicts they move away from"
                        + " the legal one, open and closed ones included; one dossier can have several"
                        + " (docs/metrics.md §8).", " Các nguyên nhân dưới đây được đếm trên mọi hồ sơ mà nó làm kết"
                        + " luận lệch khỏi kết luận theo luật, kể cả hồ sơ chưa xong và hồ sơ kết thúc không có kết quả; một hồ sơ có thể có"
                        + " nhiều nguyên nhân.")).append("</p>\n");
        causeTable(html, causes, t);
        agencyCauses(html, agencies, causes, t);
    }

    /** How each appointment-based rate follows from the legal one, exactly. */
    private static void bridge(StringBuilder html, Tally all, ReportText t) {
        long x = all.getLateCountedOnTimeBySystem();
        long y = all.getOnTimeCountedLateBySystem();
        long a = all.getLateCountedOnTimeByMetric();
        long b = all.getOnTimeCountedLateByMetric();
        double legalOverAll = all.getMetricOnTimeRate() - (double) (a - b) / all.getTotal();
        html.append(String.format(t.w("Of the %1$s dossiers with a result, the software counts %2$s late in law as on"
                + " time and %3$s on time in law as late: the legal rate plus (%2$s − %3$s) ÷ %1$s is its rate."
                + " Decision 766 counts every dossier, open ones too: of %4$s, %5$s are not late in law; it counts"
                + " %6$s of those late in law as on time and %7$s on time in law as late, so %5$s plus (%6$s − %7$s)"
                + " ÷ %4$s is its rate.",
                "Trong %1$s hồ sơ đã có kết quả, phần mềm tính %2$s hồ sơ trễ hạn theo luật là đúng hạn và %3$s hồ sơ"
                + " đúng hạn theo luật là trễ hạn: tỷ lệ theo luật cộng (%2$s − %3$s) ÷ %1$s là tỷ lệ của phần mềm."
                + " Chỉ số 766 tính mọi hồ sơ, cả hồ sơ chưa xong: trong %4$s hồ sơ, %5$s chưa trễ hạn theo luật;"
                + " chỉ số tính %6$s hồ sơ trễ hạn theo luật là đúng hạn và %7$s hồ sơ đúng hạn theo luật là trễ hạn,"
                + " nên %5$s cộng (%6$s − %7$s) ÷ %4$s là tỷ lệ của chỉ số."), t.n(all.getFinished()), t.n(x), t.n(y),
                t.n(all.getTotal()), t.pct(legalOverAll), t.n(a), t.n(b)));
    }

    private static void causeTable(StringBuilder html, Map<Discrepancy, Long> causes, ReportText t) {
        Locale l = t.locale();
        HtmlReport.header(html, "causes", new String[] {t.w("cause", "nguyên nhân"), t.w("moves", "làm lệch"),
            t.w("dossiers", "hồ sơ"), t.w("what it means", "ý nghĩa")});
        for (Discrepancy cause : Discrepancy.values()) {
            html.append("<tr><td>").append(cause.getTitle(l)).append("</td><td class=\"d\">")
                    .append(cause.isHidingLateness() ? t.w("late → on time", "trễ hạn → đúng hạn")
                            : t.w("on time → late", "đúng hạn → trễ hạn")).append("</td><td class=\"n\">")
                    .append(t.n(causes.getOrDefault(cause, 0L))).append("</td><td>").append(cause.getExplanation(l))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void agencyCauses(StringBuilder html, Map<String, Tally> agencies, Map<Discrepancy, Long> causes,
            ReportText t) {
        Locale l = t.locale();
        List<Discrepancy> shown = new ArrayList<>();
        for (Discrepancy cause : Discrepancy.values()) {
            if (causes.getOrDefault(cause, 0L) > 0 && cause != Discrepancy.NO_APPOINTMENT_COUNTED_ON_TIME) {
                shown.add(cause);
            }
        }
        html.append("<p>").append(t.w("By agency: the three rates and the dossiers each cause moves.",
                "Theo cơ quan: ba tỷ lệ và số hồ sơ mỗi nguyên nhân làm lệch.")).append("</p>\n");
        List<String> columns = new ArrayList<>(List.of(t.w("agency", "cơ quan"), t.w("with a result", "có kết quả"),
                t.w("legal", "theo luật"), t.w("software", "phần mềm"), "766"));
        shown.forEach(cause -> columns.add(cause.getTitle(l)));
        HtmlReport.header(html, "reconciliation-agencies", columns.toArray(String[]::new));
        for (Map.Entry<String, Tally> entry : agencies.entrySet()) {
            Tally a = entry.getValue();
            html.append("<tr><td>").append(HtmlReport.escape(entry.getKey())).append("</td><td class=\"n\">")
                    .append(t.n(a.getFinished())).append("</td><td class=\"n\">").append(t.pct(a.getLegalOnTimeRate()))
                    .append("</td><td class=\"n\">").append(t.pct(a.getSystemOnTimeRate())).append("</td><td class=\"n\">")
                    .append(t.pct(a.getMetricOnTimeRate())).append("</td>");
            for (Discrepancy cause : shown) {
                html.append("<td class=\"n\">").append(t.n(a.getDiscrepancies(cause))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    /** Biểu 06: for each agency a row in each view, the system's first, numbers that differ marked. */
    static void bieu06(StringBuilder html, List<Bieu06> views, java.time.LocalDateTime asOf, long rejected,
            ReportText t) {
        if (views.size() != 2) {
            return;
        }
        Locale l = t.locale();
        Bieu06 system = views.get(0).getView() == Bieu06.View.SYSTEM ? views.get(0) : views.get(1);
        Bieu06 legal = system == views.get(0) ? views.get(1) : views.get(0);
        html.append("<h2 id=\"bieu-06\">").append(Bieu06Words.title(l)).append(" — ")
                .append(Bieu06Words.period(system.getPeriod(), l))
                .append("</h2>\n<table id=\"bieu06\"><tr><th rowspan=\"2\">").append(Bieu06Words.agency(l))
                .append("</th><th rowspan=\"2\">").append(t.w("figures by", "số liệu theo")).append("</th>");
        List<String> groups = Bieu06Words.groups(l);
        int[] spans = {4, 4, 3};
        for (int g = 0; g < 3; g++) {
            html.append("<th colspan=\"").append(spans[g]).append("\">").append(groups.get(g)).append("</th>");
        }
        html.append("</tr>\n<tr>");
        Bieu06Words.columns(l).forEach(c -> html.append("<th>").append(c).append("</th>"));
        html.append("</tr>\n");
        Map<String, Bieu06.Row> legalRows = new LinkedHashMap<>();
        legal.getRows().forEach(r -> legalRows.put(r.agency(), r));
        for (Bieu06.Row row : system.getRows()) {
            pair(html, HtmlReport.escape(row.agency()), row, legalRows.get(row.agency()), t);
        }
        pair(html, "<b>" + Bieu06Words.total(l) + "</b>", system.getTotal(), legal.getTotal(), t);
        html.append("</table>\n<p class=\"key\">")
                .append(t.w("For each agency, the first line is what the one-stop software reports, the second what"
                        + " the law says; legal numbers that differ are in red. bieu-06.xlsx has both views, one sheet"
                        + " each.", "Mỗi cơ quan có hai dòng: dòng trên là số liệu theo phần mềm một cửa, dòng dưới là"
                        + " số liệu theo quy định pháp luật; số theo quy định khác số theo phần mềm được tô đỏ."
                        + " bieu-06.xlsx có cả hai, mỗi loại một trang.")).append("</p>\n<ul>");
        Bieu06Words.notes(legal, asOf, rejected, l).forEach(n -> html.append("<li><small>").append(n)
                .append("</small></li>"));
        html.append("</ul>\n");
    }

    private static void pair(StringBuilder html, String agency, Bieu06.Row system, Bieu06.Row legal, ReportText t) {
        long[] s = system.toColumns();
        long[] g = legal == null ? new long[s.length] : legal.toColumns();
        html.append("<tr><td rowspan=\"2\">").append(agency).append("</td><td class=\"d\">").append(t.w("software", "phần mềm"))
                .append("</td>");
        for (long n : s) {
            html.append("<td class=\"n\">").append(t.n(n)).append("</td>");
        }
        html.append("</tr>\n<tr><td class=\"d\">").append(t.w("law", "quy định")).append("</td>");
        for (int i = 0; i < g.length; i++) {
            html.append(g[i] != s[i] ? "<td class=\"n diff\">" : "<td class=\"n\">").append(t.n(g[i])).append("</td>");
        }
        html.append("</tr>\n");
    }

    /** The procedures with their names, largest first. */
    static void procedures(StringBuilder html, Summary summary, Map<String, String> names, int max, ReportText t) {
        List<Map.Entry<String, Tally>> entries = new ArrayList<>(summary.getByProcedure().entrySet());
        entries.sort(java.util.Comparator.comparingLong((Map.Entry<String, Tally> e) -> -e.getValue().getTotal())
                .thenComparing(Map.Entry::getKey));
        html.append("<h2 id=\"procedures\">").append(t.w("Procedures", "Thủ tục hành chính")).append("</h2>\n");
        HtmlReport.header(html, "procedure-table", new String[] {t.w("code", "mã"), t.w("procedure", "tên thủ tục"),
            t.w("dossiers", "hồ sơ"), t.w("with a result", "có kết quả"), t.w("legal", "theo luật"),
            t.w("software", "phần mềm"), "766", t.w("overdue", "quá hạn")});
        for (Map.Entry<String, Tally> e : entries.subList(0, Math.min(max, entries.size()))) {
            Tally p = e.getValue();
            html.append("<tr><td class=\"d\">").append(HtmlReport.escape(e.getKey())).append("</td><td>")
                    .append(HtmlReport.escape(names.getOrDefault(e.getKey(), ""))).append("</td><td class=\"n\">")
                    .append(t.n(p.getTotal())).append("</td><td class=\"n\">").append(t.n(p.getFinished()))
                    .append("</td><td class=\"n\">").append(t.pct(p.getLegalOnTimeRate())).append("</td><td class=\"n\">")
                    .append(t.pct(p.getSystemOnTimeRate())).append("</td><td class=\"n\">")
                    .append(t.pct(p.getMetricOnTimeRate())).append("</td><td class=\"n\">")
                    .append(t.n(p.getCount(Outcome.OVERDUE))).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }
}
