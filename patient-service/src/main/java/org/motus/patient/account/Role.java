package org.motus.patient.account;

import java.util.Locale;

/** The realm roles an account can have (realm {@code motus}). */
public enum Role {
    PATIENT,
    THERAPIST,
    ADMIN;

    /** The realm role's name in Keycloak. */
    public String realmRole() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role ofRealmRole(String name) {
        for (Role role : values()) {
            if (role.realmRole().equals(name)) {
                return role;
            }
        }
        return null;
    }
}
