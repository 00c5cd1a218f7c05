package org.motus.patient.alert;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import java.time.Clock;
import java.time.ZoneId;
import org.motus.patient.access.Caller;

/** A therapist's own digest preference; nobody reads or sets another's. */
@ApplicationScoped
public class AlertPreferences {

    private final Clock clock;

    public AlertPreferences(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public AlertPreferenceView of(Caller caller) {
        return AlertPreference.<AlertPreference>findByIdOptional(caller.subject())
                .map(AlertPreferenceView::of)
                .orElse(new AlertPreferenceView(
                        AlertPreference.DEFAULT_DIGEST_HOUR, AlertPreference.DEFAULT_TIME_ZONE));
    }

    @Transactional
    public AlertPreferenceView set(Caller caller, AlertPreferenceView request) {
        String zone = request.timeZone().strip();
        if (!ZoneId.getAvailableZoneIds().contains(zone)) {
            throw new BadRequestException("timeZone must be an IANA time zone such as Europe/Berlin.");
        }
        // An upsert: the digest may create the row with the defaults at the same moment.
        Panache.getEntityManager()
                .createNativeQuery("""
                        insert into alert_preference (therapist_subject, digest_hour, time_zone, updated_at)
                        values (?1, ?2, ?3, ?4)
                        on conflict (therapist_subject) do update
                           set digest_hour = excluded.digest_hour, time_zone = excluded.time_zone,
                               updated_at = excluded.updated_at""")
                .setParameter(1, caller.subject())
                .setParameter(2, request.digestHour())
                .setParameter(3, zone)
                .setParameter(4, clock.instant())
                .executeUpdate();
        return new AlertPreferenceView(request.digestHour(), zone);
    }
}
