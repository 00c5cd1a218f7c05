package org.motus.patient.access;

import java.util.Set;
import java.util.TreeSet;

/** Who is calling, as the verified token says: Keycloak subject, display name and realm roles ({@link CurrentCaller}). */
public record Caller(String subject, String displayName, Set<String> roles) {

    public static final String PATIENT = "patient";
    public static final String THERAPIST = "therapist";
    public static final String ADMIN = "admin";
    /** A service account that plans patients' reminders (the session gateway's, for visits); no person. */
    public static final String NOTIFIER = "notifier";

    public boolean is(String role) {
        return roles.contains(role);
    }

    /** The caller's roles, sorted and comma-separated, for the audit trail. */
    public String rolesText() {
        return String.join(",", new TreeSet<>(roles));
    }
}
