package vn.dunghan.dossier;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A dossier (hồ sơ) of an administrative procedure and its timeline, in Vietnam time.
 * <p>
 * {@code acceptedAt} is the acceptance of the complete dossier, printed on the receipt and
 * appointment slip; {@code appointment} the return date-time printed on it. {@code submittedAt} is
 * the submission (field {@code NgayNopHoSo}), where known. An appointment given as a date only is
 * held at {@link java.time.LocalTime#MAX} of that day and judged as its end, 24:00
 * ({@link vn.dunghan.deadline.Due#from}). {@code competentReceivedAt} is when the
 * competent body received a dossier accepted outside its area: from 2026-08-05 the clock of such a
 * dossier starts there (Decree 118/2025/NĐ-CP, Art. 17(3), as amended by Decree 309/2026/NĐ-CP).
 * <p>
 * The record checks that the required fields are present; the rules of a valid timeline (events in
 * time order, none before acceptance, a supplement received only after it was requested) are
 * checked by {@link DossierValidator} when a dossier is evaluated.
 * <p>
 * This record is immutable and thread-safe.
 *
 * @param id  the dossier code, such as {@code 000.00.12.H29-260212-0007}, not null
 * @param procedure  the procedure code, such as {@code 1.004227}, not null
 * @param agency  the agency that accepted it, not null
 * @param channel  how it was submitted, not null
 * @param submittedAt  the submission, null if unknown
 * @param acceptedAt  the acceptance, not null
 * @param appointment  the appointment on the slip, not null
 * @param competentReceivedAt  the receipt by the competent body, null if not applicable
 * @param events  the timeline, not null
 * @param applicant  an opaque key of the applicant, such as a hash of an identity number, null if
 *     unknown; it links the dossiers of one applicant ({@link FindingCode#REFILED_TO_RESET_CLOCK})
 *     and is never printed
 */
public record Dossier(String id, String procedure, String agency, Channel channel, LocalDateTime submittedAt,
        LocalDateTime acceptedAt, LocalDateTime appointment, LocalDateTime competentReceivedAt,
        List<DossierEvent> events, String applicant) {

    /**
     * Creates a dossier, copying the events.
     *
     * @throws NullPointerException if a required field is null
     */
    public Dossier {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
        Objects.requireNonNull(appointment, "appointment");
        events = List.copyOf(events);
    }

    /**
     * Creates a dossier whose applicant is unknown.
     *
     * @param id  the dossier code, not null
     * @param procedure  the procedure code, not null
     * @param agency  the agency that accepted it, not null
     * @param channel  how it was submitted, not null
     * @param submittedAt  the submission, null if unknown
     * @param acceptedAt  the acceptance, not null
     * @param appointment  the appointment on the slip, not null
     * @param competentReceivedAt  the receipt by the competent body, null if not applicable
     * @param events  the timeline, not null
     * @throws NullPointerException if a required field is null
     */
    public Dossier(String id, String procedure, String agency, Channel channel, LocalDateTime submittedAt,
            LocalDateTime acceptedAt, LocalDateTime appointment, LocalDateTime competentReceivedAt,
            List<DossierEvent> events) {
        this(id, procedure, agency, channel, submittedAt, acceptedAt, appointment, competentReceivedAt, events, null);
    }

    /**
     * Returns a copy with another applicant key.
     *
     * @param applicant  the opaque key, null if unknown
     * @return the dossier, not null
     */
    public Dossier withApplicant(String applicant) {
        return new Dossier(id, procedure, agency, channel, submittedAt, acceptedAt, appointment, competentReceivedAt,
                events, applicant);
    }

    /**
     * Returns the record's text without the applicant key, which is never printed.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "Dossier[id=" + id + ", procedure=" + procedure + ", agency=" + agency + ", channel=" + channel
                + ", submittedAt=" + submittedAt + ", acceptedAt=" + acceptedAt + ", appointment=" + appointment
                + ", competentReceivedAt=" + competentReceivedAt + ", events=" + events
                + (applicant == null ? "" : ", applicant=(set)") + "]";
    }
}
