package vn.dunghan.examples.service;

import java.util.Locale;

/**
 * What a route reads of a request: its path, its query and its language.
 *
 * @param path  the decoded path, not null
 * @param query  the query parameters, not null
 * @param vietnamese  true if {@code Accept-Language} prefers Vietnamese
 */
record Request(String path, Query query, boolean vietnamese) {

    /**
     * Checks if an {@code Accept-Language} header prefers Vietnamese: its first language is
     * {@code vi}; without the header (or with {@code *}), the service's own language.
     */
    static boolean prefersVietnamese(String acceptLanguage, boolean byDefault) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.trim().startsWith("*")) {
            return byDefault;
        }
        String first = acceptLanguage.split(",")[0].split(";")[0].trim().toLowerCase(Locale.ROOT);
        return first.equals("vi") || first.startsWith("vi-");
    }

    /** Gets the path segment after a prefix, such as the year of {@code /v1/calendar/2026}. */
    String tail(String prefix) {
        return path.substring(prefix.length());
    }
}
