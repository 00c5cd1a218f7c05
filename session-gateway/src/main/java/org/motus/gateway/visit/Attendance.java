package org.motus.gateway.visit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One signalling connection that entered a visit's room: who, when, until when, and whether it came back. */
@Entity
@Table(name = "visit_attendance")
public class Attendance extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "visit_id")
    public UUID visitId;

    @Enumerated(EnumType.STRING)
    public ParticipantRole role;

    @Column(name = "joined_at")
    public Instant joinedAt;

    @Column(name = "left_at")
    public Instant leftAt;

    public boolean reconnect;

    /** The gateway replica holding this connection (null for rows from before V5). */
    @Column(name = "replica_id")
    public UUID replicaId;

    static List<Attendance> of(UUID visitId) {
        return list("visitId = ?1 order by joinedAt", visitId);
    }

    static boolean othersOpen(UUID visitId, ParticipantRole role, UUID except) {
        return count("visitId = ?1 and role = ?2 and leftAt is null and id <> ?3", visitId, role, except) > 0;
    }

    static boolean hasJoined(UUID visitId, ParticipantRole role) {
        return count("visitId = ?1 and role = ?2", visitId, role) > 0;
    }
}
