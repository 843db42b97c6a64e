package vn.dunghan.examples.service;

import java.time.DateTimeException;
import java.time.LocalDate;

import tools.jackson.databind.node.ObjectNode;
import vn.dunghan.holidays.lunar.CanChi;
import vn.dunghan.holidays.lunar.LunarDate;

/**
 * {@code GET /v1/lunar/{date}}: the Vietnamese lunar date of a Gregorian date (computed for UTC+7),
 * its can chi names, and Tết of that lunar year.
 */
final class LunarRoute {

    static final String PREFIX = "/v1/lunar/";

    ObjectNode get(Request request) {
        request.query().only();
        String text = request.tail(PREFIX);
        LocalDate date;
        LunarDate lunar;
        try {
            date = LocalDate.parse(text);
            lunar = LunarDate.from(date);
        } catch (DateTimeException ex) {
            throw new Problem(404, "'" + text + "' is not a date from " + LunarDate.MIN_DATE + " to "
                    + LunarDate.MAX_DATE + " such as 2026-02-17.", null);
        }
        boolean vi = request.vietnamese();
        ObjectNode node = Json.object();
        node.put("date", date.toString());
        node.put("year", lunar.getYear());
        node.put("month", lunar.getMonth());
        node.put("leapMonth", lunar.isLeapMonth());
        node.put("day", lunar.getDay());
        node.put("text", vi ? lunar.toVietnameseText() : lunar.toEnglishText());
        node.put("yearCanChi", name(lunar.getYearCanChi(), vi));
        node.put("monthCanChi", name(lunar.getMonthCanChi(), vi));
        node.put("dayCanChi", name(lunar.getDayCanChi(), vi));
        node.put("tet", LunarDate.ofTet(lunar.getYear()).toLocalDate().toString());
        return node;
    }

    private static String name(CanChi canChi, boolean vietnamese) {
        return vietnamese ? canChi.getVietnameseName() : canChi.getEnglishName();
    }
}
