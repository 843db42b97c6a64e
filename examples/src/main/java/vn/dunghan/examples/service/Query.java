package vn.dunghan.examples.service;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The query parameters of a request, read with errors that name the parameter and show an example.
 */
final class Query {

    private final Map<String, String> values;

    private Query(Map<String, String> values) {
        this.values = values;
    }

    static Query of(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (values.putIfAbsent(name, value) != null) {
                    throw Problem.badParameter(name, "Parameter " + name + " is given twice.");
                }
            }
        }
        return new Query(values);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException ex) {
            throw Problem.badParameter(null, "The query '" + text + "' is not URL-encoded text.");
        }
    }

    /** Refuses any parameter not among the known ones. */
    Query only(String... known) {
        for (String name : values.keySet()) {
            if (!java.util.Arrays.asList(known).contains(name)) {
                throw Problem.badParameter(name, "Parameter " + name + " is not one of " + String.join(", ", known)
                        + ".");
            }
        }
        return this;
    }

    Optional<String> optional(String name) {
        return Optional.ofNullable(values.get(name));
    }

    String required(String name, String example) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw Problem.badParameter(name, "Parameter " + name + " is required, such as " + name + "=" + example + ".");
        }
        return value;
    }

    /** Reads a date-time in Vietnam time, in the forms the input files take, or a date meaning its start. */
    static LocalDateTime dateTime(String name, String value) {
        try {
            return vn.dunghan.json.VietnamTimes.parse(value, LocalTime.MIDNIGHT);
        } catch (DateTimeException ex) {
            throw Problem.badParameter(name, "Parameter " + name + " '" + value
                    + "' is not a date-time such as 2026-02-12T15:40 or a date such as 2026-02-12.");
        }
    }

    static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException ex) {
            throw Problem.badParameter(name, "Parameter " + name + " '" + value + "' is not a date such as 2026-02-12.");
        }
    }

    static LocalTime time(String name, String value) {
        try {
            return LocalTime.parse(value);
        } catch (DateTimeException ex) {
            throw Problem.badParameter(name, "Parameter " + name + " '" + value + "' is not a time such as 15:00.");
        }
    }

    static int integer(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException ex) {
            throw Problem.badParameter(name, "Parameter " + name + " '" + value + "' is not a whole number such as 15.");
        }
    }
}
