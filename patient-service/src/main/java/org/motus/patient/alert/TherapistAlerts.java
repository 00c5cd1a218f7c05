package org.motus.patient.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.motus.patient.flag.FlagRaised;
import org.motus.patient.notification.Channel;
import org.motus.patient.notification.Outbox;
import org.motus.patient.notification.Topic;
import org.motus.patient.push.PushSubscription;
import org.motus.patient.record.CareTeamMember;
import org.motus.patient.rules.Severity;

/**
 * An URGENT flag tells each treating therapist at once: in-app, by email, and by push where they
 * subscribed a browser, all enqueued in the transaction that raised the flag. HIGH and ROUTINE
 * flags wait for the therapist's daily digest ({@link AlertDigest}), which reads the flags themselves.
 */
@ApplicationScoped
public class TherapistAlerts {

    /** The therapist's home screen: the caseload, most urgent first. No patient id in a link. */
    static final String CASELOAD_LINK = "/";

    private final Outbox outbox;

    public TherapistAlerts(Outbox outbox) {
        this.outbox = outbox;
    }

    void onFlagRaised(@Observes FlagRaised flag) {
        if (flag.severity() != Severity.URGENT) {
            return;
        }
        String cause = "flag:" + flag.flagId();
        for (CareTeamMember member : CareTeamMember.ofPatient(flag.patientId())) {
            String therapist = member.key.therapistSubject();
            outbox.enqueue(therapist, Channel.IN_APP, Topic.URGENT_ALERT, 1, CASELOAD_LINK, cause);
            outbox.enqueue(therapist, Channel.EMAIL, Topic.URGENT_ALERT, 1, CASELOAD_LINK, cause);
            if (PushSubscription.count("subject", therapist) > 0) {
                outbox.enqueue(therapist, Channel.PUSH, Topic.URGENT_ALERT, 1, CASELOAD_LINK, cause);
            }
        }
    }
}
