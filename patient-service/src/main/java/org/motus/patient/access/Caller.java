package org.motus.patient.access;

import java.util.Set;
import java.util.TreeSet;
import org.motus.problem.fhir.MachineGrant;

/**
 * Who is calling, as the verified token says: Keycloak subject, display name and realm roles
 * ({@link CurrentCaller}); for a machine client, also what its SMART scopes grant in this request
 * ({@link MachineGrant}; null for people and for a client whose scopes grant nothing here).
 */
public record Caller(String subject, String displayName, Set<String> roles, MachineGrant grant) {

    public static final String PATIENT = "patient";
    public static final String THERAPIST = "therapist";
    public static final String ADMIN = "admin";
    /** A service account that plans patients' reminders (the session gateway's, for visits); no person. */
    public static final String NOTIFIER = "notifier";
    /**
     * Another system reading FHIR with client credentials (an EHR, a registry): no person, no REST
     * endpoint, only the FHIR reads its SMART scopes grant (ADR 0054).
     */
    public static final String FHIR_CLIENT = MachineGrant.ROLE;

    public Caller(String subject, String displayName, Set<String> roles) {
        this(subject, displayName, roles, null);
    }

    public boolean is(String role) {
        return roles.contains(role);
    }

    /** A machine client whose scopes grant this request's read; false for people and refused clients. */
    public boolean isGrantedMachine() {
        return is(FHIR_CLIENT) && grant != null;
    }

    /** The caller's roles, sorted and comma-separated, for the audit trail. */
    public String rolesText() {
        return String.join(",", new TreeSet<>(roles));
    }
}
