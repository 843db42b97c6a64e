package vn.dunghan.json;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dunghan.dossier.Channel;
import vn.dunghan.dossier.Dossier;
import vn.dunghan.dossier.DossierEvent;
import vn.dunghan.dossier.DossierRecord;
import vn.dunghan.dossier.EventType;
import vn.dunghan.dossier.InvalidFieldException;

/**
 * Reads and writes dossiers as JSON, one per line of an NDJSON file:
 * <pre>
 * {"id":"000.00.12.H29-260212-0007","procedure":"1.004227","agency":"UBND phường Bến Nghé",
 *  "channel":"COUNTER","submittedAt":"2026-02-12T15:30:00","acceptedAt":"2026-02-12T15:40:00",
 *  "appointment":"2026-03-12T16:00:00","competentReceivedAt":"2026-02-13T09:00:00",
 *  "events":[{"type":"SUPPLEMENT_REQUESTED","at":"..."},{"type":"SUPPLEMENT_RECEIVED","at":"...","newAppointment":"..."},
 *   {"type":"EXTENDED","at":"...","newAppointment":"...","apology":true},
 *   {"type":"STEP","unit":"...","start":"...","end":"...","allocatedWorkingDays":3},
 *   {"type":"COMPLETED","at":"..."}]}
 * </pre>
 * Times are in Vietnam time, in the forms of {@link VietnamTimes} ({@code 2026-02-12T15:40} is the
 * usual one); an offset other than {@code +07:00} is rejected. An appointment may be a date
 * alone, meaning the end of that day. {@code channel} defaults to {@code COUNTER};
 * {@code submittedAt}, {@code competentReceivedAt}, {@code events} and {@code applicant} (an opaque key of
 * the applicant, such as a hash of an identity number, that links one applicant's dossiers) are optional; {@code apology}
 * defaults to false. Event types: those of {@link EventType}; each type takes only its own fields.
 * <p>
 * Unknown fields, missing required fields, bad times and impossible values are rejected with an
 * {@link InvalidDocumentException} naming the JSON Pointer and the rule. The rules of a timeline
 * (order, events before acceptance) are checked by the evaluator, with the same pointers.
 * <p>
 * This is a thread-safe utility class.
 */
