package org.motus.patient.preferences;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import java.time.Clock;
import java.util.UUID;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.record.PatientAccess;

/** The patient's contact preferences: read by the patient and the treating therapist, set by the patient. */
@ApplicationScoped
public class ContactPreferencesService {

    private final PatientAccess access;
    private final Clock clock;

    public ContactPreferencesService(PatientAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    public ContactPreferencesView preferences(Caller caller, UUID patientId) {
        return access.perform(caller, patientId, Action.READ_CONTACT_PREFERENCES, patient -> {
            ContactPreference stored = ContactPreference.findById(patient.id);
            return stored == null ? ContactPreferencesView.DEFAULTS : stored.view();
        });
    }

    public ContactPreferencesView replace(Caller caller, UUID patientId, ContactPreferencesRequest request) {
        QuietHours quiet = request.quietHours();
        if (quiet != null && quiet.start().equals(quiet.end())) {
            throw new BadRequestException(
                    "quietHours: start and end must differ (22:00 to 07:00 crosses midnight; null means none).");
        }
        return access.perform(caller, patientId, Action.EDIT_CONTACT_PREFERENCES, patient -> {
            ContactPreference stored = ContactPreference.findById(patient.id);
            if (stored == null) {
                stored = new ContactPreference();
                stored.patientId = patient.id;
                stored.apply(request, clock.instant());
                stored.persist();
            } else {
                stored.apply(request, clock.instant());
            }
            Panache.getEntityManager().flush();
            return stored.view();
        });
    }
}
