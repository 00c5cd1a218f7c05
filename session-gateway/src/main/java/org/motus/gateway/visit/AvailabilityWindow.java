package org.motus.gateway.visit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** One weekly window of a therapist's hours for video visits, in their time zone. */
@Entity
@Table(name = "availability_window")
public class AvailabilityWindow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "therapist_subject")
    public String therapistSubject;

    /** ISO day of the week: 1 Monday .. 7 Sunday. */
    @Column(name = "day_of_week")
    public short dayOfWeek;

    @Column(name = "starts_at")
    public LocalTime startsAt;

    @Column(name = "ends_at")
    public LocalTime endsAt;

    static List<AvailabilityWindow> of(String therapistSubject) {
        return list("therapistSubject = ?1 order by dayOfWeek, startsAt", therapistSubject);
    }

    FreeSlots.Window window() {
        return new FreeSlots.Window(java.time.DayOfWeek.of(dayOfWeek), startsAt, endsAt);
    }
}
