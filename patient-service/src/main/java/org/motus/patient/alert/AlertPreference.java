package org.motus.patient.alert;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A therapist's daily digest: at which hour of their time zone, and when the last one was made. */
@Entity
@Table(name = "alert_preference")
public class AlertPreference extends PanacheEntityBase {

    static final int DEFAULT_DIGEST_HOUR = 7;
    static final String DEFAULT_TIME_ZONE = "UTC";

    @Id
    @Column(name = "therapist_subject")
    public String therapistSubject;

    @Column(name = "digest_hour", nullable = false)
    public int digestHour = DEFAULT_DIGEST_HOUR;

    @Column(name = "time_zone", nullable = false)
    public String timeZone = DEFAULT_TIME_ZONE;

    @Column(name = "last_digest_on")
    public LocalDate lastDigestOn;

    @Column(name = "last_digest_at")
    public Instant lastDigestAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
