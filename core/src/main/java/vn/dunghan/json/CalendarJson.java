package vn.dunghan.json;

import java.io.InputStream;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dunghan.calendar.DayKind;
import vn.dunghan.calendar.DayOff;
import vn.dunghan.calendar.OfficeHours;
import vn.dunghan.calendar.Season;
import vn.dunghan.calendar.Session;
import vn.dunghan.calendar.Timetable;
import vn.dunghan.calendar.WorkCalendar;

/**
 * Reads and writes {@link WorkCalendar}s as JSON documents.
 * <p>
 * The document format, every field optional except the range:
 * <pre>
 * {
 *   "minDate": "2026-01-01",
 *   "maxDate": "2026-12-31",
 *   "weekend": ["SATURDAY", "SUNDAY"],
 *   "daysOff": [
 *     {"date": "2026-04-30", "name": "Reunification Day", "localName": "Ngày Giải phóng miền Nam",
 *      "kind": "HOLIDAY", "source": "Labour Code 2019, Art. 112", "provisional": false}
 *   ],
 *   "workingDays": [
 *     {"date": "2026-01-10", "name": "Make-up day", "source": "...", "provisional": false}
 *   ],
 *   "officeHours": {
 *     "standard": {"MONDAY": ["07:30-11:30", "13:00-17:00"], "SATURDAY": ["07:30-11:30"]},
 *     "seasons": [{"from": "--04-15", "to": "--10-14", "timetable": {"MONDAY": ["07:00-11:30"]}}],
 *     "exceptions": [{"date": "2026-02-13", "sessions": ["07:30-11:30"]}],
 *     "makeUpDay": ["07:30-11:30", "13:00-17:00"]
 *   }
 * }
 * </pre>
 * Defaults: {@code weekend} is Saturday and Sunday (an empty array means no weekend);
 * {@code kind} of a day off is {@code OTHER}; {@code provisional} is false; without
 * {@code officeHours} the calendar has no working-time arithmetic. Day names and kinds are
 * case-insensitive. A session is {@code HH:mm-HH:mm}, with {@code 24:00} as the end of the day.
 * <p>
 * Reading rejects unknown fields, duplicate keys, bad dates, overlapping sessions or seasons,
 * two different entries on one date and every rule of {@link WorkCalendar.Builder#build()}, with
 * an {@link InvalidDocumentException} naming the JSON Pointer and the rule. Writing then reading
 * gives an equal calendar.
 * <p>
 * This is a thread-safe utility class.
 */
