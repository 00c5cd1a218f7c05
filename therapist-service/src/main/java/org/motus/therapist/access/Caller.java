package org.motus.therapist.access;

import java.util.Set;

/**
 * Who is calling, as the verified token says: Keycloak subject and realm roles. One per request,
 * from {@link CallerProducer}; inject it rather than reading the identity and the token again.
 * A class rather than a record so CDI can give it a request-scoped proxy.
 */
public class Caller {

    public static final String PATIENT = "patient";
    public static final String THERAPIST = "therapist";
    public static final String ADMIN = "admin";

    private final String subject;
    private final Set<String> roles;
    private final String name;

    public Caller(String subject, Set<String> roles) {
        this(subject, roles, null);
    }

    /** @param name the display name the token carries (null when it has none) */
    public Caller(String subject, Set<String> roles, String name) {
        this.subject = subject;
        this.roles = Set.copyOf(roles);
        this.name = name;
    }

    /** For CDI's client proxy only. */
    protected Caller() {
        this(null, Set.of());
    }

    /** The caller's name as the token says ({@code name}, else given and family name); null when it says none. */
    public String name() {
        return name;
    }

    public String subject() {
        return subject;
    }

    public Set<String> roles() {
        return roles;
    }

    public boolean is(String role) {
        return roles.contains(role);
    }
}
