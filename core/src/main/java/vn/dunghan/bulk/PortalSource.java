package vn.dunghan.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.dunghan.dossier.Dossier;
import vn.dunghan.dossier.DossierRecord;
import vn.dunghan.json.DocumentNode;
import vn.dunghan.json.InvalidDocumentException;
import vn.dunghan.json.JsonSyntax;
import vn.dunghan.json.NdjsonLines;
import vn.dunghan.json.ReadLimits;
import vn.dunghan.json.TextEncoding;
import vn.dunghan.portal.PortalDossiers;

/**
 * The dossiers of the portal's payload ({@link PortalDossiers}), numbered from 1 in the order they
 * come. Two shapes are told apart by the first bytes:
 * <ul>
 * <li>one object per line: split like NDJSON ({@link NdjsonLines}, the same line limit), each line
 * parsed on the workers, so a bad line is one error record and reading goes on;</li>
 * <li>a JSON array of dossier objects, or the envelope {@code {"service":"DongBoHoSoMC","data":[...]}}
 * (several may follow one another): streamed, each dossier parsed into a tree on the calling
 * thread and mapped on the workers; a syntax error ends the reading with one error record, since
 * nothing after it can be placed.</li>
 * </ul>
 */
final class PortalSource implements DossierSource<PortalSource.Item> {

    /** One dossier as a line's bytes or as a parsed tree, or the error that ended the input. */
    record Item(long number, byte[] line, boolean tooLong, JsonNode node, long size, String error) {
    }

    private final InputStream in;
    private final ReadLimits limits;
    private final PortalDossiers reader;
    private final NdjsonLines lines;
    private final JsonMapper mapper;
    private final JsonParser parser;
    private long number;
    /** Inside an array of dossiers (top level or the envelope's data): how many arrays are open. */
    private int arrays;
    private Item next;
    private boolean done;

    PortalSource(InputStream in, ReadLimits limits, PortalDossiers reader) {
        this.in = TextEncoding.requireUtf8(in);
        this.limits = limits;
        this.reader = reader;
        if (isOneObjectPerLine(this.in)) {
            this.lines = NdjsonLines.of(this.in, limits);
            this.mapper = null;
            this.parser = null;
        } else {
            this.lines = null;
            JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(limits.getMaxNestingDepth()).build()).build();
            this.mapper = JsonMapper.builder(factory).build();
            this.parser = mapper.createParser(this.in);
        }
    }

    /**
     * Checks if the input is one dossier object per line: its first non-blank line is a whole JSON
     * object that is not an envelope. A pretty-printed object, which spans lines, is streamed.
     */
    private static boolean isOneObjectPerLine(InputStream in) {
        Head head = Head.of(in);
        if (head.first() != '{') {
            return false;
        }
        String key = head.firstKey();
        if (key != null && PortalDossiers.isEnvelopeField(key)) {
            return false;
        }
        String line = head.firstLine();
        // a first line longer than the look is a long record: one per line
        return line == null ? head.isFull() : isWholeObject(line);
    }

    /** Checks if a text is one whole JSON object, by its braces outside strings. */
    private static boolean isWholeObject(String text) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return text.substring(i + 1).isBlank();
            }
        }
        return false;
    }

    @Override
    public boolean hasNext() {
        if (lines != null) {
            return lines.hasNext();
        }
        if (next == null && !done) {
            next = read();
        }
        return next != null;
    }

    @Override
    public Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (lines != null) {
            NdjsonLines.Line line = lines.next();
            return new Item(line.number(), line.bytes(), line.isTooLong(), null, line.size(), null);
        }
        Item item = next;
        next = null;
        return item;
    }

    private Item read() {
        try {
            while (true) {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    done = true;
                    return null;
                }
                if (token == JsonToken.END_ARRAY && arrays > 0) {
                    arrays--;
                    if (arrays == 0 && parser.streamReadContext().inObject()) {
                        skipRestOfObject();
                    }
                    continue;
                }
                if (token == JsonToken.START_ARRAY) {
                    arrays++;
                    continue;
                }
                long start = parser.currentTokenLocation().getByteOffset();
                if (token == JsonToken.START_OBJECT && arrays == 0) {
                    token = parser.nextToken();
                    if (token == JsonToken.PROPERTY_NAME && PortalDossiers.isEnvelopeField(parser.currentName())) {
                        if (!enterEnvelope(token)) {
                            return new Item(++number, null, false, null, 0, "The envelope holds no data array of"
                                    + " dossiers");
                        }
                        continue;
                    }
                    JsonNode object = restOfObject(token);
                    return new Item(++number, null, false, object, size(start), null);
                }
                JsonNode value = parser.readValueAsTree();
                return new Item(++number, null, false, value, size(start), null);
            }
        } catch (JacksonException ex) {
            done = true;
            return new Item(++number, null, false, null, 0, "The payload cannot be read from here on: "
                    + JsonSyntax.describe(ex));
        }
    }

    /** The bytes read since a start offset, when the parser knows them. */
    private long size(long start) {
        long end = parser.currentLocation().getByteOffset();
        return start >= 0 && end >= start ? end - start : 0;
    }

    /** Reads the fields of a top-level object whose first field name is the current token. */
    private JsonNode restOfObject(JsonToken first) {
        ObjectNode object = mapper.createObjectNode();
        JsonToken token = first;
        while (token == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            object.set(name, parser.readValueAsTree());
            token = parser.nextToken();
        }
        return object;
    }

    /**
     * Moves into the data array of an envelope, whose first field name is the current token.
     *
     * @return false if the envelope ended without one
     */
    private boolean enterEnvelope(JsonToken first) {
        JsonToken token = first;
        while (token == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            token = parser.nextToken();
            if (name.equals("data") && token == JsonToken.START_ARRAY) {
                arrays = 1;
                return true;
            }
            parser.skipChildren();
            token = parser.nextToken();
        }
        return false;
    }

    private void skipRestOfObject() {
        JsonToken token = parser.nextToken();
        while (token == JsonToken.PROPERTY_NAME) {
            parser.nextToken();
            parser.skipChildren();
            token = parser.nextToken();
        }
    }

    @Override
    public DossierRecord decode(Item item) {
        if (item.error() != null) {
            return DossierRecord.error(item.number(), null, "", item.error());
        }
        if (item.tooLong()) {
            return DossierRecord.error(item.number(), null, "", "The line is over the limit of "
                    + limits.getMaxLineBytes() + " bytes");
        }
        DocumentNode node;
        try {
            node = item.line() != null ? DocumentNode.parse(item.line(), limits) : DocumentNode.root(item.node());
        } catch (InvalidDocumentException ex) {
            return DossierRecord.error(item.number(), null, ex.getPath(), ex.getRule());
        }
        try {
            return DossierRecord.of(item.number(), reader.read(node));
        } catch (InvalidDocumentException ex) {
            // a progress entry names its dossier in the message, not as the record's code
            String id = PortalDossiers.isProgressEntry(node) ? null : idOf(node.node());
            return DossierRecord.error(item.number(), id, ex.getPath(), ex.getRule());
        }
    }

    private static String idOf(JsonNode node) {
        JsonNode id = node.isObject() ? node.get("MaHoSo") : null;
        return id != null && id.isString() && !id.asString().isBlank() ? id.asString() : null;
    }

    @Override
    public long size(Item item) {
        return item.size();
    }

    @Override
    public String locate(Dossier dossier, String path) {
        return PortalFields.locate(dossier, path);
    }

    @Override
    public String idPath() {
        return "/MaHoSo";
    }

    @Override
    public void close() {
        try {
            if (parser != null) {
                parser.close();
            }
            in.close();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
