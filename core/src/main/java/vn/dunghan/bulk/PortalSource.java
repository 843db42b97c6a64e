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
import vn.dunghan.json.TextEncoding;
import vn.dunghan.portal.PortalDossiers;

/**
 * The dossiers of the portal's payload ({@link PortalDossiers}): a JSON array of dossier objects,
 * the envelope {@code {"service":"DongBoHoSoMC","data":[...]}}, or one object per line, in any
 * mix, numbered from 1 in the order they come. Each object is parsed into a tree on the calling
 * thread and mapped on the workers. A syntax error ends the reading with one error record.
 */
final class PortalSource implements DossierSource<PortalSource.Item> {

    /** One dossier object as parsed, or the syntax error that ended the input. */
    record Item(long number, JsonNode node, String error) {
    }

    private static final int DEPTH = 24;

    private final InputStream in;
    private final JsonMapper mapper;
    private final JsonParser parser;
    private final PortalDossiers reader;
    private long number;
    /** Inside an array of dossiers (top level or the envelope's data), how many arrays to close after it. */
    private int arrays;
    private Item next;
    private boolean done;

    PortalSource(InputStream in, PortalDossiers reader) {
        this.in = TextEncoding.requireUtf8(in);
        this.reader = reader;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(DEPTH).build()).build();
        this.mapper = JsonMapper.builder(factory).build();
        this.parser = mapper.createParser(this.in);
    }

    @Override
    public boolean hasNext() {
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
                        skipRestOfEnvelope();
                    }
                    continue;
                }
                if (token == JsonToken.START_ARRAY) {
                    arrays++;
                    continue;
                }
                if (token == JsonToken.START_OBJECT && arrays == 0) {
                    token = parser.nextToken();
                    if (token == JsonToken.PROPERTY_NAME && isEnvelopeField(parser.currentName())) {
                        enterEnvelope(token);
                        continue;
                    }
                    JsonNode object = restOfObject(token);
                    return new Item(++number, object, null);
                }
                JsonNode value = parser.readValueAsTree();
                return new Item(++number, value, null);
            }
        } catch (JacksonException ex) {
            done = true;
            return new Item(++number, null, "The payload cannot be read from here on: " + JsonSyntax.describe(ex));
        }
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

    /** Moves into the data array of an envelope, whose first field name is the current token. */
    private void enterEnvelope(JsonToken first) {
        JsonToken token = first;
        while (token == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            token = parser.nextToken();
            if (name.equals("data") && token == JsonToken.START_ARRAY) {
                arrays = 1;
                return;
            }
            parser.skipChildren();
            token = parser.nextToken();
        }
    }

    private void skipRestOfEnvelope() {
        JsonToken token = parser.nextToken();
        while (token == JsonToken.PROPERTY_NAME) {
            parser.nextToken();
            parser.skipChildren();
            token = parser.nextToken();
        }
    }

    private static boolean isEnvelopeField(String name) {
        return name.equals("data") || name.equals("service") || name.equals("session") || name.equals("madonvi")
                || name.equals("isUpdating");
    }

    @Override
    public DossierRecord decode(Item item) {
        if (item.error() != null) {
            return DossierRecord.error(item.number(), null, "", item.error());
        }
        DocumentNode node = DocumentNode.root(item.node());
        try {
            return DossierRecord.of(item.number(), reader.read(node));
        } catch (InvalidDocumentException ex) {
            // a progress entry names its dossier in the message, not as the record's code
            String id = PortalDossiers.isProgressEntry(node) ? null : idOf(item.node());
            return DossierRecord.error(item.number(), id, ex.getPath(), ex.getRule());
        }
    }

    private static String idOf(JsonNode node) {
        JsonNode id = node.isObject() ? node.get("MaHoSo") : null;
        return id != null && id.isString() && !id.asString().isBlank() ? id.asString() : null;
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
            parser.close();
            in.close();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
