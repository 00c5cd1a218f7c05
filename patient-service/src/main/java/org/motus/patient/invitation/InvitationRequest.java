package org.motus.patient.invitation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.patient.account.Role;

/**
 * Invite someone: an account with {@code role} is created and emailed a link to set a password
 * (and, for staff, an authenticator). A patient's invitation also creates their record.
 */
public record InvitationRequest(
        @NotNull Role role,

        @NotBlank
        @Size(max = 254)
        @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")
        @Schema(maxLength = 254, format = "email")
        String email,

        @NotBlank @Size(max = 99) @Pattern(regexp = "^[^<>\\p{Cntrl}]*$") @Schema(maxLength = 99)
        String firstName,

        @NotBlank @Size(max = 99) @Pattern(regexp = "^[^<>\\p{Cntrl}]*$") @Schema(maxLength = 99)
        String lastName) {}
