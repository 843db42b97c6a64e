package vn.dunghan.dossier;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * {@link FindingCode#ACCEPTANCE_DATE_MISMATCH}: the code {@code ...-YYMMDD-NNNN} carries the
 * acceptance date (Decree 61/2018/NĐ-CP, Art. 26; Circular 01/2018/TT-VPCP, Art. 19;
 * docs/one-stop.md), and it differs from the recorded acceptance date. A code of another shape is
 * not judged. The digits are compared in place; text is built only for a mismatch.
 */
final class AcceptanceDateMismatch {

    private AcceptanceDateMismatch() {
    }

    static Finding find(Dossier dossier) {
        String id = dossier.id();
        LocalDate accepted = dossier.acceptedAt().toLocalDate();
        int n = id.length();
        // the usual shape, a four-digit serial after a matching date, is settled without a loop
        if (n >= 12 && id.charAt(n - 12) == '-' && id.charAt(n - 5) == '-' && codes(id, n - 11, accepted)
                && isDigit(id.charAt(n - 4)) && isDigit(id.charAt(n - 3)) && isDigit(id.charAt(n - 2))
                && isDigit(id.charAt(n - 1))) {
            return null;
        }
        // the serial: the digits after the last '-', at least one
        int last = n - 1;
        while (last >= 0 && isDigit(id.charAt(last))) {
            last--;
        }
        int previous = last - 7;
        if (previous < 0 || last == n - 1 || id.charAt(last) != '-' || id.charAt(previous) != '-') {
            return null;
        }
        int yymmdd = 0;
        for (int i = previous + 1; i < last; i++) {
            char c = id.charAt(i);
            if (!isDigit(c)) {
                return null;
            }
            yymmdd = yymmdd * 10 + c - '0';
        }
        int yy = yymmdd / 10_000;
        int mm = yymmdd / 100 % 100;
        int dd = yymmdd % 100;
        if (accepted.getYear() == 2000 + yy && accepted.getMonthValue() == mm && accepted.getDayOfMonth() == dd) {
            return null;
        }
        return finding(dossier, id.substring(previous + 1, last), date(yy, mm, dd));
    }

    private static LocalDate date(int yy, int mm, int dd) {
        try {
            return LocalDate.of(2000 + yy, mm, dd);
        } catch (DateTimeException ex) {
            return null;
        }
    }

    private static Finding finding(Dossier dossier, String yymmdd, LocalDate coded) {
        return Finding.lazy(FindingCode.ACCEPTANCE_DATE_MISMATCH, dossier, () -> "The code's date " + yymmdd
                + (coded == null ? " is not a valid date; the recorded acceptance date is "
                        : " (" + coded + ") differs from the recorded acceptance date ")
                + dossier.acceptedAt().toLocalDate(),
                () -> List.of(Evidence.of("id", dossier.id()), Evidence.of("codeDate", yymmdd), Evidence.of("acceptedAt",
                        dossier.acceptedAt())));
    }

    /** Checks if the six characters of a code at an index are the {@code YYMMDD} digits of a date. */
    private static boolean codes(String id, int index, LocalDate date) {
        int yy = date.getYear() - 2000;
        return yy >= 0 && yy < 100 && twoDigits(id, index, yy) && twoDigits(id, index + 2, date.getMonthValue())
                && twoDigits(id, index + 4, date.getDayOfMonth());
    }

    private static boolean twoDigits(String id, int index, int value) {
        return id.charAt(index) == '0' + value / 10 && id.charAt(index + 1) == '0' + value % 10;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
