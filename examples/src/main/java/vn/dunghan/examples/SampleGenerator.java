package vn.dunghan.examples;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

import vn.dunghan.calendar.WorkCalendar;
import vn.dunghan.deadline.DeadlineCalculator;
import vn.dunghan.dossier.Channel;
import vn.dunghan.dossier.Dossier;
import vn.dunghan.dossier.DossierEvent;
import vn.dunghan.dossier.EventType;
import vn.dunghan.dossier.ProcedureSpec;

/**
 * A seeded generator of realistic dossiers for the examples, shaped like a province's one-stop
 * system after the reorganisation of 1 July 2025 (no district level): three provincial
 * departments, the provincial Public Administration Service Centre, and nine ward and commune
 * People's Committees of Ho Chi Minh City. Procedures are those of the bundled catalogue with their
 * legal limits; acceptances fall on working days of 2024-01-02 to the evaluation instant (so every
 * Tết of 2024–2026 is crossed); codes carry the agency, the acceptance date and a 4-digit daily
 * sequence ({@code 000.00.13.H29-260212-0007}). The patterns that hide lateness are planted at these rates:
 * <ul>
 * <li>channel: 60% counter, 35% online, 5% postal; 4% of online or postal dossiers accepted 2–6
 * working days after submission;</li>
 * <li>6% of slips padded by 2–5 working days beyond the legal deadline, 2% a working day early (the
 * acceptance day counted) where the limit allows; the two communes' software
 * prints the others counted with every Saturday off ({@link #SOFTWARE_WITHOUT_MAKE_UP_DAYS}), a
 * working day late around a make-up Saturday;</li>
 * <li>12% with a supplement request 1–3 working days after acceptance, 2% with one 4–6 days after
 * (too late), except for same-day procedures; 85% of requests answered 1–10 days later with a
 * re-issued appointment, 5% of those followed by a second request;</li>
 * <li>results late by 1–8 working days at each agency's own rate ({@link #LATE_RATES}: from 2% at
 * the Service Centre to 40% at the Department of Construction), half of them with an extension
 * moving the appointment past the result (60% with a timely apology; 5% extended twice);</li>
 * <li>each agency offers the procedures of its level ({@link #offered});</li>
 * <li>3% refused, 1% withdrawn; 40% of these applicants file again for the same procedure 1–5
 * working days later, under a new code; half the supplements never sent end in a withdrawal, the
 * others in a stop about two months later; dossiers accepted in the last 45 days are held without
 * a result 15% of the time (the others are open only until their result);</li>
 * <li>dossiers of the Service Centre are passed to the competent department, 10% of them 2–4
 * working days late;</li>
 * <li>20% with one or two inter-agency steps, a quarter of them over their allocation;</li>
 * <li>3% with the completion recorded before the result was signed, 1% returned before it was, 1%
 * with the completion recorded 2–4 working days after the result was returned, 0.5% signed and handed
 * over with neither the completion nor the return recorded;</li>
 * <li>the counter of UBND xã Củ Chi closed on the first two working days after each Tết break
 * (no acceptance, no return), as the directive on staffing around Tết forbids;</li>
 * <li>70% of early returns announced in advance; half of the returns evidenced by a handover at
 * the same moment, 3% by a handover 1–5 days after the recorded return; 2% of dossier codes with a
 * date a day off.</li>
 * </ul>
 * Each applicant is one of 50,000 people, known by a synthetic identity number made into the
 * opaque key of {@link vn.dunghan.dossier.ApplicantKey}. The same seed, procedures, calendar and
 * instant give the same dossiers. This class is not thread-safe.
 */
final class SampleGenerator {

