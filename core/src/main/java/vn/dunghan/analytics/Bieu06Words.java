package vn.dunghan.analytics;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The headings and notes of the {@link Bieu06} table in Vietnamese, as the form of Circular
 * 01/2020/TT-VPCP words them, or in English: one wording for the page, the CSV and the workbook.
 * <p>
 * This is a thread-safe utility class.
 */
public final class Bieu06Words {

    private static final List<String> GROUPS_VI = List.of("Số hồ sơ nhận giải quyết", "Số hồ sơ đã giải quyết",
            "Số hồ sơ đang giải quyết");
    private static final List<String> GROUPS_EN = List.of("Received", "Done", "In progress at the end of the period");
    private static final List<String> COLUMNS_VI = List.of("Tổng số", "Trực tuyến", "Trực tiếp, bưu chính",
            "Kỳ trước chuyển qua", "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Chưa đến hạn", "Quá hạn");
    private static final List<String> COLUMNS_EN = List.of("Total", "Online", "Counter or post", "Carried over",
            "Total", "Early", "On time", "Late", "Total", "Not yet due", "Overdue");

    private Bieu06Words() {
    }

    private static boolean vi(Locale language) {
        return Objects.requireNonNull(language, "language").getLanguage().equals("vi");
    }

    /**
     * @param language  the language, not null
     * @return the table's title, not null
     */
    public static String title(Locale language) {
        return vi(language) ? "Biểu 06: Tình hình, kết quả giải quyết thủ tục hành chính"
                : "Biểu 06: dossiers received and handled";
    }

    /**
     * @param view  the view, not null
     * @param language  the language, not null
     * @return the view's name, saying what is compared, not null
     */
    public static String view(Bieu06.View view, Locale language) {
        boolean vi = vi(language);
        return switch (Objects.requireNonNull(view, "view")) {
            case LEGAL -> vi ? "Theo quy định (hoàn thành thực tế so với hạn theo luật)"
                    : "As the law says (real finish against the legal due)";
            case SYSTEM -> vi ? "Theo hệ thống một cửa (ngày ghi nhận hoàn thành so với ngày hẹn)"
                    : "As the one-stop system reports it (recorded finish against the appointment)";
        };
    }

    /**
     * @param language  the language, not null
     * @return the heading of the agency column, not null
     */
    public static String agency(Locale language) {
        return vi(language) ? "Cơ quan, đơn vị" : "Agency";
    }

    /**
     * @param language  the language, not null
     * @return the label of the total row, not null
     */
    public static String total(Locale language) {
        return vi(language) ? "Tổng cộng" : "Total";
    }

    /**
     * @param language  the language, not null
     * @return the three column groups (received, done, in progress), not null
     */
    public static List<String> groups(Locale language) {
        return vi(language) ? GROUPS_VI : GROUPS_EN;
    }

    /**
     * @param language  the language, not null
     * @return the 11 columns in the order of {@link Bieu06.Row#toColumns()}: 4 received, 4 done,
     *     3 in progress, not null
     */
    public static List<String> columns(Locale language) {
        return vi(language) ? COLUMNS_VI : COLUMNS_EN;
    }

    /**
     * @param period  the period, not null
     * @param language  the language, not null
     * @return the notes that go under the table, one sentence each, not null
     */
    public static List<String> notes(ReportPeriod period, Locale language) {
        Objects.requireNonNull(period, "period");
        if (vi(language)) {
            return List.of("Kỳ báo cáo " + period + ": từ " + period.getStart() + " đến " + period.getEnd() + ".",
                    "Hồ sơ từ chối, rút hoặc dừng giải quyết tính là đã giải quyết đúng hạn, trừ khi việc dừng đã"
                            + " quá hạn.",
                    "Theo hệ thống: ngày ghi nhận hoàn thành so với ngày hẹn cuối cùng, chỉ so ngày, như phần mềm"
                            + " một cửa; theo quy định: thời điểm có kết quả thực tế so với hạn tính theo luật.",
                    "Trong mỗi dòng, tổng số nhận = đã giải quyết + đang giải quyết; hạn là hạn đã biết tại ngày"
                            + " đánh giá.");
        }
        return List.of("Period " + period + ": " + period.getStart() + " to " + period.getEnd() + ".",
                "Dossiers refused, withdrawn or stopped count as done on time unless the closing itself was late.",
                "System view: the recorded finish date against the last appointment date, as one-stop software"
                        + " compares them; legal view: the real result against the due computed from the law.",
                "In every row, received = done + in progress; dues are those known at the evaluation date.");
    }
}
