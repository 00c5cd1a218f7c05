package org.motus.therapist.protocol;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A condition protocol: a read-only starting template a therapist adapts (clinical-rules.md §25);
 * or a template of the clinic's own, saved from a plan (issue 19 item 7).
 */
@Entity
@Table(name = "protocol")
public class Protocol extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> conditions;

    @Column(nullable = false)
    public String summary;

    @Column(nullable = false)
    public String evidence;

    /** A template of the clinic's own (saved from a plan by a therapist), not a built-in protocol. */
    @Column(name = "clinic_template", nullable = false)
    public boolean clinicTemplate;

    @Column(name = "created_by")
    public String createdBy;

    /** Who made a clinic template, as the library says who made a clinic exercise. */
    @Column(name = "created_by_name")
    public String createdByName;

    @Column(name = "created_at")
    public java.time.Instant createdAt;

    @OneToMany(mappedBy = "protocol", cascade = CascadeType.ALL)
    @OrderBy("position")
    public List<ProtocolItem> items = new ArrayList<>();
}
