package org.motus.gateway.visit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** A therapist's weekly hours for video visits: their time zone and name; the windows are {@link AvailabilityWindow}s. */
@Entity
@Table(name = "therapist_availability")
public class TherapistAvailability extends PanacheEntityBase {

    @Id
    @Column(name = "therapist_subject")
    public String therapistSubject;

    @Column(name = "therapist_name")
    public String therapistName;

    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "updated_at")
    public Instant updatedAt;

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    List<FreeSlots.Window> windows() {
        return AvailabilityWindow.of(therapistSubject).stream()
                .map(AvailabilityWindow::window)
                .toList();
    }
}
