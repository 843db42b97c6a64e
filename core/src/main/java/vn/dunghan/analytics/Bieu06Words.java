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
            case SYSTEM -> vi ? "Theo phần mềm một cửa (ngày ghi nhận hoàn thành so với ngày hẹn)"
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

    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * Names a period as reports write it: {@code tháng 10/2026}, {@code quý III/2026}, {@code 6
     * tháng đầu năm 2026}, {@code năm 2026}; or {@code October 2026}, {@code Q3 2026}, {@code first
     * half of 2026}, {@code 2026}.
     *
     * @param period  the period, not null
     * @param language  the language, not null
     * @return the name, not null
     */
    public static String period(ReportPeriod period, Locale language) {
        boolean vi = vi(language);
        java.time.LocalDate start = period.getStart();
        int year = start.getYear();
        return switch (period.getMonths()) {
            case 1 -> vi ? String.format("tháng %02d/%d", start.getMonthValue(), year)
                    : start.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + year;
            case 3 -> vi ? "quý " + ROMAN[(start.getMonthValue() - 1) / 3] + "/" + year
                    : "Q" + ((start.getMonthValue() + 2) / 3) + " " + year;
            case 6 -> start.getMonthValue() == 1 ? (vi ? "6 tháng đầu năm " : "first half of ") + year
                    : (vi ? "6 tháng cuối năm " : "second half of ") + year;
            default -> (vi ? "năm " : "") + year;
        };
    }

    /**
     * Writes a date as the language does: {@code 01/10/2026} in Vietnamese, ISO in English.
     *
     * @param date  the date, not null
     * @param language  the language, not null
     * @return the text, not null
     */
    public static String date(java.time.LocalDate date, Locale language) {
        return vi(language) ? DAY.format(date) : date.toString();
    }

    /**
     * The notes that go under the two views of a period's table.
     *
     * @param legal  the legal view, not null
     * @param asOf  the evaluation instant, whose knowledge the dues are, not null
     * @param rejected  the input records rejected as invalid, left out of the table
     * @param language  the language, not null
     * @return the notes, one sentence or two each, not null
     */
    public static List<String> notes(Bieu06 legal, java.time.LocalDateTime asOf, long rejected, Locale language) {
        ReportPeriod period = legal.getPeriod();
        java.util.ArrayList<String> notes = new java.util.ArrayList<>();
        if (vi(language)) {
            notes.add("Kỳ báo cáo " + period(period, language) + ": từ " + date(period.getStart(), language) + " đến "
                    + date(period.getEnd(), language) + "; thời hạn theo dữ liệu đến " + date(asOf.toLocalDate(), language)
                    + " " + asOf.toLocalTime() + ".");
            notes.add("Theo phần mềm một cửa: ngày ghi nhận hoàn thành so với ngày hẹn cuối cùng, chỉ so ngày; hồ sơ rút"
                    + " luôn tính đúng hạn, hồ sơ từ chối hoặc dừng giải quyết tính đúng hạn nếu không sau ngày hẹn.");
            notes.add("Theo quy định: thời điểm có kết quả thực tế so với thời hạn tính theo luật; hồ sơ từ chối, rút hoặc"
                    + " dừng giải quyết tính là đúng hạn, trừ trường hợp việc từ chối, rút hoặc dừng diễn ra sau thời hạn"
                    + " giải quyết. " + legal.getClockStopped() + " hồ sơ đang chờ bổ sung, thời hạn theo luật tạm dừng,"
                    + " được tính là chưa đến hạn; phần mềm tính chúng theo ngày hẹn.");
            notes.add("Trong mỗi dòng, tổng số nhận = đã giải quyết + đang giải quyết.");
            if (rejected > 0) {
                notes.add(rejected + " bản ghi không hợp lệ bị loại, không có trong biểu.");
            }
            return List.copyOf(notes);
        }
        notes.add("Period " + period(period, language) + ": " + period.getStart() + " to " + period.getEnd()
                + "; dues as known on " + asOf.toLocalDate() + " " + asOf.toLocalTime() + ".");
        notes.add("One-stop software: the recorded finish date against the last appointment date, dates only; a"
                + " withdrawal always counts on time, a refusal or stop on time if not after the appointment date.");
        notes.add("As the law says: the real result against the due computed from the law; a refusal, withdrawal or"
                + " stop counts as done on time unless it came after the legal deadline. " + legal.getClockStopped()
                + " dossiers waiting for a supplement, their legal clock stopped, count as not yet due; the software"
                + " counts them by the appointment.");
        notes.add("In every row, received = done + in progress.");
        if (rejected > 0) {
            notes.add(rejected + " invalid records were rejected and are not in the table.");
        }
        return List.copyOf(notes);
    }
}
