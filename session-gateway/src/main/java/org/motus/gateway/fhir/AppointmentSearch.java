package org.motus.gateway.fhir;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.motus.gateway.visit.VisitQuery;
import org.motus.problem.fhir.BadSearch;
import org.motus.problem.fhir.DateBounds;

/**
 * The parameters of {@code GET /fhir/R4/Appointment} read into a {@link VisitQuery}: {@code patient},
 * {@code practitioner} and {@code actor} (references; a comma means "or", a repeated parameter
 * "and"), {@code date} (the start, with eq/ge/le/gt/lt), {@code status} (Appointment status codes),
 * {@code _count} (1-100, default 20) and {@code _cursor} (from a {@code next} link). Any other
 * parameter is ignored (FHIR's lenient handling) and left out of the links; a value this server cannot
 * read is a {@link BadSearch}. Pure.
 *
 * @param used the parameters the search applied, as received, for the Bundle's links
 */
record AppointmentSearch(VisitQuery query, int count, VisitQuery.Key after, Map<String, List<String>> used) {

    static final int DEFAULT_COUNT = 20;
    static final int MAX_COUNT = 100;
    static final List<String> PARAMETERS = List.of("patient", "practitioner", "actor", "date", "status");

    private static final String UUID_TEXT =
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    /** A FHIR logical id (R4 datatype id). */
    static final Pattern FHIR_ID = Pattern.compile("^[A-Za-z0-9\\-.]{1,64}$");

    private static final Pattern PATIENT = Pattern.compile("^(?:Patient/)?(" + UUID_TEXT + ")$");
    private static final Pattern PRACTITIONER = Pattern.compile("^(?:Practitioner/)?([A-Za-z0-9\\-.]{1,64})$");
    private static final Pattern REFERENCE = Pattern.compile("^(?:([A-Za-z]+)/)?([A-Za-z0-9\\-.]{1,64})$");
    private static final Pattern UUID_ONLY = Pattern.compile("^" + UUID_TEXT + "$");
    /** The types an Appointment's participant may be (R4); Motus's visits only ever have the first two. */
    private static final Set<String> ACTOR_TYPES = Set.of(
            "Patient", "Practitioner", "PractitionerRole", "RelatedPerson", "Device", "HealthcareService", "Location");

    static AppointmentSearch parse(Map<String, List<String>> parameters) {
        Map<String, List<String>> used = new TreeMap<>();
        parameters.forEach((name, values) -> {
            int colon = name.indexOf(':');
            String base = colon < 0 ? name : name.substring(0, colon);
            if (colon >= 0 && (PARAMETERS.contains(base) || base.startsWith("_"))) {
                throw new BadSearch(name + ": this server supports no search modifiers.");
            }
            if (PARAMETERS.contains(name) || name.equals("_count") || name.equals(SearchCursor.PARAMETER)) {
                used.put(name, List.copyOf(values));
            }
        });
        List<VisitQuery.Participants> participants = new ArrayList<>();
        for (String value : used.getOrDefault("patient", List.of())) {
            Set<UUID> patients = new LinkedHashSet<>();
            for (String one : split("patient", value)) {
                Matcher m = PATIENT.matcher(one);
                if (!m.matches()) {
                    throw new BadSearch("patient=" + one + ": not a Patient id (Patient/<uuid>).");
                }
                patients.add(UUID.fromString(m.group(1)));
            }
            participants.add(new VisitQuery.Participants(patients, Set.of()));
        }
        for (String value : used.getOrDefault("practitioner", List.of())) {
            Set<String> therapists = new LinkedHashSet<>();
            for (String one : split("practitioner", value)) {
                Matcher m = PRACTITIONER.matcher(one);
                if (!m.matches()) {
                    throw new BadSearch("practitioner=" + one + ": not a Practitioner id (Practitioner/<id>).");
                }
                therapists.add(m.group(1));
            }
            participants.add(new VisitQuery.Participants(Set.of(), therapists));
        }
        for (String value : used.getOrDefault("actor", List.of())) {
            participants.add(actor(value));
        }
        DateBounds dates = DateBounds.parse(used.getOrDefault("date", List.of()));
        List<VisitQuery.StatusFilter> statuses = statuses(used.get("status"));
        List<String> cursors = used.getOrDefault(SearchCursor.PARAMETER, List.of());
        if (cursors.size() > 1) {
            throw new BadSearch(SearchCursor.PARAMETER + ": give one (follow the next link as it is).");
        }
        VisitQuery.Key after = cursors.isEmpty() ? null : SearchCursor.decode(cursors.get(0));
        return new AppointmentSearch(
                new VisitQuery(List.copyOf(participants), dates.from(), dates.to(), statuses),
                count(used.get("_count")),
                after,
                used);
    }

