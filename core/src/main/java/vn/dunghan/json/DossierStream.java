package vn.dunghan.json;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;
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
 * records, nearly all of a bulk file, are read in about half the time.
 * <p>
 * This is a thread-safe utility class.
 */
final class DossierStream {

    // the fields of a dossier and of an event, as bits, to find a repeated one
    private static final int ID = 1;
    private static final int PROCEDURE = 1 << 1;
    private static final int AGENCY = 1 << 2;
    private static final int CHANNEL = 1 << 3;
    private static final int SUBMITTED = 1 << 4;
    private static final int ACCEPTED = 1 << 5;
    private static final int APPOINTMENT = 1 << 6;
    private static final int COMPETENT = 1 << 7;
    private static final int EVENTS = 1 << 8;
    private static final int REQUIRED = ID | PROCEDURE | AGENCY | ACCEPTED | APPOINTMENT;
    /** The names as written, found without upper-casing a copy first. */
    private static final Map<String, EventType> EVENT_TYPES = byName(EventType.values());
    private static final Map<String, Channel> CHANNELS = byName(Channel.values());

    private static final int TYPE = 1;
    private static final int AT = 1 << 1;
    private static final int NEW_APPOINTMENT = 1 << 2;
    private static final int APOLOGY = 1 << 3;
    private static final int UNIT = 1 << 4;
    private static final int START = 1 << 5;
    private static final int END = 1 << 6;
    private static final int ALLOCATED = 1 << 7;

    private DossierStream() {
    }

    /**
     * Reads a dossier if it is valid in every respect the tree reader checks.
     *
     * @param json  the UTF-8 bytes of one record, not null
     * @param mapper  the parser with the read limits, not null
     * @return the dossier, or null if the tree reader must decide
     */
    static Dossier read(byte[] json, JsonMapper mapper) {
        try (JsonParser parser = mapper.createParser(json)) {
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
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            int field = dossierField(name);
            if (field == 0 || (seen & field) != 0) {
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
                case CHANNEL -> channel = named(CHANNELS, Channel.class, parser.getString());
                case SUBMITTED -> submitted = dateTime(parser);
                case ACCEPTED -> accepted = dateTime(parser);
                case APPOINTMENT -> appointment = appointment(parser);
                default -> competent = dateTime(parser);
            }
        }
        if (token != JsonToken.END_OBJECT || (seen & REQUIRED) != REQUIRED || id == null || procedure == null
                || agency == null || accepted == null || appointment == null
                || (seen & SUBMITTED) != 0 && submitted == null || (seen & COMPETENT) != 0 && competent == null) {
            return null;
        }
        return new Dossier(id, procedure, agency, channel, submitted, accepted, appointment, competent, events);
    }

    private static int dossierField(String name) {
        return switch (name) {
            case "id" -> ID;
            case "procedure" -> PROCEDURE;
            case "agency" -> AGENCY;
            case "channel" -> CHANNEL;
            case "submittedAt" -> SUBMITTED;
            case "acceptedAt" -> ACCEPTED;
            case "appointment" -> APPOINTMENT;
            case "competentReceivedAt" -> COMPETENT;
            case "events" -> EVENTS;
            default -> 0;
        };
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
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
            int field = eventField(parser.currentName());
            if (field == 0 || (seen & field) != 0) {
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
                case TYPE -> type = named(EVENT_TYPES, EventType.class, parser.getString());
                case AT -> at = dateTime(parser);
                case NEW_APPOINTMENT -> newAppointment = appointment(parser);
                case UNIT -> unit = nonBlank(parser.getString());
                case START -> start = dateTime(parser);
                default -> end = dateTime(parser);
            }
        }
        if (token != JsonToken.END_OBJECT || type == null) {
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

    private static int eventField(String name) {
        return switch (name) {
            case "type" -> TYPE;
            case "at" -> AT;
            case "newAppointment" -> NEW_APPOINTMENT;
            case "apology" -> APOLOGY;
            case "unit" -> UNIT;
            case "start" -> START;
            case "end" -> END;
            case "allocatedWorkingDays" -> ALLOCATED;
            default -> 0;
        };
    }

    private static String nonBlank(String text) {
        return text.isBlank() ? null : text;
    }

    /**
     * A constant by its name as written by {@link DossierJson#write}, else in any case, as the tree
     * reader accepts it ({@link DocumentNode#enumValue}).
     */
    private static <E extends Enum<E>> E named(Map<String, E> names, Class<E> type, String text) {
        E value = names.get(text);
        return value != null ? value : Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    }

    private static <E extends Enum<E>> Map<String, E> byName(E[] values) {
        Map<String, E> map = new HashMap<>();
        for (E value : values) {
            map.put(value.name(), value);
        }
        return Map.copyOf(map);
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
