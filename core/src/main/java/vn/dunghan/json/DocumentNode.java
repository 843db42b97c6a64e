package vn.dunghan.json;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * A JSON node together with its JSON Pointer, with typed getters that reject bad values with an
 * {@link InvalidDocumentException} naming the pointer and the rule.
 * <p>
 * This class is immutable and thread-safe if its node is not modified.
 */
final class DocumentNode {

    private final JsonNode node;
    private final String path;

    DocumentNode(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static DocumentNode root(JsonNode node) {
        return new DocumentNode(node, "");
    }

    String path() {
        return path;
    }

    InvalidDocumentException error(String rule) {
        return new InvalidDocumentException(path, rule);
    }

    /** Checks this is an object whose fields are all among those allowed. */
    DocumentNode object(Set<String> allowed) {
        if (!node.isObject()) {
            throw error("Expected an object but found " + describe());
        }
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                throw new InvalidDocumentException(child(name), "Unknown field '" + name + "'; expected one of "
                        + new java.util.TreeSet<>(allowed));
            }
        }
        return this;
    }

    /** Gets a field that must be present and not null. */
    DocumentNode required(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new InvalidDocumentException(child(name), "Field '" + name + "' is required");
        }
        return new DocumentNode(value, child(name));
    }

    /** Gets a field that may be absent or null. */
    Optional<DocumentNode> optional(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(new DocumentNode(value, child(name)));
    }

    List<DocumentNode> elements() {
        if (!node.isArray()) {
            throw error("Expected an array but found " + describe());
        }
        List<DocumentNode> list = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            list.add(new DocumentNode(node.get(i), path + "/" + i));
        }
        return list;
    }

    List<String> fieldNames() {
        if (!node.isObject()) {
            throw error("Expected an object but found " + describe());
        }
        return new ArrayList<>(node.propertyNames());
    }

    DocumentNode field(String name) {
        return new DocumentNode(node.get(name), child(name));
    }

    String text() {
        if (!node.isString()) {
            throw error("Expected a string but found " + describe());
        }
        return node.stringValue();
    }

    String nonBlankText() {
        String text = text();
        if (text.isBlank()) {
            throw error("Expected a non-blank string");
        }
        return text;
    }

    boolean bool() {
        if (!node.isBoolean()) {
            throw error("Expected true or false but found " + describe());
        }
        return node.booleanValue();
    }

    LocalDate date() {
        return parse("a date of the form yyyy-MM-dd", LocalDate::parse);
    }

    MonthDay monthDay() {
        return parse("a day of the year of the form --MM-dd", MonthDay::parse);
    }

    <E extends Enum<E>> E enumValue(Class<E> type) {
        String text = text();
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            StringBuilder names = new StringBuilder();
            for (E constant : type.getEnumConstants()) {
                names.append(names.length() == 0 ? "" : ", ").append(constant.name());
            }
            throw error("'" + text + "' is not one of " + names);
        }
    }

    /** Parses the text with a java.time parser, turning its exception into a document error. */
    <T> T parse(String expected, Function<String, T> parser) {
        String text = text();
        try {
            return parser.apply(text);
        } catch (DateTimeException ex) {
            throw new InvalidDocumentException(path, "'" + text + "' is not " + expected, ex);
        }
    }

    private String child(String name) {
        return path + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    private String describe() {
        if (node == null || node.isNull()) {
            return "null";
        }
        if (node.isString()) {
            return "the string '" + node.stringValue() + "'";
        }
        String text = node.toString();
        return node.getNodeType().toString().toLowerCase(Locale.ROOT) + " "
                + (text.length() > 40 ? text.substring(0, 40) + "..." : text);
    }
}