    static final List<String> AGENCIES = List.of("UBND phường Sài Gòn", "UBND phường Tân Định",
            "UBND phường Bến Thành", "UBND phường Cầu Ông Lãnh", "UBND phường Bàn Cờ", "UBND phường Xuân Hòa",
            "UBND phường Nhiêu Lộc", "UBND xã Bình Chánh", "UBND xã Củ Chi", "Trung tâm Phục vụ hành chính công",
            "Sở Tư pháp", "Sở Xây dựng", "Sở Nông nghiệp và Môi trường");
    /** The share of each agency's results that come late, in the order of {@link #AGENCIES}. */
    static final double[] LATE_RATES = {0.10, 0.03, 0.15, 0.25, 0.08, 0.12, 0.35, 0.20, 0.18, 0.02, 0.05, 0.40, 0.30};
    /** The Public Administration Service Centre, which passes its dossiers to the competent department. */
    private static final int CENTRE = 9;
    private static final int PEOPLE = 50_000;
    private static final LocalDate FIRST = LocalDate.of(2024, 1, 2);
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private final WorkCalendar calendar;
    private final DeadlineCalculator deadlines;
    /** The calendar of the two communes' software, which knows no make-up Saturday. */
    private final DeadlineCalculator softwareDeadlines;
    private final java.util.Map<Integer, List<ProcedureSpec>> offered = new java.util.HashMap<>();
    private final List<ProcedureSpec> procedures;
    private final LocalDateTime asOf;
    private final Random random;
    private final int days;
    /** The days the planted unstaffed counter is closed: the first two working days after each Tết break. */
    private final java.util.Set<LocalDate> closed = new java.util.HashSet<>();
    /** The agency whose counter is left unstaffed after Tết. */
    static final int UNSTAFFED = AGENCIES.indexOf("UBND xã Củ Chi");
    /** The applicants' keys, made when first needed. */
    private final String[] applicants = new String[PEOPLE];
    /** The next daily sequence number of each agency and code date. */
    private final java.util.Map<Long, Integer> sequences = new java.util.HashMap<>();
    /** Applicants who will file again after a refusal or withdrawal: the dossier to copy and the earliest day. */
    private final java.util.ArrayDeque<Refiling> refilings = new java.util.ArrayDeque<>();

    private static final Set<String> COMMUNE = Set.of("1.001193", "1.000894", "1.000656", "1.004873", "1.004859",
            "2.000635", "2.000986", "2.000815", "2.000884", "2.001035", "1.004222", "1.004194", "1.001612", "1.013225",
            "1.013067");
    private static final Set<String> CENTRE_CODES = Set.of("2.001583", "1.014199", "1.014748", "1.015002", "1.001456",
            "1.001471", "1.014061", "1.013978", "1.001613");
    /** Sở Tư pháp, Sở Xây dựng, Sở Nông nghiệp và Môi trường, in the order of {@link #AGENCIES}. */
    private static final List<Set<String>> DEPARTMENTS = List.of(Set.of("3.000333", "3.000330", "1.011441", "1.011435"),
            Set.of("3.000347", "1.013225"), Set.of("1.013978", "1.011441"));
    /** The agencies whose software prints slips counted with every Saturday off. */
    static final Set<String> SOFTWARE_WITHOUT_MAKE_UP_DAYS = Set.of("UBND xã Bình Chánh", "UBND xã Củ Chi");
    /** A dossier to be filed again: its applicant, procedure and agency, and the day of the new acceptance. */
    private record Refiling(int person, ProcedureSpec procedure, int agency, LocalDate day) {
    }

    SampleGenerator(WorkCalendar calendar, List<ProcedureSpec> procedures, long seed, LocalDateTime asOf) {
        this.calendar = calendar;
        this.deadlines = DeadlineCalculator.of(calendar);
        this.softwareDeadlines = DeadlineCalculator.of(calendar.withoutMakeUpDays());
        this.procedures = procedures.stream().sorted(Comparator.comparing(ProcedureSpec::code)).toList();
        this.asOf = asOf;
        this.random = new Random(seed);
        this.days = (int) (asOf.toLocalDate().toEpochDay() - FIRST.toEpochDay());
        for (int year = FIRST.getYear(); year <= asOf.getYear(); year++) {
            LocalDate afterTet = vn.dunghan.holidays.lunar.LunarDate.ofTet(year).toLocalDate();
            while (!calendar.isWorkingDay(afterTet)) {
                afterTet = afterTet.plusDays(1);
            }
            closed.add(afterTet);
            closed.add(calendar.nextWorkingDay(afterTet));
        }
    }