public final class DossierJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Set<String> FIELDS = Set.of("id", "procedure", "agency", "channel", "submittedAt",
            "acceptedAt", "appointment", "competentReceivedAt", "events", "applicant");
    private static final Set<String> AT_FIELDS = Set.of("type", "at");
    private static final Set<String> RECEIVED_FIELDS = Set.of("type", "at", "newAppointment");
    private static final Set<String> EXTENDED_FIELDS = Set.of("type", "at", "newAppointment", "apology");
    private static final Set<String> STEP_FIELDS = Set.of("type", "unit", "start", "end", "allocatedWorkingDays");

    private DossierJson() {
    }

    /**
     * Reads a dossier from one JSON text.
     *
     * @param json  the document, not null
     * @return the dossier, not null
     * @throws InvalidDocumentException if the document is malformed or breaks a rule
     */
    public static Dossier read(String json) {
        return read(DocumentNode.parse(json));
    }

    /**
     * Reads a dossier from a parsed document.
     *
     * @param root  the document's root, not null
     * @return the dossier, not null
     * @throws InvalidDocumentException if the document breaks a rule
     */
    public static Dossier read(DocumentNode root) {
        root.object(FIELDS);
        String id = root.required("id").nonBlankText();
        String procedure = root.required("procedure").nonBlankText();
        String agency = root.required("agency").nonBlankText();
        Channel channel = root.optional("channel").map(c -> c.enumValue(Channel.class)).orElse(Channel.COUNTER);
        LocalDateTime submitted = root.optional("submittedAt").map(DossierJson::dateTime).orElse(null);
        LocalDateTime accepted = dateTime(root.required("acceptedAt"));
        LocalDateTime appointment = appointment(root.required("appointment"));
        LocalDateTime competent = root.optional("competentReceivedAt").map(DossierJson::dateTime).orElse(null);
        List<DossierEvent> events = new ArrayList<>();
        root.optional("events").ifPresent(list -> {
            for (DocumentNode event : list.elements()) {
                events.add(event(event));
            }
        });
        String applicant = root.optional("applicant").map(DocumentNode::nonBlankText).orElse(null);
        return new Dossier(id, procedure, agency, channel, submitted, accepted, appointment, competent, events,
                applicant);
    }

    /**
     * Reads one line of an NDJSON stream into a record: the dossier, or the error naming the
     * line, the JSON Pointer and the rule. Never throws for bad content: a line over the length
     * limit, bytes that are not UTF-8, JSON nested over the depth limit, malformed JSON and a
     * dossier that breaks a rule all become error records.
     *
     * @param line  the line, not null
     * @param limits  the limits, not null
     * @return the record, not null
     */
    public static DossierRecord read(NdjsonLines.Line line, ReadLimits limits) {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(limits, "limits");
        if (line.isTooLong()) {
            return DossierRecord.error(line.number(), null, "", "The line is " + line.length()
                    + " bytes long, over the limit of " + limits.getMaxLineBytes() + " bytes");
        }
        // valid records take the fast path; anything it doubts is read again through the tree,
        // which names the error
        Dossier fast = DossierStream.read(line.bytes(), limits.streamFactory());
        if (fast != null) {
            return DossierRecord.of(line.number(), fast);
        }
        DocumentNode root;
        try {
            root = DocumentNode.parse(line.bytes(), limits.mapper());
        } catch (InvalidDocumentException ex) {
            return error(line.number(), null, ex);
        }
        return read(line.number(), root);
    }

    /**
     * Reads one JSON text into a record: the dossier, or the error naming the JSON Pointer and
     * the rule.
     *
     * @param number  the record number
     * @param json  the JSON text of one dossier, not null
     * @param limits  the limits, not null
     * @return the record, not null
     */
    public static DossierRecord read(long number, String json, ReadLimits limits) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(limits, "limits");
        DocumentNode root;
        try {
            root = DocumentNode.parse(json, limits.mapper());
        } catch (InvalidDocumentException ex) {
            return error(number, null, ex);
        }
        return read(number, root);
    }

    private static DossierRecord read(long number, DocumentNode root) {
        try {
            return DossierRecord.of(number, read(root));
        } catch (InvalidDocumentException ex) {
            return error(number, idOf(root), ex);
        }
    }

    private static DossierRecord error(long number, String id, InvalidDocumentException ex) {
        return DossierRecord.error(number, id, ex.getPath(), ex.getRule());
    }

    /** The dossier's id from a record that failed to read, when it is there at all. */
    private static String idOf(DocumentNode root) {
        JsonNode id = root.node().isObject() ? root.node().get("id") : null;
        return id != null && id.isString() && !id.asString().isBlank() ? id.asString() : null;
    }

    private static DossierEvent event(DocumentNode node) {
        try {
            return eventOf(node);
        } catch (InvalidFieldException ex) {
            throw new InvalidDocumentException(node.path() + "/" + ex.getField(), ex.getRule(), ex);
        }
    }

    private static DossierEvent eventOf(DocumentNode node) {
        if (!node.node().isObject()) {
            node.object(Set.of());
        }
        EventType type = node.required("type").enumValue(EventType.class);
        switch (type) {
            case STEP: {
                node.object(STEP_FIELDS);
                return DossierEvent.step(node.required("unit").nonBlankText(), dateTime(node.required("start")),
                        dateTime(node.required("end")), node.required("allocatedWorkingDays").integer());
            }
            case EXTENDED:
                node.object(EXTENDED_FIELDS);
                return DossierEvent.extended(dateTime(node.required("at")), appointment(node.required("newAppointment")),
                        node.optional("apology").map(DocumentNode::bool).orElse(false));
            case SUPPLEMENT_RECEIVED:
                node.object(RECEIVED_FIELDS);
                return DossierEvent.supplementReceived(dateTime(node.required("at")),
                        node.optional("newAppointment").map(DossierJson::appointment).orElse(null));
            default:
                node.object(AT_FIELDS);
                return DossierEvent.of(type, dateTime(node.required("at")));
        }
    }

    /**
     * Reads a date-time in Vietnam time, in one of the forms of {@link VietnamTimes}.
     *
     * @param node  the node, not null
     * @return the local date-time in Vietnam, not null
     * @throws InvalidDocumentException if the text is not such a date-time
     */
    public static LocalDateTime dateTime(DocumentNode node) {
        return time(node, null);
    }

    /** An appointment: a date-time, or a date alone meaning the end of that day. */
    private static LocalDateTime appointment(DocumentNode node) {
        return time(node, LocalTime.MAX);
    }

    private static LocalDateTime time(DocumentNode node, LocalTime dateOnly) {
        try {
            return VietnamTimes.parse(node.text(), dateOnly);
        } catch (DateTimeParseException ex) {
            throw new InvalidDocumentException(node.path(), ex.getMessage(), ex);
        }
    }

    /**
     * Writes a dossier as one line of JSON in the format {@link #read(String)} reads.
     *
     * @param dossier  the dossier, not null
     * @return the line, without a line break, not null
     */
    public static String write(Dossier dossier) {
        return MAPPER.writeValueAsString(toTree(dossier));
    }

    /**
     * Converts a dossier to its JSON object.
     *
     * @param dossier  the dossier, not null
     * @return the object, not null
     */
    public static ObjectNode toTree(Dossier dossier) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", dossier.id());
        node.put("procedure", dossier.procedure());
        node.put("agency", dossier.agency());
        node.put("channel", dossier.channel().name());
        if (dossier.submittedAt() != null) {
            node.put("submittedAt", format(dossier.submittedAt()));
        }
        node.put("acceptedAt", format(dossier.acceptedAt()));
        node.put("appointment", format(dossier.appointment()));
        if (dossier.competentReceivedAt() != null) {
            node.put("competentReceivedAt", format(dossier.competentReceivedAt()));
        }
        if (dossier.applicant() != null) {
            node.put("applicant", dossier.applicant());
        }
        ArrayNode events = node.putArray("events");
        for (DossierEvent event : dossier.events()) {
            ObjectNode e = events.addObject();
            e.put("type", event.type().name());
            if (event.type() == EventType.STEP) {
                e.put("unit", event.unit());
                e.put("start", format(event.start()));
                e.put("end", format(event.end()));
                e.put("allocatedWorkingDays", event.allocatedWorkingDays());
            } else {
                e.put("at", format(event.at()));
                if (event.newAppointment() != null) {
                    e.put("newAppointment", format(event.newAppointment()));
                }
                if (event.type() == EventType.EXTENDED) {
                    e.put("apology", event.apology());
                }
            }
        }
        return node;
    }

    /**
     * Formats a date-time for output: ISO local, with seconds only where needed; an appointment
     * given as a date alone (end of day) is written as the date.
     *
     * @param time  the time, not null
     * @return the text, not null
     */
    public static String format(LocalDateTime time) {
        if (time.toLocalTime().equals(LocalTime.MAX)) {
            return time.toLocalDate().toString();
        }
        return time.toString();
    }
}
