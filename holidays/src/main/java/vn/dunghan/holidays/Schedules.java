package vn.dunghan.holidays;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import vn.dunghan.calendar.DayKind;
import vn.dunghan.json.DocumentNode;
import vn.dunghan.json.InvalidDocumentException;

/**
 * A validated set of official yearly schedules of Vietnam's civil service: the bundled data for
 * 2010–2027, or schedules loaded at run time to add a year the day it is announced or to correct
 * one, without a new release.
 * <p>
 * The document format (resource {@code vn/dunghan/holidays/civil-service-schedules.json}):
 * <pre>
 * {"format": "dunghan-vietnam-schedules", "version": 1, "description": "...",
 *  "years": [
 *   {"year": 2028, "legalBasis": "Labour Code 2019, Arts 111-112", "sources": ["Công văn ..."],
 *    "days": [
 *      {"date": "2028-01-01", "kind": "HOLIDAY", "occasion": "NEW_YEAR", "grade": "V2", "source": "Công văn ..."},
 *      {"date": "2028-01-27", "kind": "SWAPPED", "occasion": "TET", "makeUpDay": "2028-02-05", "grade": "V2", "source": "..."},
 *      {"date": "2028-05-02", "kind": "COMPENSATORY", "occasion": "HUNG_KINGS", "compensates": "2028-04-29",
 *       "grade": "D", "source": "Labour Code 2019, Art. 111(3)", "provisional": true}],
 *    "makeUpDays": [
 *      {"date": "2028-02-05", "occasion": "TET", "replaces": "2028-01-27", "grade": "V2", "source": "..."}]}]}
 * </pre>
 * Days are grouped by the calendar year of their date. {@code kind} is {@code HOLIDAY},
 * {@code COMPENSATORY}, {@code SWAPPED} or {@code BRIDGE}; {@code provisional} defaults to false.
 * Every entry needs a source and a grade ({@code V1}, {@code V2}, {@code S}, {@code D}, {@code U}).
 * <p>
 * Reading rejects, naming the JSON Pointer: unknown fields; a date outside its year; a year given
 * twice; a make-up day that is not a Saturday or Sunday; a compensatory, swapped or bridge day on a
 * weekend; a swapped day without its make-up day, or a make-up day that repays no swapped day; two
 * different entries on one date; a date that is both a day off and a make-up day. A reference to a
 * year that the document does not contain is checked when the document is merged.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Schedules {

    /** The resource holding the bundled schedules. */
    public static final String BUNDLED_RESOURCE = "civil-service-schedules.json";
    private static final String FORMAT = "dunghan-vietnam-schedules";

    private static final Set<String> ROOT_FIELDS = Set.of("format", "version", "description", "years");
    private static final Set<String> YEAR_FIELDS = Set.of("year", "legalBasis", "sources", "days", "makeUpDays");
    private static final Set<String> DAY_FIELDS =
            Set.of("date", "kind", "occasion", "grade", "source", "provisional", "compensates", "makeUpDay");
    private static final Set<String> MAKE_UP_FIELDS =
            Set.of("date", "occasion", "replaces", "grade", "source", "provisional");

    private final NavigableMap<Integer, YearSchedule> years;

    private Schedules(Map<Integer, YearSchedule> years) {
        this.years = Collections.unmodifiableNavigableMap(new TreeMap<>(years));
    }

    /**
     * Gets the schedules bundled with this release, 2010–2027.
     *
     * @return the bundled schedules, not null
     */
    public static Schedules bundled() {
        return Bundled.SCHEDULES;
    }

    /** Loads the bundled data once, on first use. */
    private static final class Bundled {
        static final Schedules SCHEDULES = load();

        private static Schedules load() {
            try (InputStream in = Schedules.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Resource " + BUNDLED_RESOURCE + " is missing from the jar");
                }
                return read(in);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
    }

    /**
     * Gets an empty set of schedules.
     *
     * @return the empty set, not null
     */
    public static Schedules empty() {
        return new Schedules(Map.of());
    }

    /**
     * Reads schedules from a JSON text.
     *
     * @param json  the document, not null
     * @return the schedules, not null
     * @throws InvalidDocumentException if the document is malformed or breaks a rule
     */
    public static Schedules read(String json) {
        return read(DocumentNode.parse(json));
    }

    /**
     * Reads schedules from a character stream, which is not closed.
     *
     * @param reader  the reader, not null
     * @return the schedules, not null
     * @throws InvalidDocumentException if the document is malformed or breaks a rule
     */
    public static Schedules read(Reader reader) {
        return read(DocumentNode.parse(reader));
    }

    /**
     * Reads schedules from a UTF-8 byte stream, which is not closed.
     *
     * @param in  the stream, not null
     * @return the schedules, not null
     * @throws InvalidDocumentException if the document is malformed or breaks a rule
     */
    public static Schedules read(InputStream in) {
        return read(DocumentNode.parse(in));
    }

    private static Schedules read(DocumentNode root) {
        root.object(ROOT_FIELDS);
        String format = root.required("format").text();
        if (!FORMAT.equals(format)) {
            throw root.field("format").error("Format '" + format + "' is not " + FORMAT);
        }
        DocumentNode version = root.required("version");
        if (version.integer() != 1) {
            throw version.error("Version " + version.integer() + " is not supported; this release reads version 1");
        }
        Map<Integer, YearSchedule> years = new TreeMap<>();
        Map<Integer, String> yearPaths = new HashMap<>();
        Map<LocalDate, Reference> swaps = new HashMap<>();
        Map<LocalDate, Reference> makeUps = new HashMap<>();
        for (DocumentNode yearNode : root.required("years").elements()) {
            yearNode.object(YEAR_FIELDS);
            DocumentNode yearField = yearNode.required("year");
            int year = yearField.integer();
            if (year < 1900 || year > 2199) {
                throw yearField.error("Year " + year + " is outside the supported range 1900..2199");
            }
            String previous = yearPaths.putIfAbsent(year, yearField.path());
            if (previous != null) {
                throw yearField.error("Year " + year + " is already given at " + previous);
            }
            years.put(year, readYear(yearNode, year, swaps, makeUps));
        }
        checkReferences(swaps, makeUps, years.keySet());
        return new Schedules(years);
    }

    /** Where a swapped day or a make-up day was read, and the date it refers to. */
    private record Reference(String path, LocalDate other) {
    }

    private static YearSchedule readYear(DocumentNode node, int year, Map<LocalDate, Reference> swaps,
            Map<LocalDate, Reference> makeUps) {
        String legalBasis = node.optional("legalBasis").map(DocumentNode::nonBlankText).orElse(null);
        List<String> sources = new ArrayList<>();
        node.optional("sources").ifPresent(list -> list.elements().forEach(s -> sources.add(s.nonBlankText())));
        Map<LocalDate, ScheduledDay> entries = new TreeMap<>();
        Map<LocalDate, String> paths = new HashMap<>();
        for (DocumentNode day : node.required("days").elements()) {
            ScheduledDay entry = readDay(day, year, false);
            claim(entries, paths, entry, day);
            if (entry.getKind() == DayKind.SWAPPED) {
                swaps.put(entry.getDate(), new Reference(day.path() + "/makeUpDay", entry.getRelatedDate().orElseThrow()));
            }
        }
        node.optional("makeUpDays").ifPresent(list -> {
            for (DocumentNode day : list.elements()) {
                ScheduledDay entry = readDay(day, year, true);
                claim(entries, paths, entry, day);
                makeUps.put(entry.getDate(), new Reference(day.path() + "/replaces", entry.getRelatedDate().orElseThrow()));
            }
        });
        return YearSchedule.of(year, new ArrayList<>(entries.values()), true, legalBasis, sources);
    }

    private static void claim(Map<LocalDate, ScheduledDay> entries, Map<LocalDate, String> paths, ScheduledDay entry,
            DocumentNode node) {
        ScheduledDay previous = entries.putIfAbsent(entry.getDate(), entry);
        if (previous != null && !previous.equals(entry)) {
            throw node.field("date").error("Date " + entry.getDate() + " is already given at "
                    + paths.get(entry.getDate()) + " as " + previous);
        }
        paths.putIfAbsent(entry.getDate(), node.path());
    }

    private static ScheduledDay readDay(DocumentNode node, int year, boolean makeUp) {
        node.object(makeUp ? MAKE_UP_FIELDS : DAY_FIELDS);
        DocumentNode dateNode = node.required("date");
        LocalDate date = dateNode.date();
        if (date.getYear() != year) {
            throw dateNode.error("Date " + date + " is outside the year " + year);
        }
        DayKind kind = makeUp ? DayKind.MAKE_UP : node.required("kind").enumValue(DayKind.class);
        if (!makeUp && (kind == DayKind.MAKE_UP || kind == DayKind.WEEKLY_REST || kind == DayKind.OTHER)) {
            throw node.field("kind").error("Kind " + kind + " is not a kind of day off;"
                    + " use HOLIDAY, COMPENSATORY, SWAPPED or BRIDGE");
        }
        Occasion occasion = node.required("occasion").enumValue(Occasion.class);
        Grade grade = node.required("grade").enumValue(Grade.class);
        String source = node.required("source").nonBlankText();
        boolean provisional = node.optional("provisional").map(DocumentNode::bool).orElse(false);
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        LocalDate related = null;
        switch (kind) {
            case MAKE_UP:
                if (!weekend) {
                    throw dateNode.error("Make-up day " + date + " is a " + date.getDayOfWeek()
                            + "; only a Saturday or Sunday can be declared a working day");
                }
                related = node.required("replaces").date();
                break;
            case HOLIDAY:
                node.optional("compensates").ifPresent(n -> {
                    throw n.error("Only a COMPENSATORY day names the holiday it compensates");
                });
                node.optional("makeUpDay").ifPresent(n -> {
                    throw n.error("Only a SWAPPED day names its make-up day");
                });
                break;
            case COMPENSATORY:
            case SWAPPED:
            case BRIDGE:
                if (weekend) {
                    throw dateNode.error("A " + kind + " day must be a weekday, but " + date + " is a "
                            + date.getDayOfWeek());
                }
                if (kind == DayKind.SWAPPED) {
                    related = node.optional("makeUpDay").map(DocumentNode::date).orElseThrow(() -> node.field("makeUpDay")
                            .error("Swapped day " + date + " needs the make-up day that repays it"));
                } else if (kind == DayKind.COMPENSATORY) {
                    related = node.optional("compensates").map(DocumentNode::date).orElse(null);
                    node.optional("makeUpDay").ifPresent(n -> {
                        throw n.error("Only a SWAPPED day names its make-up day");
                    });
                } else {
                    node.optional("makeUpDay").ifPresent(n -> {
                        throw n.error("A BRIDGE day is not repaid; use SWAPPED for a day repaid by a make-up day");
                    });
                }
                break;
            default:
                throw new IllegalStateException("Kind " + kind + " was checked above");
        }
        return ScheduledDay.of(date, kind, occasion, grade, source, provisional, related);
    }

    /**
     * Checks that swapped days and make-up days refer to each other, where both lie in years of the
     * document; other references are checked on merging.
     */
    private static void checkReferences(Map<LocalDate, Reference> swaps, Map<LocalDate, Reference> makeUps,
            Set<Integer> years) {
        for (Map.Entry<LocalDate, Reference> swap : new TreeMap<>(swaps).entrySet()) {
            LocalDate makeUp = swap.getValue().other();
            if (years.contains(makeUp.getYear())) {
                Reference back = makeUps.get(makeUp);
                if (back == null) {
                    throw new InvalidDocumentException(swap.getValue().path(), "Swapped day " + swap.getKey()
                            + " is repaid on " + makeUp + ", which is not declared a make-up day");
                }
                if (!back.other().equals(swap.getKey())) {
                    throw new InvalidDocumentException(back.path(), "Make-up day " + makeUp + " repays "
                            + back.other() + ", but swapped day " + swap.getKey() + " names it as its make-up day");
                }
            }
        }
        for (Map.Entry<LocalDate, Reference> makeUp : new TreeMap<>(makeUps).entrySet()) {
            LocalDate swapped = makeUp.getValue().other();
            if (years.contains(swapped.getYear()) && !makeUp.getKey().equals(
                    Optional.ofNullable(swaps.get(swapped)).map(Reference::other).orElse(null))) {
                throw new InvalidDocumentException(makeUp.getValue().path(), "Make-up day " + makeUp.getKey()
                        + " repays " + swapped + ", which is not a swapped day naming it");
            }
        }
    }

    //-----------------------------------------------------------------------
    /**
     * Returns a copy of these schedules with the years of another set added, replacing any year
     * both contain: the way to add a newly announced year or to correct one.
     *
     * @param updates  the schedules to add, not null
     * @return the merged schedules, not null
     * @throws DateTimeException if a swapped day and its make-up day, in different years, do not
     *     refer to each other in the merged set
     */
    public Schedules merge(Schedules updates) {
        Objects.requireNonNull(updates, "updates");
        Map<Integer, YearSchedule> merged = new TreeMap<>(years);
        merged.putAll(updates.years);
        Map<LocalDate, ScheduledDay> all = new HashMap<>();
        for (YearSchedule schedule : merged.values()) {
            schedule.getDaysOff().forEach(day -> all.put(day.getDate(), day));
            schedule.getMakeUpDays().forEach(day -> all.put(day.getDate(), day));
        }
        for (ScheduledDay day : new TreeMap<>(all).values()) {
            if (day.getKind() != DayKind.SWAPPED && day.getKind() != DayKind.MAKE_UP) {
                continue;
            }
            LocalDate other = day.getRelatedDate().orElseThrow();
            ScheduledDay partner = all.get(other);
            DayKind expected = day.getKind() == DayKind.SWAPPED ? DayKind.MAKE_UP : DayKind.SWAPPED;
            if (partner == null || partner.getKind() != expected
                    || !partner.getRelatedDate().orElseThrow().equals(day.getDate())) {
                throw new DateTimeException(day.getKind() + " day " + day.getDate() + " refers to " + other
                        + ", which no schedule declares as the " + expected + " day referring back to it");
            }
        }
        return new Schedules(merged);
    }

    /**
     * Gets the schedule of a year.
     *
     * @param year  the calendar year
     * @return the schedule, empty if this set has none for that year
     */
    public Optional<YearSchedule> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    /**
     * Gets every schedule, by year.
     *
     * @return the unmodifiable map, in year order, not null
     */
    public NavigableMap<Integer, YearSchedule> getYears() {
        return years;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Schedules other && years.equals(other.years);
    }

    @Override
    public int hashCode() {
        return years.hashCode();
    }

    /**
     * Outputs a summary, such as {@code Schedules[2010..2027]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return years.isEmpty() ? "Schedules[]" : "Schedules[" + years.firstKey() + ".." + years.lastKey() + "]";
    }
}