public final class CalendarJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private static final Set<String> CALENDAR_FIELDS =
            Set.of("minDate", "maxDate", "weekend", "daysOff", "workingDays", "officeHours");
    private static final Set<String> DAY_FIELDS =
            Set.of("date", "name", "localName", "kind", "source", "provisional");
    private static final Set<String> WORKING_DAY_FIELDS =
            Set.of("date", "name", "localName", "source", "provisional");
    private static final Set<String> OFFICE_HOURS_FIELDS = Set.of("standard", "seasons", "exceptions", "makeUpDay");
    private static final Set<String> SEASON_FIELDS = Set.of("from", "to", "timetable");
    private static final Set<String> EXCEPTION_FIELDS = Set.of("date", "sessions");

    private CalendarJson() {
    }

    /**
     * Reads a calendar from a JSON text.
     *
     * @param json  the document, not null
     * @return the calendar, not null
     * @throws InvalidDocumentException if the document is malformed or breaks a rule
     */
    public static WorkCalendar read(String json) {
        Objects.requireNonNull(json, "json");
        return read(DocumentNode.parse(json));
    }

    /**
     * Reads a calendar from a character stream, which is not closed.
     *
     * @param reader  the reader, not null
     * @return the calendar, not null
     * @throws InvalidDocumentException if the document is malformed or breaks a rule
     */
    public static WorkCalendar read(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        return read(DocumentNode.parse(reader));
    }

    /**
     * Reads a calendar from a UTF-8 byte stream, which is not closed.
     *
     * @param in  the stream, not null
     * @return the calendar, not null
     * @throws InvalidDocumentException if the document is malformed or breaks a rule
     */
    public static WorkCalendar read(InputStream in) {
        Objects.requireNonNull(in, "in");
        return read(DocumentNode.parse(in));
    }

    /**
     * Reads a calendar from a parsed JSON tree.
     *
     * @param tree  the tree, not null
     * @return the calendar, not null
     * @throws InvalidDocumentException if the document breaks a rule
     */
    public static WorkCalendar read(JsonNode tree) {
        return read(DocumentNode.root(tree));
    }

    private static WorkCalendar read(DocumentNode document) {
        DocumentNode root = document.object(CALENDAR_FIELDS);
        LocalDate minDate = root.required("minDate").date();
        LocalDate maxDate = root.required("maxDate").date();
        WorkCalendar.Builder builder;
        try {
            builder = WorkCalendar.builder(minDate, maxDate);
        } catch (DateTimeException ex) {
            throw new InvalidDocumentException("/maxDate", ex.getMessage(), ex);
        }
        Set<DayOfWeek> weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        root.optional("weekend").ifPresent(node -> {
            weekend.clear();
            node.elements().forEach(day -> weekend.add(day.enumValue(DayOfWeek.class)));
        });
        builder.weekend(weekend.toArray(new DayOfWeek[0]));
        Map<LocalDate, String> seen = new HashMap<>();
        root.optional("daysOff").ifPresent(list -> {
            for (DocumentNode element : list.elements()) {
                DayOff day = readDay(element, false);
                checkInRange(element, day.getDate(), minDate, maxDate);
                claim(seen, element, day.getDate());
                builder.dayOff(day);
            }
        });
        root.optional("workingDays").ifPresent(list -> {
            for (DocumentNode element : list.elements()) {
                DayOff day = readDay(element, true);
                checkInRange(element, day.getDate(), minDate, maxDate);
                if (!weekend.contains(day.getDate().getDayOfWeek())) {
                    throw new InvalidDocumentException(element.path() + "/date", "Working day " + day.getDate()
                            + " is a " + day.getDate().getDayOfWeek() + ", not a weekly rest day of " + weekend);
                }
                claim(seen, element, day.getDate());
                builder.workingDay(day);
            }
        });
        root.optional("officeHours").ifPresent(node -> builder.officeHours(readOfficeHours(node)));
        try {
            return builder.build();
        } catch (DateTimeException ex) {
            throw new InvalidDocumentException("", ex.getMessage(), ex);
        }
    }

    /**
     * Writes a calendar as an indented JSON document, in the format {@link #read(String)} reads.
     *
     * @param calendar  the calendar, not null
     * @return the document, not null
     */
    public static String write(WorkCalendar calendar) {
        return MAPPER.writeValueAsString(toTree(calendar));
    }

    /**
     * Converts a calendar to a JSON tree.
     *
     * @param calendar  the calendar, not null
     * @return the tree, not null
     */
    public static ObjectNode toTree(WorkCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        ObjectNode root = MAPPER.createObjectNode();
        root.put("minDate", calendar.getMinDate().toString());
        root.put("maxDate", calendar.getMaxDate().toString());
        ArrayNode weekend = root.putArray("weekend");
        calendar.getWeekend().forEach(day -> weekend.add(day.name()));
        ArrayNode daysOff = root.putArray("daysOff");
        calendar.getDaysOff().values().forEach(day -> daysOff.add(writeDay(day, true)));
        ArrayNode workingDays = root.putArray("workingDays");
        calendar.getMakeUpDays().values().forEach(day -> workingDays.add(writeDay(day, false)));
        calendar.getOfficeHours().ifPresent(hours -> root.set("officeHours", writeOfficeHours(hours)));
        return root;
    }

    //-----------------------------------------------------------------------
    private static void checkInRange(DocumentNode element, LocalDate date, LocalDate min, LocalDate max) {
        if (date.isBefore(min) || date.isAfter(max)) {
            throw new InvalidDocumentException(element.path() + "/date",
                    "Date " + date + " is outside the calendar's range " + min + ".." + max);
        }
    }

    private static void claim(Map<LocalDate, String> seen, DocumentNode element, LocalDate date) {
        String previous = seen.putIfAbsent(date, element.path());
        if (previous != null) {
            throw new InvalidDocumentException(element.path() + "/date",
                    "Date " + date + " is already declared at " + previous);
        }
    }

    private static DayOff readDay(DocumentNode node, boolean workingDay) {
        node.object(workingDay ? WORKING_DAY_FIELDS : DAY_FIELDS);
        LocalDate date = node.required("date").date();
        String name = node.required("name").nonBlankText();
        String localName = node.optional("localName").map(DocumentNode::nonBlankText).orElse(null);
        DayKind kind = workingDay ? DayKind.MAKE_UP
                : node.optional("kind").map(k -> k.enumValue(DayKind.class)).orElse(DayKind.OTHER);
        if (!workingDay && (kind == DayKind.MAKE_UP || kind == DayKind.WEEKLY_REST)) {
            throw node.field("kind").error("Kind " + kind + " is not a kind of day off; use workingDays for make-up days");
        }
        String source = node.optional("source").map(DocumentNode::nonBlankText).orElse(null);
        boolean provisional = node.optional("provisional").map(DocumentNode::bool).orElse(false);
        return DayOff.of(date, name, localName, kind, source, provisional);
    }

    private static OfficeHours readOfficeHours(DocumentNode node) {
        node.object(OFFICE_HOURS_FIELDS);
        OfficeHours.Builder builder = OfficeHours.builder(readTimetable(node.required("standard")));
        node.optional("seasons").ifPresent(list -> {
            for (DocumentNode season : list.elements()) {
                season.object(SEASON_FIELDS);
                builder.season(season.required("from").monthDay(), season.required("to").monthDay(),
                        readTimetable(season.required("timetable")));
            }
        });
        node.optional("exceptions").ifPresent(list -> {
            for (DocumentNode exception : list.elements()) {
                exception.object(EXCEPTION_FIELDS);
                builder.exception(exception.required("date").date(), readSessions(exception.required("sessions")));
            }
        });
        node.optional("makeUpDay").ifPresent(sessions -> builder.makeUpDay(readSessions(sessions)));
        try {
            return builder.build();
        } catch (DateTimeException ex) {
            throw new InvalidDocumentException(node.path(), ex.getMessage(), ex);
        }
    }

    private static Timetable readTimetable(DocumentNode node) {
        Timetable.Builder builder = Timetable.builder();
        for (String name : node.fieldNames()) {
            DocumentNode day = node.field(name);
            DayOfWeek dayOfWeek;
            try {
                dayOfWeek = DayOfWeek.valueOf(name.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw day.error("'" + name + "' is not a day of the week such as MONDAY");
            }
            builder.day(dayOfWeek, readSessions(day));
        }
        try {
            return builder.build();
        } catch (DateTimeException ex) {
            throw new InvalidDocumentException(node.path(), ex.getMessage(), ex);
        }
    }

    private static Session[] readSessions(DocumentNode node) {
        List<DocumentNode> elements = node.elements();
        Session[] sessions = new Session[elements.size()];
        for (int i = 0; i < sessions.length; i++) {
            sessions[i] = elements.get(i).parse("a session of the form HH:mm-HH:mm", Session::parse);
        }
        return sessions;
    }

    private static ObjectNode writeDay(DayOff day, boolean withKind) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("date", day.getDate().toString());
        node.put("name", day.getName());
        day.getLocalName().ifPresent(name -> node.put("localName", name));
        if (withKind) {
            node.put("kind", day.getKind().name());
        }
        day.getSource().ifPresent(source -> node.put("source", source));
        node.put("provisional", day.isProvisional());
        return node;
    }

    private static ObjectNode writeOfficeHours(OfficeHours hours) {
        ObjectNode node = MAPPER.createObjectNode();
        node.set("standard", writeTimetable(hours.getStandard()));
        ArrayNode seasons = node.putArray("seasons");
        for (Season season : hours.getSeasons()) {
            ObjectNode s = seasons.addObject();
            s.put("from", season.from().toString());
            s.put("to", season.to().toString());
            s.set("timetable", writeTimetable(season.timetable()));
        }
        ArrayNode exceptions = node.putArray("exceptions");
        hours.getExceptions().forEach((date, sessions) -> {
            ObjectNode e = exceptions.addObject();
            e.put("date", date.toString());
            e.set("sessions", writeSessions(sessions));
        });
        if (hours.getMakeUpDay() != null) {
            node.set("makeUpDay", writeSessions(hours.getMakeUpDay()));
        }
        return node;
    }

    private static ObjectNode writeTimetable(Timetable timetable) {
        ObjectNode node = MAPPER.createObjectNode();
        timetable.getSessionsByDay().forEach((day, sessions) -> node.set(day.name(), writeSessions(sessions)));
        return node;
    }

    private static ArrayNode writeSessions(List<Session> sessions) {
        ArrayNode array = MAPPER.createArrayNode();
        sessions.forEach(session -> array.add(session.toString()));
        return array;
    }
}
