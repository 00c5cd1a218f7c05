package org.motus.gateway.visit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.motus.gateway.access.Caller;
import org.motus.gateway.patients.PatientDirectory;

/**
 * Therapists' weekly hours for video visits and the free slots patients may ask for in them
 * ({@link FreeSlots} decides; the clinic's length, buffer, notice and horizon are {@link
 * SchedulingConfig}). A slot is busy when the therapist or the patient has an open visit
 * (requested ones included) within the buffer.
 */
@ApplicationScoped
public class TherapistHours {

    private final PatientDirectory directory;
    private final SchedulingConfig config;
    private final Clock clock;

    TherapistHours(PatientDirectory directory, SchedulingConfig config, Clock clock) {
        this.directory = directory;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public WeeklyHoursView of(Caller caller) {
        TherapistAvailability hours = TherapistAvailability.findById(caller.subject());
        return hours == null
                ? new WeeklyHoursView(null, List.of(), config.visitLengthMinutes(), config.bufferMinutes(), null)
                : view(hours);
    }

    /** Replaces the caller's weekly hours; 422 for an unknown time zone or windows that overlap on a day. */
    @Transactional
    public WeeklyHoursView set(Caller caller, WeeklyHours request) {
        ZoneId zone;
        try {
            zone = ZoneId.of(request.timeZone().strip());
        } catch (DateTimeException e) {
            throw new InvalidHours(
                    "Unknown time zone '" + request.timeZone() + "'; use an IANA name such as Europe/Berlin.");
        }
        List<FreeSlots.Window> windows = new ArrayList<>();
        for (WeeklyHours.Window window : request.windows()) {
            LocalTime from = LocalTime.parse(window.from());
            LocalTime to = LocalTime.parse(window.to());
            if (!from.isBefore(to)) {
                throw new InvalidHours("On " + dayName(window.day()) + " the hours " + window.from() + "-" + window.to()
                        + " end before they start.");
            }
            windows.add(new FreeSlots.Window(window.day(), from, to));
        }
        windows.sort(Comparator.comparing(FreeSlots.Window::day).thenComparing(FreeSlots.Window::from));
        for (int i = 1; i < windows.size(); i++) {
            FreeSlots.Window before = windows.get(i - 1);
            FreeSlots.Window after = windows.get(i);
            if (before.day() == after.day() && after.from().isBefore(before.to())) {
                throw new InvalidHours("On " + dayName(after.day()) + " the hours " + before.from() + "-" + before.to()
                        + " and " + after.from() + "-" + after.to() + " overlap.");
            }
        }
        TherapistAvailability hours = TherapistAvailability.findById(caller.subject());
        boolean first = hours == null;
        if (first) {
            hours = new TherapistAvailability();
            hours.therapistSubject = caller.subject();
        }
        hours.therapistName = caller.name() == null || caller.name().isBlank() ? "Your therapist" : caller.name();
        hours.timeZone = zone.getId();
        hours.updatedAt = Instant.now(clock);
        if (first) {
            hours.persist();
        }
        AvailabilityWindow.delete("therapistSubject", caller.subject());
        for (FreeSlots.Window window : windows) {
            AvailabilityWindow row = new AvailabilityWindow();
            row.id = UUID.randomUUID();
            row.therapistSubject = caller.subject();
            row.dayOfWeek = (short) window.day().getValue();
            row.startsAt = window.from();
            row.endsAt = window.to();
            row.persist();
        }
        AvailabilityWindow.flush();
        return view(hours);
    }

    /** The free slots of each therapist on the calling patient's care team who set hours, from the notice on. */
    @Transactional
    public OpenSlots openSlots(Caller caller, UUID patientId, int days) {
        Instant earliest = earliest();
        Instant until = Instant.now(clock).plus(Duration.ofDays(Math.min(days, config.horizonDays())));
        List<OpenSlots.TherapistSlots> therapists = new ArrayList<>();
        for (String subject : directory.therapistsOf(caller)) {
            TherapistAvailability hours = TherapistAvailability.findById(subject);
            if (hours == null) {
                continue;
            }
            List<Instant> slots = FreeSlots.between(
                    hours.windows(),
                    hours.zone(),
                    config.visitLengthMinutes(),
                    config.bufferMinutes(),
                    busy(subject, patientId, earliest, until, null),
                    earliest,
                    until);
            therapists.add(new OpenSlots.TherapistSlots(subject, hours.therapistName, hours.timeZone, slots));
        }
        therapists.sort(Comparator.comparing(OpenSlots.TherapistSlots::therapistName));
        return new OpenSlots(config.visitLengthMinutes(), therapists);
    }

    /**
     * Whether a patient may ask for (or move their visit to) {@code start}: it is one of the
     * therapist's free slots for a visit of {@code minutes}, ignoring the visit being moved.
     */
    boolean isFreeSlot(String therapistSubject, UUID patientId, Instant start, int minutes, UUID except) {
        TherapistAvailability hours = TherapistAvailability.findById(therapistSubject);
        if (hours == null) {
            return false;
        }
        Instant earliest = earliest();
        Instant until = Instant.now(clock).plus(Duration.ofDays(config.horizonDays()));
        return FreeSlots.offers(
                hours.windows(),
                hours.zone(),
                minutes,
                config.bufferMinutes(),
                busy(therapistSubject, patientId, earliest, until, except),
                earliest,
                until,
                start);
    }

    /** Whether the therapist set weekly hours (a patient can only ask a therapist who did). */
    boolean hasHours(String therapistSubject) {
        return TherapistAvailability.findById(therapistSubject) != null;
    }

    int visitLengthMinutes() {
        return config.visitLengthMinutes();
    }

    private Instant earliest() {
        return Instant.now(clock).plus(config.notice());
    }

    private List<FreeSlots.Busy> busy(
            String therapistSubject, UUID patientId, Instant from, Instant until, UUID except) {
        Duration margin = Duration.ofMinutes(VisitSlots.LONGEST_MINUTES + config.bufferMinutes());
        return Visit.openBetween(therapistSubject, patientId, from.minus(margin), until.plus(margin)).stream()
                .filter(v -> !v.id.equals(except))
                .map(v -> new FreeSlots.Busy(v.scheduledStart, v.durationMinutes))
                .toList();
    }

    private WeeklyHoursView view(TherapistAvailability hours) {
        List<WeeklyHours.Window> windows = AvailabilityWindow.of(hours.therapistSubject).stream()
                .map(w -> new WeeklyHours.Window(DayOfWeek.of(w.dayOfWeek), hhmm(w.startsAt), hhmm(w.endsAt)))
                .toList();
        return new WeeklyHoursView(
                hours.timeZone, windows, config.visitLengthMinutes(), config.bufferMinutes(), hours.updatedAt);
    }

    private static String hhmm(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    private static String dayName(DayOfWeek day) {
        return day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
    }
}