    /** {@code _count}: 1-100 (more is served as 100, as FHIR lets a server), default 20. */
    static int count(List<String> values) {
        if (values == null || values.isEmpty()) {
            return DEFAULT_COUNT;
        }
        if (values.size() > 1) {
            throw new BadSearch("_count: give one.");
        }
        String value = values.get(0);
        try {
            int count = Integer.parseInt(value.strip());
            if (count < 1) {
                throw new BadSearch("_count=" + value + ": ask for 1 to " + MAX_COUNT + " results a page.");
            }
            return Math.min(count, MAX_COUNT);
        } catch (NumberFormatException e) {
            throw new BadSearch("_count=" + value + ": not a whole number.");
        }
    }

    /** One {@code actor} parameter: Patient/<uuid>, Practitioner/<id>, or a bare id (either of them). */
    private static VisitQuery.Participants actor(String value) {
        Set<UUID> patients = new LinkedHashSet<>();
        Set<String> therapists = new LinkedHashSet<>();
        for (String one : split("actor", value)) {
            Matcher m = REFERENCE.matcher(one);
            if (!m.matches() || (m.group(1) != null && !ACTOR_TYPES.contains(m.group(1)))) {
                throw new BadSearch("actor=" + one + ": not a reference to a Patient or a Practitioner.");
            }
            String type = m.group(1);
            String id = m.group(2);
            boolean uuid = UUID_ONLY.matcher(id).matches();
            if ("Patient".equals(type) && !uuid) {
                throw new BadSearch("actor=" + one + ": not a Patient id (Patient/<uuid>).");
            }
            if ((type == null || type.equals("Patient")) && uuid) {
                patients.add(UUID.fromString(id));
            }
            if (type == null || type.equals("Practitioner")) {
                therapists.add(id);
            }
            // Another participant type names nobody in a Motus visit: it matches nothing.
        }
        return new VisitQuery.Participants(patients, therapists);
    }

    /** {@code status}: Appointment status codes (optionally with their system); several mean "or". */
    private static List<VisitQuery.StatusFilter> statuses(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        List<List<VisitQuery.StatusFilter>> each = new ArrayList<>();
        for (String value : values) {
            List<VisitQuery.StatusFilter> any = new ArrayList<>();
            for (String one : split("status", value)) {
                any.addAll(Appointments.visitsIn(status(one)));
            }
            each.add(any);
        }
        // Repeated status parameters must all hold: only the filters every one names.
        List<VisitQuery.StatusFilter> all = new ArrayList<>(each.get(0));
        each.forEach(all::retainAll);
        return List.copyOf(new LinkedHashSet<>(all));
    }

    private static AppointmentStatus status(String token) {
        String code = token;
        int bar = token.indexOf('|');
        if (bar >= 0) {
            String system = token.substring(0, bar);
            code = token.substring(bar + 1);
            if (!system.isEmpty() && !system.equals(Appointments.STATUS_SYSTEM)) {
                throw new BadSearch(
                        "status=" + token + ": Appointment statuses are in " + Appointments.STATUS_SYSTEM + ".");
            }
        }
        try {
            AppointmentStatus status = AppointmentStatus.fromCode(code);
            if (status == null || status == AppointmentStatus.NULL) {
                throw new FHIRException("empty");
            }
            return status;
        } catch (FHIRException e) {
            throw new BadSearch("status=" + token + ": not an Appointment status (proposed, pending, booked,"
                    + " arrived, fulfilled, cancelled, noshow, entered-in-error, checked-in, waitlist).");
        }
    }

    private static List<String> split(String name, String value) {
        List<String> parts = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            String one = part.strip();
            if (one.isEmpty()) {
                throw new BadSearch(name + ": a value is empty.");
            }
            parts.add(one);
        }
        return parts;
    }
}
