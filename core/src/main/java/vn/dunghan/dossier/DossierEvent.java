package vn.dunghan.dossier;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One event of a dossier's timeline. Every event has a moment {@code at}, except a
 * {@link EventType#STEP}, which has a unit, a start, an end and its allocation in working days.
 * {@link EventType#EXTENDED} carries the new appointment and whether a written apology was sent;
 * {@link EventType#SUPPLEMENT_RECEIVED} may carry a re-issued appointment.
 * <p>
 * The record checks only that each type has its fields; the order of a timeline is checked when a
 * dossier is evaluated or read.
 * <p>
 * This record is immutable and thread-safe.
 *
 * @param type  the type, not null
 * @param at  the moment, null only for a STEP
 * @param newAppointment  the new or re-issued appointment, for EXTENDED (required) and
 *     SUPPLEMENT_RECEIVED (optional); null otherwise
 * @param apology  for EXTENDED, whether a written apology was sent; false otherwise
 * @param unit  for STEP, the unit that handled it; null otherwise
 * @param start  for STEP, its start; null otherwise
 * @param end  for STEP, its end; null otherwise
 * @param allocatedWorkingDays  for STEP, its allocation in working days; 0 otherwise
 */
public record DossierEvent(EventType type, LocalDateTime at, LocalDateTime newAppointment, boolean apology,
        String unit, LocalDateTime start, LocalDateTime end, int allocatedWorkingDays) {

    /**
     * Creates an event, checking that each type has its fields.
     *
     * @throws NullPointerException if a required field is null
     * @throws InvalidFieldException if a field does not belong to the type or the allocation is negative
     */
    public DossierEvent {
        Objects.requireNonNull(type, "type");
        if (type == EventType.STEP) {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (allocatedWorkingDays < 0) {
                throw new InvalidFieldException("allocatedWorkingDays", "Allocation " + allocatedWorkingDays
                        + " of step " + unit + " must not be negative");
            }
        } else {
            Objects.requireNonNull(at, "at");
            if (type == EventType.EXTENDED) {
                Objects.requireNonNull(newAppointment, "newAppointment");
            } else if (newAppointment != null && type != EventType.SUPPLEMENT_RECEIVED) {
                throw new InvalidFieldException("newAppointment", "Event " + type + " carries no new appointment");
            }
        }
    }

    /**
     * Obtains an event that has only a moment.
     *
     * @param type  the type, not STEP or EXTENDED, not null
     * @param at  the moment, not null
     * @return the event, not null
     */
    public static DossierEvent of(EventType type, LocalDateTime at) {
        return new DossierEvent(type, at, null, false, null, null, null, 0);
    }

    /**
     * Obtains the receipt of a supplement, with a re-issued appointment.
     *
     * @param at  the moment, not null
     * @param newAppointment  the re-issued appointment, null if none
     * @return the event, not null
     */
    public static DossierEvent supplementReceived(LocalDateTime at, LocalDateTime newAppointment) {
        return new DossierEvent(EventType.SUPPLEMENT_RECEIVED, at, newAppointment, false, null, null, null, 0);
    }

    /**
     * Obtains an extension of the appointment.
     *
     * @param at  the moment of the extension, not null
     * @param newAppointment  the new appointment, not null
     * @param apology  true if a written apology was sent
     * @return the event, not null
     */
    public static DossierEvent extended(LocalDateTime at, LocalDateTime newAppointment, boolean apology) {
        return new DossierEvent(EventType.EXTENDED, at, newAppointment, apology, null, null, null, 0);
    }

    /**
     * Obtains a processing step.
     *
     * @param unit  the unit that handled it, not null
     * @param start  its start, not null
     * @param end  its end, not null
     * @param allocatedWorkingDays  its allocation in working days, not negative
     * @return the event, not null
     */
    public static DossierEvent step(String unit, LocalDateTime start, LocalDateTime end, int allocatedWorkingDays) {
        return new DossierEvent(EventType.STEP, null, null, false, unit, start, end, allocatedWorkingDays);
    }

    /**
     * Gets the moment that orders this event in the timeline: {@code at}, or a step's start.
     *
     * @return the moment, not null
     */
    public LocalDateTime time() {
        return type == EventType.STEP ? start : at;
    }
}
