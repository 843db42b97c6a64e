package vn.dunghan.analytics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The activity around each Tết break in the HTML report: a chart of all counters' acceptances and
 * returns on the five working days before and after the break against their usual daily level,
 * and a table per agency (usual level, the days before and after, idle days). Basis: the
 * directive's staff-presence rule and Decree 61/2018/NĐ-CP, Arts 9 and 12(8) (docs/one-stop.md).
 */
final class TetSection {

    private static final String ACCEPTED = "#2e86c1";
    private static final String RETURNED = "#27ae60";
    private static final String COMPLETED = "#7d8c8d";

    private TetSection() {
    }

    static void render(StringBuilder html, List<HolidayActivity.Day> around, ReportText t) {
        Map<HolidayActivity.Break, List<HolidayActivity.Day>> byBreak = new LinkedHashMap<>();
        for (HolidayActivity.Day day : around) {
            if (day.breakPeriod().isTet()) {
                byBreak.computeIfAbsent(day.breakPeriod(), k -> new java.util.ArrayList<>()).add(day);
            }
        }
        html.append("<h2 id=\"tet\">").append(t.w("Around Tết", "Quanh Tết Nguyên đán")).append("</h2>\n<p>")
                .append(t.w("Acceptances (blue) and returns (green, stacked) of all counters on the five working days"
                        + " before and after each Tết break, and the completions recorded by the offices behind them"
                        + " (grey, beside); the dashed line is the counters' usual total per working day over the whole"
                        + " data. A normally busy counter that did nothing on such a day is counted as idle (Decree"
                        + " 61/2018/NĐ-CP, Arts 9 and 12(8): acceptance and return must not be interrupted).",
                        "Số hồ sơ tiếp nhận (xanh dương) và trả kết quả (xanh lá, chồng lên) của mọi bộ phận một cửa"
                        + " trong năm ngày làm việc trước và sau mỗi kỳ nghỉ Tết, và số hồ sơ các phòng chuyên môn ghi"
                        + " nhận hoàn thành (xám, bên cạnh); đường nét đứt là tổng mức bình quân mỗi ngày làm việc của bộ"
                        + " phận một cửa trên toàn bộ dữ liệu."
                        + " Bộ phận vốn đông việc mà không tiếp nhận, không trả hồ sơ nào trong ngày đó bị tính là"
                        + " không hoạt động (Nghị định 61/2018/NĐ-CP, Điều 9 và Điều 12 khoản 8: việc tiếp nhận, trả"
                        + " kết quả không được gián đoạn)."))
                .append("</p>\n");
        int index = 0;
        for (Map.Entry<HolidayActivity.Break, List<HolidayActivity.Day>> entry : byBreak.entrySet()) {
            HolidayActivity.Break b = entry.getKey();
            html.append("<h3>").append(HtmlReport.escape(b.name(t.locale()))).append(' ').append(b.from()).append("..")
                    .append(b.to()).append("</h3>\n");
            chart(html, "tet-" + index++, entry.getValue(), t);
            table(html, entry.getValue(), t);
        }
    }

