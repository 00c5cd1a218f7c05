package org.motus.deploy.system;

import java.time.Instant;
import org.motus.deploy.Totp;

/**
 * The demo realm's users (deploy/keycloak/motus-realm-demo.json); the passwords and the TOTP secret
 * are demo-only. Therapists and admins must give a one-time code: they are enrolled with
 * {@link #DEMO_TOTP_SECRET}, and {@link #oneTimeCode()} computes what an authenticator app would show.
 */
public enum DemoUser {
    TESS("tess", "tess-demo-only", "Tess Therapist", "therapist"),
    PAT("pat", "pat-demo-only", "Pat Patient", "patient"),
    PAULA("paula", "paula-demo-only", "Paula Patient", "patient"),
    ADAM("adam", "adam-demo-only", "Adam Admin", "admin");

    /** The Base32 TOTP secret every demo therapist and admin is enrolled with. */
    static final String DEMO_TOTP_SECRET = "DEMOONLYMOTUSTOTPSECRETNOTFORUSE";

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

    /** Whether the realm's login flow asks this user for a one-time code (therapists and admins). */
    boolean needsOneTimeCode() {
        return role.equals("therapist") || role.equals("admin");
    }

    /** The code the user's authenticator shows now. */
    String oneTimeCode() {
        return Totp.fromBase32(DEMO_TOTP_SECRET).code(Instant.now());
    }
}
