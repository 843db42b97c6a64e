package vn.dunghan.calendar;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A dated exception in a work calendar: a day that is not worked, or a weekly rest day that is
 * worked, with its name, kind, legal source and a provisional flag.
 * <p>
 * A day is <em>provisional</em> when it follows a rule whose yearly application has not been
 * officially announced yet, for example a holiday of a future year whose schedule is unknown. A day
 * may also carry a <em>caveat</em>: why its date rests on weaker evidence than an official text,
 * such as {@code compensatory day, secondary sources only (S)}. A deadline that depends on a
 * provisional day or one with a caveat says so.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class DayOff implements Comparable<DayOff>, Serializable {

    private static final long serialVersionUID = 1L;

    private final LocalDate date;
    private final String name;
    private final String localName;
    private final DayKind kind;
    private final String source;
    private final boolean provisional;
    private final String caveat;

    private DayOff(LocalDate date, String name, String localName, DayKind kind, String source, boolean provisional,
            String caveat) {
        this.date = Objects.requireNonNull(date, "date");
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("The name of the day " + date + " must not be blank");
        }
        this.localName = localName;
        this.source = source;
        this.provisional = provisional;
        if (caveat != null && caveat.isBlank()) {
            throw new IllegalArgumentException("The caveat of the day " + date + " must not be blank");
        }
        this.caveat = caveat;
    }

    /**
     * Obtains a day off of kind {@link DayKind#OTHER}, with no local name and no source.
     *
     * @param date  the date, not null
     * @param name  the name, not null or blank
     * @return the day off, not null
     */
    public static DayOff of(LocalDate date, String name) {
        return new DayOff(date, name, null, DayKind.OTHER, null, false, null);
    }

    /**
     * Obtains a day of the given kind, with no local name and no source.
     *
     * @param date  the date, not null
     * @param name  the name, not null or blank
     * @param kind  the kind, not null
     * @return the day, not null
     */
    public static DayOff of(LocalDate date, String name, DayKind kind) {
        return new DayOff(date, name, null, kind, null, false, null);
    }

    /**
     * Obtains a fully described day.
     *
     * @param date  the date, not null
     * @param name  the name (English), not null or blank
     * @param localName  the name in the local language, null if none
     * @param kind  the kind, not null
     * @param source  the legal source (document number and date), null if none
     * @param provisional  true if not yet officially announced
     * @return the day, not null
     */
    public static DayOff of(LocalDate date, String name, String localName, DayKind kind, String source,
            boolean provisional) {
        return new DayOff(date, name, localName, kind, source, provisional, null);
    }

    /**
     * Gets the date.
     *
     * @return the date, not null
     */
    public LocalDate getDate() {
        return date;
    }

    /**
     * Gets the name, in English unless the creator chose otherwise.
     *
     * @return the name, not null
     */
    public String getName() {
        return name;
    }

    /**
     * Gets the name in the local language.
     *
     * @return the local name, empty if none was given
     */
    public Optional<String> getLocalName() {
        return Optional.ofNullable(localName);
    }

    /**
     * Gets the kind.
     *
     * @return the kind, not null
     */
    public DayKind getKind() {
        return kind;
    }

    /**
     * Gets the legal source, such as a document number and date.
     *
     * @return the source, empty if none was given
     */
    public Optional<String> getSource() {
        return Optional.ofNullable(source);
    }

    /**
     * Checks if this day follows a rule whose application has not been officially announced.
     *
     * @return true if provisional
     */
    public boolean isProvisional() {
        return provisional;
    }

    /**
     * Gets the caveat: why this day rests on weaker evidence than an official text.
     *
     * @return the caveat, empty if none was given
     */
    public Optional<String> getCaveat() {
        return Optional.ofNullable(caveat);
    }

    /**
     * Checks if a deadline that depends on this day needs a caveat: the day is provisional or
     * carries a caveat.
     *
     * @return true if uncertain
     */
    public boolean isUncertain() {
        return provisional || caveat != null;
    }

    /**
     * Outputs why a deadline that depends on this day needs a caveat, such as
     * {@code 2026-11-24: holiday, secondary sources only (S)}: the date and the caveat, or the kind
     * and the provisional flag.
     *
     * @return the text, not null
     */
    public String toCaveatText() {
        return date + ": " + (caveat != null ? caveat : kind.getDescription() + (provisional ? ", provisional" : ""));
    }

    /**
     * Returns a copy of this day with a caveat, keeping every other property.
     *
     * @param caveat  why the day rests on weaker evidence, null for none, not blank
     * @return the copy, not null
     */
    public DayOff withCaveat(String caveat) {
        return new DayOff(date, name, localName, kind, source, provisional, caveat);
    }

    /**
     * Returns a copy of this day with another date, keeping every other property.
     *
     * @param date  the new date, not null
     * @return the copy, not null
     */
    public DayOff withDate(LocalDate date) {
        return new DayOff(date, name, localName, kind, source, provisional, caveat);
    }

    /**
     * Returns a copy of this day with the provisional flag set as given.
     *
     * @param provisional  the new flag
     * @return the copy, not null
     */
    public DayOff withProvisional(boolean provisional) {
        return new DayOff(date, name, localName, kind, source, provisional, caveat);
    }

    /**
     * Validates the state read from a stream, as the constructor does.
     *
     * @return a validated copy, not null
     */
    private Object readResolve() {
        return new DayOff(date, name, localName, kind, source, provisional, caveat);
    }

    /**
     * Compares by date, then name, then kind.
     *
     * @param other  the other day, not null
     * @return the comparator value
     */
    @Override
    public int compareTo(DayOff other) {
        int cmp = date.compareTo(other.date);
        if (cmp == 0) {
            cmp = name.compareTo(other.name);
        }
        return cmp != 0 ? cmp : kind.compareTo(other.kind);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof DayOff other
                && date.equals(other.date)
                && name.equals(other.name)
                && Objects.equals(localName, other.localName)
                && kind == other.kind
                && Objects.equals(source, other.source)
                && provisional == other.provisional
                && Objects.equals(caveat, other.caveat);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, name, localName, kind, source, provisional, caveat);
    }

    /**
     * Outputs this day as text, such as {@code 2026-04-30 Reunification Day (HOLIDAY)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return date + " " + name + " (" + kind + (provisional ? ", provisional" : "") + ")";
    }
}
