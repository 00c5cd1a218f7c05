package org.motus.patient.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.motus.patient.preferences.ContactPreference;
import org.motus.patient.push.PushSubscription;
import org.motus.patient.record.Patient;

/**
 * A therapist asked the patient to answer a questionnaire (a PROM assigned on demand or before
 * discharge): the patient is told in the transaction that stores the assignment. In-app always;
 * by email and push as they chose for their therapist's messages, since this is their therapist
 * asking something of them. Like every topic, {@link Topic#PROM_ASSIGNED} names no instrument and
 * no health data: the patient opens Today to see it.
 */
@ApplicationScoped
public class PromAssignedNotices {

    /** Today, where a due questionnaire is answered. */
    static final String TODAY_LINK = "/";

    private final Outbox outbox;

    public PromAssignedNotices(Outbox outbox) {
        this.outbox = outbox;
    }

    public void tell(Patient patient, UUID assignmentId) {
        if (patient.subject == null) {
            return; // no account yet: Today shows it at their first sign-in
        }
        String cause = "prom-assignment:" + assignmentId;
        outbox.enqueue(patient.subject, Channel.IN_APP, Topic.PROM_ASSIGNED, 1, TODAY_LINK, cause);
        ContactPreference chosen = ContactPreference.findById(patient.id);
        if (chosen == null) {
            return; // the defaults: in Motus only (ContactPreferencesView.DEFAULTS)
        }
        if (chosen.messageEmail && patient.contactEmail != null && !patient.contactEmail.isBlank()) {
            outbox.enqueue(patient.subject, Channel.EMAIL, Topic.PROM_ASSIGNED, 1, TODAY_LINK, cause);
        }
        if (chosen.messageWebPush && PushSubscription.count("subject", patient.subject) > 0) {
            outbox.enqueue(patient.subject, Channel.PUSH, Topic.PROM_ASSIGNED, 1, TODAY_LINK, cause);
        }
    }
}
