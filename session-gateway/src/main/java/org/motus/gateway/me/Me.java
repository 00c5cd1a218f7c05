package org.motus.gateway.me;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The signed-in person as the web app sees them. {@code roles} holds only Motus's realm roles. */
@Schema(name = "Me", description = "The signed-in person")
public record Me(
        @Schema(
                description = "The Keycloak subject (sub) that links the person to their Motus records",
                examples = "f1b2c3d4-0000-4000-8000-000000000001")
        String subject,

        @Schema(description = "Login name (preferred_username)", examples = "pat", nullable = true)
        String username,

        @Schema(
                description = "Display name: name, else given and family name, else the login name",
                examples = "Pat Patient",
                nullable = true)
        String name,

        @Schema(description = "E-mail address", examples = "pat@example.org", nullable = true)
        String email,

        @Schema(
                description = "Motus roles",
                examples = "[\"patient\"]",
                type = SchemaType.ARRAY,
                implementation = Role.class)
        List<String> roles) {

    /** A realm role Motus knows, as Keycloak names it (and the document lists it). */
    @Schema(name = "Role")
    public enum Role {
        patient,
        therapist,
        admin
    }

    /** The realm roles Motus knows; Keycloak's own (offline_access, default-roles-motus, ...) are left out. */
    public static final List<String> MOTUS_ROLES =
            Arrays.stream(Role.values()).map(Role::name).toList();

    public static List<String> motusRoles(Collection<String> realmRoles) {
        Set<String> held = Set.copyOf(realmRoles);
        return MOTUS_ROLES.stream().filter(held::contains).toList();
    }
}
