package org.motus.deploy.system;

/** The realm's demo users (deploy/keycloak/motus-realm.json); the passwords are demo-only. */
enum DemoUser {
    TESS("tess", "tess-demo", "Tess Therapist", "therapist"),
    PAT("pat", "pat-demo", "Pat Patient", "patient"),
    PAULA("paula", "paula-demo", "Paula Patient", "patient"),
    ADAM("adam", "adam-demo", "Adam Admin", "admin");

    final String username;
    final String password;
    final String fullName;
    final String role;

    DemoUser(String username, String password, String fullName, String role) {
        this.username = username;
        this.password = password;
        this.fullName = fullName;
        this.role = role;
    }
}
