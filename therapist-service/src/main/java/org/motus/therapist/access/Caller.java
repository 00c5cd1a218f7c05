package org.motus.therapist.access;

import java.util.Set;
import org.motus.problem.fhir.MachineGrant;

/**
 * Who is calling, as the verified token says: Keycloak subject and realm roles. One per request,
 * from {@link CallerProducer}; inject it rather than reading the identity and the token again.
 * A class rather than a record so CDI can give it a request-scoped proxy.
 */
public class Caller {

    public static final String PATIENT = "patient";
    public static final String THERAPIST = "therapist";
    public static final String ADMIN = "admin";
    /** Another system reading FHIR with client credentials: only what its SMART scopes grant (ADR 0054). */
    public static final String FHIR_CLIENT = MachineGrant.ROLE;

    private final String subject;
    private final Set<String> roles;
    private final String name;
    private final MachineGrant grant;

    public Caller(String subject, Set<String> roles) {
        this(subject, roles, null);
    }

    /** @param name the display name the token carries (null when it has none) */
    public Caller(String subject, Set<String> roles, String name) {
        this(subject, roles, name, null);
    }

    /** @param grant what a machine client's SMART scopes grant in this request (null for people) */
    public Caller(String subject, Set<String> roles, String name, MachineGrant grant) {
        this.subject = subject;
        this.roles = Set.copyOf(roles);
        this.name = name;
        this.grant = grant;
    }

    /** A machine client whose scopes grant this request's read; false for people. */
    public boolean isGrantedMachine() {
        return is(FHIR_CLIENT) && grant != null;
    }

    public MachineGrant grant() {
        return grant;
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
