package vn.dunghan.json;

import java.io.InputStream;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON node together with its JSON Pointer, with typed getters that reject bad values with an
 * {@link InvalidDocumentException} naming the pointer and the rule. The readers of dunghan's
 * documents are built on it.
 * <p>
 * This class is immutable, and thread-safe if its node is not modified.
 */
public final class DocumentNode {

    private final JsonNode node;
    // the pointer is built only when asked for, from the parent and this node's field name or index:
    // reading a valid document never needs it
    private final DocumentNode parent;
    private final String name;
    private final int index;

    private DocumentNode(JsonNode node, DocumentNode parent, String name, int index) {
        this.node = node;
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /** The parser of every document: duplicate keys are errors. */
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * Parses a JSON text, rejecting duplicate keys.
     *
     * @param json  the text, not null
     * @return the root, not null
     * @throws InvalidDocumentException if the text is empty or not valid JSON, naming line and column
     */
    public static DocumentNode parse(String json) {
        Objects.requireNonNull(json, "json");
        return root(parseTree(() -> STRICT.readTree(json)));
    }

    /**
     * Parses JSON from a character stream, which is not closed, rejecting duplicate keys.
     *
     * @param reader  the reader, not null
     * @return the root, not null
     * @throws InvalidDocumentException if the stream is empty or not valid JSON, naming line and column
     */
    public static DocumentNode parse(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        return root(parseTree(() -> STRICT.readTree(reader)));
    }

    /**
     * Parses JSON from a UTF-8 byte stream, which is not closed, rejecting duplicate keys.
     *
     * @param in  the stream, not null
     * @return the root, not null
     * @throws InvalidDocumentException if the stream is empty or not valid JSON, naming line and column
     */
    public static DocumentNode parse(InputStream in) {
        Objects.requireNonNull(in, "in");
        return root(parseTree(() -> STRICT.readTree(in)));
    }

    /**
     * Parses one UTF-8 record with a given parser, which sets the limits.
     *
     * @param json  the UTF-8 bytes, not null
     * @param mapper  the parser, not null
     * @return the root, not null
     * @throws InvalidDocumentException if the bytes are empty, not UTF-8, not valid JSON or over a limit
     */
    static DocumentNode parse(byte[] json, JsonMapper mapper) {
        return root(parseTree(() -> mapper.readTree(json)));
    }

    /**
     * Parses one record of a bulk input under read limits, such as one line of a file.
     *
     * @param json  the UTF-8 bytes, not null
     * @param limits  the limits, not null
     * @return the root, not null
     * @throws InvalidDocumentException if the bytes are empty, not UTF-8, not valid JSON or over a limit
     */
    public static DocumentNode parse(byte[] json, ReadLimits limits) {
        return parse(java.util.Objects.requireNonNull(json, "json"), limits.mapper());
    }

    /**
     * Parses one record with a given parser, which sets the limits.
     *
     * @param json  the text, not null
     * @param mapper  the parser, not null
     * @return the root, not null
     * @throws InvalidDocumentException if the text is empty, not valid JSON or over a limit
     */
    static DocumentNode parse(String json, JsonMapper mapper) {
        return root(parseTree(() -> mapper.readTree(json)));
    }

    private static JsonNode parseTree(Supplier<JsonNode> parse) {
        try {
            JsonNode tree = parse.get();
            if (tree == null || tree.isMissingNode()) {
                throw new InvalidDocumentException("", "The document is empty");
            }
            return tree;
        } catch (JacksonException ex) {
            throw new InvalidDocumentException("", JsonSyntax.describe(ex), ex);
        }
    }

    /**
     * Gets the wrapped JSON node.
     *
     * @return the node, null for an absent field
     */
    public JsonNode node() {
        return node;
    }

    /**
     * Obtains the root of a document.
     *
     * @param node  the parsed document, not null
     * @return the root, at pointer {@code ""}, not null
     */
    public static DocumentNode root(JsonNode node) {
        return new DocumentNode(Objects.requireNonNull(node, "node"), null, null, -1);
    }

    /**
     * Gets the JSON Pointer of this node.
     *
     * @return the pointer, empty for the root, not null
     */
    public String path() {
        if (parent == null) {
            return "";
        }
        return parent.path() + "/" + (name == null ? Integer.toString(index) : name.replace("~", "~0").replace("/", "~1"));
    }

    /**
     * Creates an error about this node.
     *
     * @param rule  the rule broken, as a sentence, not null
     * @return the exception, not null
     */
    public InvalidDocumentException error(String rule) {
        return new InvalidDocumentException(path(), rule);
    }

    /**
     * Checks this is an object whose fields are all among those allowed.
     *
     * @param allowed  the allowed field names, not null
     * @return this node, not null
     * @throws InvalidDocumentException if it is not an object or has an unknown field
     */
    public DocumentNode object(Set<String> allowed) {
        if (!node.isObject()) {
            throw error("Expected an object but found " + describe());
        }
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                throw new DocumentNode(null, this, name, -1).error("Unknown field '" + name + "'; expected one of "
                        + new java.util.TreeSet<>(allowed));
            }
        }
        return this;
    }

    /**
     * Gets a field that must be present and not null.
     *
     * @param name  the field name, not null
     * @return the field, not null
     * @throws InvalidDocumentException if absent or null
     */
    public DocumentNode required(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new DocumentNode(value, this, name, -1).error("Field '" + name + "' is required");
        }
        return new DocumentNode(value, this, name, -1);
    }

    /**
     * Gets a field that may be absent or null.
     *
     * @param name  the field name, not null
     * @return the field, empty if absent or null
     */
    public Optional<DocumentNode> optional(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(new DocumentNode(value, this, name, -1));
    }

    /**
     * Gets the elements of an array.
     *
     * @return the elements, with their pointers, not null
     * @throws InvalidDocumentException if this is not an array
     */
    public List<DocumentNode> elements() {
        if (!node.isArray()) {
            throw error("Expected an array but found " + describe());
        }
        List<DocumentNode> list = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            list.add(new DocumentNode(node.get(i), this, null, i));
        }
        return list;
    }

    /**
     * Gets the field names of an object.
     *
     * @return the names in document order, not null
     * @throws InvalidDocumentException if this is not an object
     */
    public List<String> fieldNames() {
        if (!node.isObject()) {
            throw error("Expected an object but found " + describe());
        }
        return new ArrayList<>(node.propertyNames());
    }

    /**
     * Gets a field, present or not, for reading or for an error message.
     *
     * @param name  the field name, not null
     * @return the field node, wrapping null if absent, not null
     */
    public DocumentNode field(String name) {
        return new DocumentNode(node.get(name), this, name, -1);
    }

    /**
     * Gets a string value.
     *
     * @return the string, not null
     * @throws InvalidDocumentException if this is not a string
     */
    public String text() {
        if (!node.isString()) {
            throw error("Expected a string but found " + describe());
        }
        return node.stringValue();
    }

    /**
     * Gets a string value that is not blank.
     *
     * @return the string, not null
     * @throws InvalidDocumentException if this is not a non-blank string
     */
    public String nonBlankText() {
        String text = text();
        if (text.isBlank()) {
            throw error("Expected a non-blank string");
        }
        return text;
    }

    /**
     * Gets a whole number that fits an {@code int}.
     *
     * @return the value
     * @throws InvalidDocumentException if this is not a whole number, or is too large
     */
    public int integer() {
        if (node == null || !node.isIntegralNumber()) {
            throw error("Expected a whole number but found " + describe());
        }
        if (!node.canConvertToInt()) {
            throw error("Number " + node + " is too large");
        }
        return node.intValue();
    }

    /**
     * Gets a boolean value.
     *
     * @return the value
     * @throws InvalidDocumentException if this is not true or false
     */
    public boolean bool() {
        if (!node.isBoolean()) {
            throw error("Expected true or false but found " + describe());
        }
        return node.booleanValue();
    }

    /**
     * Gets an ISO date of the form yyyy-MM-dd.
     *
     * @return the date, not null
     * @throws InvalidDocumentException if this is not a valid date
     */
    public LocalDate date() {
        return parse("a date of the form yyyy-MM-dd", LocalDate::parse);
    }

    /**
     * Gets a day of the year of the form --MM-dd.
     *
     * @return the day of the year, not null
     * @throws InvalidDocumentException if this is not a valid day of the year
     */
    public MonthDay monthDay() {
        return parse("a day of the year of the form --MM-dd", MonthDay::parse);
    }

    /**
     * Gets an enum constant by its name, case-insensitively.
     *
     * @param <E>  the enum type
     * @param type  the enum class, not null
     * @return the constant, not null
     * @throws InvalidDocumentException if the text names no constant
     */
    public <E extends Enum<E>> E enumValue(Class<E> type) {
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

    /**
     * Parses the text with a java.time parser, turning its exception into a document error.
     *
     * @param <T>  the parsed type
     * @param expected  what the text should be, for the message, such as {@code a date}, not null
     * @param parser  the parser, not null
     * @return the parsed value, not null
     * @throws InvalidDocumentException if the parser rejects the text
     */
    public <T> T parse(String expected, Function<String, T> parser) {
        String text = text();
        try {
            return parser.apply(text);
        } catch (DateTimeException ex) {
            throw new InvalidDocumentException(path(), "'" + text + "' is not " + expected, ex);
        }
    }

    private String describe() {
        if (node == null || node.isNull()) {
            return "null";
        }
        if (node.isString()) {
            return "the string '" + node.stringValue() + "'";
        }
        if (node.isNumber() && Double.isInfinite(node.doubleValue())) {
            return "a number too large to represent";
        }
        String text = node.toString();
        return node.getNodeType().toString().toLowerCase(Locale.ROOT) + " "
                + (text.length() > 40 ? text.substring(0, 40) + "..." : text);
    }
}
