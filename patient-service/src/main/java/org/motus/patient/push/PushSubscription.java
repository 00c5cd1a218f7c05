package org.motus.patient.push;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A browser's PushSubscription: where its push service takes messages for it, and its keys (RFC 8291). */
@Entity
@Table(name = "push_subscription")
public class PushSubscription extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The Keycloak subject of the person signed in on that browser. */
    @Column(nullable = false)
    public String subject;

    @Column(nullable = false, updatable = false)
    public String endpoint;

    /** The browser's P-256 public key, base64url. */
    @Column(nullable = false)
    public String p256dh;

    /** The browser's 16-byte authentication secret, base64url. */
    @Column(nullable = false)
    public String auth;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<PushSubscription> of(String subject) {
        return list("subject = ?1 order by createdAt, id", subject);
    }
}