    private static void chart(StringBuilder html, String id, List<HolidayActivity.Day> days, ReportText t) {
        long[] accepted = new long[11];
        long[] returned = new long[11];
        long[] completed = new long[11];
        Map<String, Double> usual = new LinkedHashMap<>();
        for (HolidayActivity.Day d : days) {
            int slot = d.offset() + 5;
            accepted[slot] += d.accepted();
            returned[slot] += d.returned();
            completed[slot] += d.completed();
            usual.put(d.agency(), d.usual());
        }
        double level = usual.values().stream().mapToDouble(Double::doubleValue).sum();
        double max = Math.max(1, level);
        for (int i = 0; i < 11; i++) {
            max = Math.max(max, Math.max(accepted[i] + returned[i], completed[i]));
        }
        int width = 700;
        int height = 220;
        int top = 18;
        int plot = height - 40 - top;
        HtmlReport.svg(html, id, t.w("Activity around Tết", "Hoạt động quanh Tết"), width, height, 11);
        int step = 60;
        for (int i = 0; i < 11; i++) {
            int x = 20 + i * step;
            if (i == 5) {
                html.append("<rect x=\"").append(x).append("\" y=\"").append(top).append("\" width=\"").append(step - 8)
                        .append("\" height=\"").append(plot).append("\" fill=\"#eee\"/><text x=\"").append(x + (step - 8) / 2)
                        .append("\" y=\"").append(top + plot / 2).append("\" text-anchor=\"middle\">Tết</text>\n");
                continue;
            }
            double a = plot * accepted[i] / max;
            double r = plot * returned[i] / max;
            double c = plot * completed[i] / max;
            rect(html, x, top + plot - a, 32, a, ACCEPTED, accepted[i]);
            rect(html, x, top + plot - a - r, 32, r, RETURNED, returned[i]);
            rect(html, x + 34, top + plot - c, 12, c, COMPLETED, completed[i]);
            html.append("<text x=\"").append(x + 22).append("\" y=\"")
                    .append(String.format(Locale.ROOT, "%.1f", top + plot - Math.max(a + r, c) - 3))
                    .append("\" text-anchor=\"middle\">")
                    .append(t.n(accepted[i] + returned[i])).append("</text><text x=\"").append(x + 22).append("\" y=\"")
                    .append(height - 20).append("\" text-anchor=\"middle\">").append(i < 5 ? i - 5 : "+" + (i - 5))
                    .append("</text>\n");
        }
        int y = (int) Math.round(top + plot - plot * level / max);
        html.append("<line x1=\"10\" y1=\"").append(y).append("\" x2=\"").append(width - 10).append("\" y2=\"").append(y)
                .append("\" stroke=\"#555\" stroke-dasharray=\"5,4\"/><text x=\"").append(width - 10).append("\" y=\"")
                .append(y - 4).append("\" text-anchor=\"end\">").append(t.w("usual ", "thường ngày "))
                .append(String.format(t.locale(), "%.1f", level))
                .append("</text>\n<text x=\"20\" y=\"").append(height - 4).append("\">")
                .append(t.w("working days before (−) and after (+) the break", "ngày làm việc trước (−) và sau (+) kỳ nghỉ"))
                .append("</text>\n</svg>\n");
    }

    private static void rect(StringBuilder html, int x, double y, int width, double h, String color, long value) {
        html.append("<rect x=\"").append(x).append("\" y=\"").append(String.format(Locale.ROOT, "%.1f", y))
                .append("\" width=\"").append(width).append("\" height=\"").append(String.format(Locale.ROOT, "%.1f", h)).append("\" fill=\"")
                .append(color).append("\"><title>").append(value).append("</title></rect>\n");
    }

    private static void table(StringBuilder html, List<HolidayActivity.Day> days, ReportText t) {
        Map<String, double[]> rows = new LinkedHashMap<>();
        for (HolidayActivity.Day d : days) {
            double[] r = rows.computeIfAbsent(d.agency(), k -> new double[] {d.usual(), 0, 0, 0, 0, 0, 0, 0});
            int side = d.offset() < 0 ? 1 : 2;
            r[side] += d.accepted() + d.returned();
            r[side + 2]++;
            r[5] += d.idle() ? 1 : 0;
            r[side + 5] += d.completed();
        }
        HtmlReport.header(html, "tet-table", new String[] {t.w("agency", "cơ quan"),
            t.w("counter, usual per day", "một cửa, thường ngày"), t.w("counter per day before", "một cửa, mỗi ngày trước"),
            t.w("counter per day after", "một cửa, mỗi ngày sau"),
            t.w("completed per day before", "hoàn thành, mỗi ngày trước"),
            t.w("completed per day after", "hoàn thành, mỗi ngày sau"),
            t.w("idle counter days", "ngày một cửa không hoạt động")});
        for (Map.Entry<String, double[]> e : rows.entrySet()) {
            double[] r = e.getValue();
            html.append("<tr><td>").append(HtmlReport.escape(e.getKey())).append("</td>");
            for (double v : new double[] {r[0], r[1] / r[3], r[2] / r[4], r[6] / r[3], r[7] / r[4]}) {
                html.append("<td class=\"n\">").append(Double.isNaN(v) ? "-" : String.format(t.locale(), "%.1f", v))
                        .append("</td>");
            }
            html.append(r[5] > 0 ? "<td class=\"n diff\">" : "<td class=\"n\">").append((int) r[5]).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }
}