    /**
     * The procedures an agency accepts, after the 2025 reorganisation: civil status, certification,
     * residence, household businesses, land and small building permits at the wards and communes;
     * judicial records and security interests at the Department of Justice; driving licences and
     * building permits at the Department of Construction; land registration at the Department of
     * Agriculture and Environment; the rest (enterprises, labour, social insurance, passports,
     * trademarks, identity cards) through the Service Centre. Codes not in the catalogue are left
     * out; an agency left with none takes every procedure.
     */
    private List<ProcedureSpec> offered(int agency) {
        List<ProcedureSpec> list = offered.get(agency);
        if (list == null) {
            Set<String> codes = agency < CENTRE ? COMMUNE : agency == CENTRE ? CENTRE_CODES : DEPARTMENTS.get(agency - CENTRE - 1);
            list = procedures.stream().filter(p -> codes.contains(p.code())).toList();
            list = list.isEmpty() ? procedures : list;
            offered.put(agency, list);
        }
        return list;
    }

    /** Moves a date of the unstaffed counter past the days it is closed. */
    private LocalDate open(int agency, LocalDate date) {
        LocalDate d = date;
        while (agency == UNSTAFFED && closed.contains(d)) {
            d = calendar.nextWorkingDay(d);
        }
        return d;
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private LocalDateTime atOfficeTime(LocalDate date) {
        return date.atTime(LocalTime.of(7, 30).plusMinutes(random.nextInt(9 * 60)));
    }

    /** An appointment at 16:00 on a day, or half an hour after a later moment of that day. */
    private static LocalDateTime appointment(LocalDate day, LocalDateTime notBefore) {
        LocalDateTime at = day.atTime(16, 0);
        return at.isAfter(notBefore) ? at : notBefore.plusMinutes(30);
    }

    private LocalDate workingDaysAfter(LocalDate date, int n) {
        return calendar.plusWorkingDays(date, n);
    }

    /**
     * Makes the next dossier.
     *
     * @param sequence  the dossier's place in the sample, from 1; the same places give the same dossiers
     * @return the dossier, not null
     */
    Dossier next(int sequence) {
        Refiling refiling = !refilings.isEmpty() && chance(0.5) ? refilings.poll() : null;
        int agencyIndex = refiling != null ? refiling.agency() : random.nextInt(AGENCIES.size());
        List<ProcedureSpec> offered = offered(agencyIndex);
        ProcedureSpec procedure = refiling != null ? refiling.procedure() : offered.get(random.nextInt(offered.size()));
        int person = refiling != null ? refiling.person() : random.nextInt(PEOPLE);
        LocalDate acceptedDate = open(agencyIndex, refiling != null ? refiling.day()
                : calendar.nextWorkingDayOrSame(FIRST.plusDays(random.nextInt(Math.max(1, days)))));
        LocalDateTime accepted = atOfficeTime(acceptedDate);
        if (!accepted.isBefore(asOf)) {
            accepted = asOf.minusHours(1);
            acceptedDate = accepted.toLocalDate();
        }
        double channelDraw = random.nextDouble();
        Channel channel = channelDraw < 0.60 ? Channel.COUNTER : channelDraw < 0.95 ? Channel.ONLINE : Channel.POSTAL;
        LocalDateTime submitted;
        if (channel == Channel.COUNTER) {
            submitted = accepted.minusMinutes(random.nextInt(20));
        } else if (chance(0.04)) {
            submitted = atOfficeTime(workingDaysAfter(acceptedDate, -(2 + random.nextInt(5))));
        } else {
            submitted = accepted.minusHours(random.nextInt(18));
        }

        LocalDate due = deadlines.dueDate(accepted, procedure.limit(), procedure.cutoff());
        LocalDate printed = SOFTWARE_WITHOUT_MAKE_UP_DAYS.contains(AGENCIES.get(agencyIndex))
                ? softwareDeadlines.dueDate(accepted, procedure.limit(), procedure.cutoff()) : due;
        double slipDraw = random.nextDouble();
        LocalDate early = workingDaysAfter(due, -1);
        LocalDateTime slip = appointment(slipDraw < 0.06 ? workingDaysAfter(due, 2 + random.nextInt(4))
                : slipDraw < 0.08 && early.isAfter(acceptedDate) ? early : printed, accepted);
        LocalDateTime stated = slip;
        List<DossierEvent> events = new ArrayList<>();
        LocalDateTime last = accepted;

        // supplementation
        boolean pendingSupplement = false;
        double supplementDraw = random.nextDouble();
        if (supplementDraw < 0.14 && procedure.limit().getAmount() > 0) {
            boolean late = supplementDraw >= 0.12;
            LocalDateTime request = atOfficeTime(workingDaysAfter(acceptedDate, late ? 4 + random.nextInt(3)
                    : 1 + random.nextInt(3)));
            if (request.isAfter(last) && request.isBefore(asOf)) {
                events.add(DossierEvent.of(EventType.SUPPLEMENT_REQUESTED, request));
                last = request;
                LocalDateTime receipt = atOfficeTime(request.toLocalDate().plusDays(1 + random.nextInt(10)));
                if (chance(0.85) && receipt.isBefore(asOf)) {
                    LocalDate restarted = deadlines.dueDate(receipt, procedure.limit(), procedure.cutoff());
                    stated = appointment(restarted, receipt);
                    events.add(DossierEvent.supplementReceived(receipt, stated));
                    last = receipt;
                    if (!late) {
                        due = restarted;
                    }
                    LocalDateTime again = atOfficeTime(workingDaysAfter(receipt.toLocalDate(), 1));
                    if (chance(0.05) && again.isBefore(asOf)) {
                        events.add(DossierEvent.of(EventType.SUPPLEMENT_REQUESTED, again));
                        LocalDateTime answered = atOfficeTime(workingDaysAfter(again.toLocalDate(), 2));
                        if (answered.isBefore(asOf)) {
                            events.add(DossierEvent.supplementReceived(answered, null));
                            last = answered;
                        } else {
                            pendingSupplement = true;
                            last = again;
                        }
                    }
                } else {
                    pendingSupplement = true;
                }
            }
        }

        // closing, open, or a result
        double endDraw = random.nextDouble();
        boolean recent = acceptedDate.isAfter(asOf.toLocalDate().minusDays(45));
        if (endDraw < 0.03) {
            LocalDateTime refused = atOfficeTime(workingDaysAfter(acceptedDate, 1 + random.nextInt(
                    Math.max(1, calendar.workingDaysBetween(acceptedDate, due) + 5))));
            if (refused.isAfter(last) && refused.isBefore(asOf)) {
                events.add(DossierEvent.of(EventType.REFUSED, refused));
                fileAgain(person, procedure, agencyIndex, refused);
            }
        } else if (endDraw < 0.04 || pendingSupplement) {
            LocalDateTime withdrawn = last.plusDays(1 + random.nextInt(20));
            LocalDateTime stopped = atOfficeTime(workingDaysAfter(last.toLocalDate(), 40 + random.nextInt(20)));
            if (endDraw < 0.04 || chance(0.5)) {
                if (withdrawn.isBefore(asOf)) {
                    events.add(DossierEvent.of(EventType.WITHDRAWN, withdrawn));
                    fileAgain(person, procedure, agencyIndex, withdrawn);
                }
            } else if (stopped.isBefore(asOf)) {
                // a supplement never sent: the agency stops handling the dossier about two months later
                events.add(DossierEvent.of(EventType.STOPPED, stopped));
            }
        } else if (!(recent && chance(0.15))) {
            addResult(events, agencyIndex, acceptedDate, due, stated, last);
        }
        events.sort(Comparator.comparing(DossierEvent::time));

        LocalDate codeDate = chance(0.02) ? acceptedDate.minusDays(1) : acceptedDate;
        String id = String.format("000.00.%02d.H29-%s-%04d", 10 + agencyIndex, codeDate.format(YYMMDD),
                dailySequence(agencyIndex, codeDate));
        return new Dossier(id, procedure.code(), AGENCIES.get(agencyIndex), channel, submitted, accepted, slip,
                transfer(agencyIndex, accepted, events), events, applicant(person));
    }

    /** With 40% chance, the applicant files again for the same procedure 1–5 working days after the closing. */
    private void fileAgain(int person, ProcedureSpec procedure, int agency, LocalDateTime closed) {
        LocalDate day = workingDaysAfter(closed.toLocalDate(), 1 + random.nextInt(5));
        if (chance(0.4) && day.isBefore(asOf.toLocalDate())) {
            refilings.add(new Refiling(person, procedure, agency, day));
        }
    }

    /** The next number of an agency's day: 1, 2, ... (4 digits in the code). */
    private int dailySequence(int agency, LocalDate day) {
        return sequences.merge(day.toEpochDay() * 64 + agency, 1, Integer::sum);
    }

    private String applicant(int person) {
        String key = applicants[person];
        if (key == null) {
            key = vn.dunghan.dossier.ApplicantKey.of(null, String.format("079%09d", 100_000_000 + person));
            applicants[person] = key;
        }
        return key;
    }

    /**
     * The receipt by the competent department of a dossier accepted at the Service Centre: the
     * same or the next working day, 10% of them 2–4 working days late; null for other agencies.
     */
    private LocalDateTime transfer(int agency, LocalDateTime accepted, List<DossierEvent> events) {
        if (agency != CENTRE) {
            return null;
        }
        int days = chance(0.10) ? 2 + random.nextInt(3) : random.nextInt(2);
        LocalDateTime received = atOfficeTime(workingDaysAfter(accepted.toLocalDate(), days));
        if (!received.isAfter(accepted)) {
            received = accepted.plusMinutes(30);
        }
        // the receipt comes before anything else happens to the dossier
        LocalDateTime first = events.isEmpty() ? asOf : events.get(0).time();
        return received.isBefore(first) && received.isBefore(asOf) ? received : null;
    }

    private void addResult(List<DossierEvent> events, int agency, LocalDate acceptedDate, LocalDate due,
            LocalDateTime appointment, LocalDateTime last) {
        boolean late = chance(LATE_RATES[agency]);
        int span = Math.max(0, calendar.workingDaysBetween(acceptedDate, due));
        LocalDate finishDate = late ? workingDaysAfter(due, 1 + random.nextInt(8))
                : span == 0 ? calendar.nextWorkingDayOrSame(acceptedDate) : workingDaysAfter(acceptedDate,
                        1 + random.nextInt(span));
        LocalDateTime finish = atOfficeTime(finishDate);
        if (!finish.isAfter(last)) {
            finish = last.plusHours(1);
        }
        if (!finish.isBefore(asOf)) {
            return;
        }
        LocalDateTime stated = appointment;
        if (late && chance(0.5)) {
            boolean timely = chance(0.6);
            LocalDateTime extendedAt = timely ? due.minusDays(1 + random.nextInt(3)).atTime(10, 0) : due.atTime(9, 0);
            if (extendedAt.isBefore(last)) {
                extendedAt = last.plusMinutes(30);
            }
            LocalDateTime newAppointment = workingDaysAfter(finishDate, random.nextInt(3)).atTime(16, 0);
            if (extendedAt.isBefore(finish) && !newAppointment.isBefore(extendedAt)) {
                events.add(DossierEvent.extended(extendedAt, newAppointment, timely || chance(0.5)));
                stated = newAppointment;
                LocalDateTime again = extendedAt.plusHours(2);
                if (chance(0.05) && again.isBefore(finish)) {
                    stated = newAppointment.plusDays(2);
                    events.add(DossierEvent.extended(again, stated, true));
                }
            }
        }
        if (chance(0.2)) {
            LocalDateTime stepStart = last.plusHours(1);
            for (int s = 0; s < 1 + random.nextInt(2); s++) {
                int allocated = 1 + random.nextInt(3);
                int used = chance(0.25) ? allocated + 1 + random.nextInt(3) : random.nextInt(allocated + 1);
                LocalDateTime stepEnd = atOfficeTime(workingDaysAfter(stepStart.toLocalDate(), used));
                if (stepEnd.isBefore(stepStart)) {
                    stepEnd = stepStart.plusHours(2);
                }
                if (!stepEnd.isBefore(finish)) {
                    break;
                }
                events.add(DossierEvent.step(s == 0 ? "Phòng chuyên môn" : "Cơ quan phối hợp", stepStart, stepEnd,
                        allocated));
                stepStart = stepEnd.plusMinutes(30);
            }
        }
        double signature = random.nextDouble();
        if (signature < 0.03) {
            events.add(DossierEvent.of(EventType.COMPLETED, finish));
            events.add(DossierEvent.of(EventType.RESULT_SIGNED, finish.plusDays(1).withHour(10)));
            finish = finish.plusDays(1).withHour(10);
        } else if (signature < 0.04) {
            // returned at once, the signature recorded later
            events.add(DossierEvent.of(EventType.COMPLETED, finish));
            LocalDateTime returned = finish.plusMinutes(30);
            LocalDateTime signed = finish.plusHours(3);
            if (signed.isBefore(asOf)) {
                events.add(DossierEvent.of(EventType.RETURNED, returned));
                events.add(DossierEvent.of(EventType.RESULT_SIGNED, signed));
            }
            return;
        } else if (signature < 0.05) {
            // signed and returned, the completion clicked days later
            LocalDateTime signed = finish.minusMinutes(30).isAfter(last) ? finish.minusMinutes(30) : finish;
            LocalDateTime clicked = atOfficeTime(workingDaysAfter(finish.toLocalDate(), 2 + random.nextInt(3)));
            events.add(DossierEvent.of(EventType.RESULT_SIGNED, signed));
            events.add(DossierEvent.of(EventType.RETURNED, finish));
            if (clicked.isBefore(asOf)) {
                events.add(DossierEvent.of(EventType.COMPLETED, clicked));
            }
            return;
        } else if (signature < 0.055) {
            // signed and handed over, the completion and the return never recorded
            events.add(DossierEvent.of(EventType.RESULT_SIGNED, finish));
            LocalDateTime handedOver = atOfficeTime(open(agency, workingDaysAfter(finish.toLocalDate(), 1)));
            if (handedOver.isAfter(finish) && handedOver.isBefore(asOf)) {
                events.add(DossierEvent.of(EventType.HANDED_OVER, handedOver));
            }
            return;
        } else {
            events.add(DossierEvent.of(EventType.RESULT_SIGNED, finish.minusMinutes(30).isAfter(last)
                    ? finish.minusMinutes(30) : finish));
            events.add(DossierEvent.of(EventType.COMPLETED, finish));
        }
        LocalDateTime returned = atOfficeTime(open(agency, workingDaysAfter(finish.toLocalDate(), random.nextInt(3))));
        if (!returned.isAfter(finish)) {
            returned = finish.plusMinutes(30);
        }
        if (returned.toLocalDate().isBefore(stated.toLocalDate()) && chance(0.7)) {
            events.add(DossierEvent.of(EventType.EARLY_NOTICE, finish.plusMinutes(10)));
        }
        if (returned.isBefore(asOf)) {
            events.add(DossierEvent.of(EventType.RETURNED, returned));
            if (chance(0.03)) {
                LocalDateTime handedOver = returned.plusDays(1 + random.nextInt(5));
                if (handedOver.isBefore(asOf)) {
                    events.add(DossierEvent.of(EventType.HANDED_OVER, handedOver));
                }
            } else if (chance(0.5)) {
                events.add(DossierEvent.of(EventType.HANDED_OVER, returned));
            }
        }
    }
}
