package vn.dunghan.json;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;
import vn.dunghan.dossier.Channel;
import vn.dunghan.dossier.Dossier;
import vn.dunghan.dossier.DossierEvent;
import vn.dunghan.dossier.EventType;

/**
 * The fast path of {@link DossierJson}: reads a valid dossier straight from the parser's tokens,
 * without building a tree, and gives up at the first doubt. It accepts only what the tree reader
 * accepts, and returns null for anything else (an unknown or repeated field, a null, a type or value
 * the tree reader would reject, a time with an offset, malformed JSON), so that the caller reads
 * the record again through the tree and reports exactly the error the tree reader reports. Valid
 * records, nearly all of a bulk file, are read without building a tree.
 * <p>
 * This is a thread-safe utility class.
 */
final class DossierStream {

    // the fields of a dossier and of an event, as bits, to find a repeated one; bit i is the
    // field at index i of the name matcher below
    private static final int ID = 1;
    private static final int PROCEDURE = 1 << 1;
    private static final int AGENCY = 1 << 2;
    private static final int CHANNEL = 1 << 3;
    private static final int SUBMITTED = 1 << 4;
    private static final int ACCEPTED = 1 << 5;
    private static final int APPOINTMENT = 1 << 6;
    private static final int COMPETENT = 1 << 7;
    private static final int EVENTS = 1 << 8;
    private static final int APPLICANT = 1 << 9;
    private static final int REQUIRED = ID | PROCEDURE | AGENCY | ACCEPTED | APPOINTMENT;
    private static final EnumNames<EventType> EVENT_TYPES = EnumNames.of(EventType.class);
    private static final EnumNames<Channel> CHANNELS = EnumNames.of(Channel.class);

    private static final int TYPE = 1;
    private static final int AT = 1 << 1;
    private static final int NEW_APPOINTMENT = 1 << 2;
    private static final int APOLOGY = 1 << 3;
    private static final int UNIT = 1 << 4;
    private static final int START = 1 << 5;
    private static final int END = 1 << 6;
    private static final int ALLOCATED = 1 << 7;

    /**
     * The names of the fields, matched by the parser on the raw bytes (Jackson 3's
     * {@code nextNameMatch}) without making a string of each name; the index is the field's bit.
     */
    private static final PropertyNameMatcher DOSSIER_NAMES = matcher("id", "procedure", "agency", "channel",
            "submittedAt", "acceptedAt", "appointment", "competentReceivedAt", "events", "applicant");
    private static final PropertyNameMatcher EVENT_NAMES = matcher("type", "at", "newAppointment", "apology", "unit",
            "start", "end", "allocatedWorkingDays");

    private DossierStream() {
    }

