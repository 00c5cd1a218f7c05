package org.motus.gateway.fhir;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.hl7.fhir.r4.model.Appointment.ParticipantRequired;
import org.hl7.fhir.r4.model.Appointment.ParticipationStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Reference;
import org.motus.gateway.visit.VisitQuery;
import org.motus.gateway.visit.VisitStatus;
import org.motus.gateway.visit.VisitSummary;
import org.motus.gateway.visit.VisitView;

/**
 * A video visit as an R4 Appointment: what the visit API shows its participants (never the
 * therapist's note), in FHIR's words. Pure.
 * <ul>
 * <li>status: REQUESTED proposed, SCHEDULED booked, WAITING arrived (the patient is in the waiting
 * room), IN_PROGRESS checked-in (admitted, the call is on), ENDED fulfilled when the call was held and
 * noshow when nobody was admitted, CANCELLED cancelled;</li>
 * <li>participants: {@code Patient/<patient-service id>} and {@code Practitioner/<therapist's subject>}
 * (the ids patient-service's FHIR API gives them), each accepted, except a therapist who has not yet
 * confirmed a request (needs-action) and the participant who cancelled (declined);</li>
 * <li>a video visit: serviceType HL7 v3 ActCode {@code VR} (virtual), R4's way to say "not in
 * person" (Appointment has no virtual-service element before R5);</li>
 * <li>the visit's reason as reasonCode text, why it was cancelled as cancelationReason text (R4 lets
 * only cancelled and noshow appointments have one, invariant app-4), why it moved last as comment.</li>
 * </ul>
 */
final class Appointments {

    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    static final String STATUS_SYSTEM = "http://hl7.org/fhir/appointmentstatus";

    private Appointments() {}

    static Appointment of(VisitSummary summary) {
        VisitView visit = summary.view();
        Appointment appointment = new Appointment();
        appointment.setId(visit.id().toString());
        AppointmentStatus status = status(visit.status(), summary.callHeld());
        appointment.setStatus(status);
        appointment.addServiceType(new CodeableConcept()
                .addCoding(new org.hl7.fhir.r4.model.Coding(ACT_CODE, "VR", "virtual"))
                .setText("Video visit"));
        appointment.setDescription("Video visit");
        if (visit.reason() != null && !visit.reason().isBlank()) {
            appointment.addReasonCode().setText(visit.reason());
        }
        appointment.setStart(Date.from(visit.start()));
        appointment.setEnd(Date.from(visit.end()));
        appointment.setMinutesDuration(visit.durationMinutes());
        if ((status == AppointmentStatus.CANCELLED || status == AppointmentStatus.NOSHOW)
                && visit.cancelReason() != null
                && !visit.cancelReason().isBlank()) {
            appointment.setCancelationReason(new CodeableConcept().setText(visit.cancelReason()));
        }
        if (visit.movedBy() != null
                && visit.moveReason() != null
                && !visit.moveReason().isBlank()) {
            appointment.setComment("Moved by the " + visit.movedBy() + ": " + visit.moveReason());
        }
        appointment
                .addParticipant()
                .setActor(new Reference("Patient/" + visit.patientId()).setDisplay(visit.patientName()))
                .setRequired(ParticipantRequired.REQUIRED)
                .setStatus(patientStatus(visit));
        appointment
                .addParticipant()
                .setActor(new Reference("Practitioner/" + visit.therapistSubject()).setDisplay(visit.therapistName()))
                .setRequired(ParticipantRequired.REQUIRED)
                .setStatus(therapistStatus(visit));
        return appointment;
    }

    static AppointmentStatus status(VisitStatus status, boolean callHeld) {
        return switch (status) {
            case REQUESTED -> AppointmentStatus.PROPOSED;
            case SCHEDULED -> AppointmentStatus.BOOKED;
            case WAITING -> AppointmentStatus.ARRIVED;
            case IN_PROGRESS -> AppointmentStatus.CHECKEDIN;
            case ENDED -> callHeld ? AppointmentStatus.FULFILLED : AppointmentStatus.NOSHOW;
            case CANCELLED -> AppointmentStatus.CANCELLED;
        };
    }

    /**
     * The visits an Appointment status names, read back from {@link #status} so the two never
     * disagree: none for a code Motus never gives (pending, waitlist, entered-in-error).
     */
    static List<VisitQuery.StatusFilter> visitsIn(AppointmentStatus wanted) {
        List<VisitQuery.StatusFilter> filters = new ArrayList<>();
        for (VisitStatus status : VisitStatus.values()) {
            boolean byCall = status(status, true) != status(status, false);
            for (boolean held : new boolean[] {true, false}) {
                if (status(status, held) == wanted) {
                    filters.add(new VisitQuery.StatusFilter(status, byCall ? held : null));
                    if (!byCall) {
                        break;
                    }
                }
            }
        }
        return filters;
    }

    private static ParticipationStatus patientStatus(VisitView visit) {
        return visit.status() == VisitStatus.CANCELLED && "patient".equals(visit.cancelledBy())
                ? ParticipationStatus.DECLINED
                : ParticipationStatus.ACCEPTED;
    }

    private static ParticipationStatus therapistStatus(VisitView visit) {
        if (visit.status() == VisitStatus.REQUESTED) {
            return ParticipationStatus.NEEDSACTION;
        }
        if (visit.status() == VisitStatus.CANCELLED) {
            if ("therapist".equals(visit.cancelledBy())) {
                return ParticipationStatus.DECLINED;
            }
            // Nobody cancelled it: a request the therapist never answered lapsed.
            return visit.cancelledBy() == null ? ParticipationStatus.NEEDSACTION : ParticipationStatus.ACCEPTED;
        }
        return ParticipationStatus.ACCEPTED;
    }
}