    /**
     * Reads a dossier if it is valid in every respect the tree reader checks.
     *
     * @param json  the UTF-8 bytes of one record, not null
     * @param factory  the parser factory with the read limits, not null
     * @return the dossier, or null if the tree reader must decide
     */
    static Dossier read(byte[] json, JsonFactory factory) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json)) {
            Dossier dossier = read(parser);
            // one value per record: anything after it is for the tree reader to report
            return dossier != null && parser.nextToken() == null ? dossier : null;
        } catch (JacksonException | DateTimeException | IllegalArgumentException | NullPointerException ex) {
            return null;
        }
    }

    private static Dossier read(JsonParser parser) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        int seen = 0;
        String id = null;
        String procedure = null;
        String agency = null;
        Channel channel = Channel.COUNTER;
        LocalDateTime submitted = null;
        LocalDateTime accepted = null;
        LocalDateTime appointment = null;
        LocalDateTime competent = null;
        List<DossierEvent> events = List.of();
        String applicant = null;
        int match;
        while ((match = parser.nextNameMatch(DOSSIER_NAMES)) >= 0) {
            int field = 1 << match;
            if ((seen & field) != 0) {
                return null;
            }
            seen |= field;
            if (field == EVENTS) {
                events = events(parser);
                if (events == null) {
                    return null;
                }
                continue;
            }
            if (parser.nextToken() != JsonToken.VALUE_STRING) {
                return null;
            }
            switch (field) {
                case ID -> id = nonBlank(parser.getString());
                case PROCEDURE -> procedure = nonBlank(parser.getString());
                case AGENCY -> agency = nonBlank(parser.getString());
                case CHANNEL -> channel = CHANNELS.find(parser);
                case SUBMITTED -> submitted = dateTime(parser);
                case ACCEPTED -> accepted = dateTime(parser);
                case APPOINTMENT -> appointment = appointment(parser);
                case APPLICANT -> applicant = nonBlank(parser.getString());
                default -> competent = dateTime(parser);
            }
        }
        if (match != PropertyNameMatcher.MATCH_END_OBJECT || (seen & REQUIRED) != REQUIRED || id == null
                || procedure == null || agency == null || accepted == null || appointment == null
                || (seen & SUBMITTED) != 0 && submitted == null || (seen & COMPETENT) != 0 && competent == null
                || (seen & APPLICANT) != 0 && applicant == null) {
            return null;
        }
        return new Dossier(id, procedure, agency, channel, submitted, accepted, appointment, competent, events,
                applicant);
    }

    private static List<DossierEvent> events(JsonParser parser) {
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            return null;
        }
        List<DossierEvent> events = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
            DossierEvent event = event(parser);
            if (event == null) {
                return null;
            }
            events.add(event);
        }
        return token == JsonToken.END_ARRAY ? events : null;
    }

    private static DossierEvent event(JsonParser parser) {
        int seen = 0;
        EventType type = null;
        LocalDateTime at = null;
        LocalDateTime newAppointment = null;
        boolean apology = false;
        String unit = null;
        LocalDateTime start = null;
        LocalDateTime end = null;
        int allocated = -1;
        int match;
        while ((match = parser.nextNameMatch(EVENT_NAMES)) >= 0) {
            int field = 1 << match;
            if ((seen & field) != 0) {
                return null;
            }
            seen |= field;
            if (field == APOLOGY) {
                JsonToken value = parser.nextToken();
                if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
                    return null;
                }
                apology = value == JsonToken.VALUE_TRUE;
                continue;
            }
            if (field == ALLOCATED) {
                if (parser.nextToken() != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
                    return null;
                }
                allocated = parser.getIntValue();
                if (allocated < 0) {
                    return null;
                }
                continue;
            }
            if (parser.nextToken() != JsonToken.VALUE_STRING) {
                return null;
            }
            switch (field) {
                case TYPE -> type = EVENT_TYPES.find(parser);
                case AT -> at = dateTime(parser);
                case NEW_APPOINTMENT -> newAppointment = appointment(parser);
                case UNIT -> unit = nonBlank(parser.getString());
                case START -> start = dateTime(parser);
                default -> end = dateTime(parser);
            }
        }
        if (match != PropertyNameMatcher.MATCH_END_OBJECT || type == null) {
            return null;
        }
        switch (type) {
            case STEP:
                return seen == (TYPE | UNIT | START | END | ALLOCATED) && unit != null && start != null && end != null
                        ? DossierEvent.step(unit, start, end, allocated) : null;
            case EXTENDED:
                return (seen & ~APOLOGY) == (TYPE | AT | NEW_APPOINTMENT) && at != null && newAppointment != null
                        ? DossierEvent.extended(at, newAppointment, apology) : null;
            case SUPPLEMENT_RECEIVED:
                return (seen & ~NEW_APPOINTMENT) == (TYPE | AT) && at != null
                        && ((seen & NEW_APPOINTMENT) == 0 || newAppointment != null)
                        ? DossierEvent.supplementReceived(at, newAppointment) : null;
            default:
                return seen == (TYPE | AT) && at != null ? DossierEvent.of(type, at) : null;
        }
    }

    private static String nonBlank(String text) {
        return text.isBlank() ? null : text;
    }

    /** A matcher of the names; any JSON factory makes the same one, independent of its settings. */
    private static PropertyNameMatcher matcher(String... names) {
        List<Named> list = new ArrayList<>();
        for (String name : names) {
            list.add(Named.fromString(name));
        }
        return new JsonFactory().constructNameMatcher(list, false);
    }

    /**
     * The current string value as a local date-time of the two common shapes, read from the
     * parser's characters without making a string; null for any other shape, offsets included.
     */
    private static LocalDateTime dateTime(JsonParser parser) {
        return IsoLocalTimes.parse(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
    }

    /** An appointment: a date-time, or a bare date meaning the end of that day. */
    private static LocalDateTime appointment(JsonParser parser) {
        return parser.getStringLength() == 10 ? LocalDate.parse(parser.getString()).atTime(LocalTime.MAX) : dateTime(parser);
    }
}
