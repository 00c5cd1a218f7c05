package org.motus.patient.push;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The browser's {@code PushSubscription.toJSON()}: endpoint and keys (the expiration time is accepted and ignored). */
public record PushSubscriptionRequest(
        @NotNull
        @Size(max = 2000)
        @Pattern(regexp = "^https://[^\\s]+$", message = "must be an https URL")
        @Schema(
                description = "The push service's URL for this browser",
                example = "https://fcm.googleapis.com/fcm/send/dXJn...")
        String endpoint,

        @NotNull @Valid Keys keys,

        @Schema(
                nullable = true,
                description = "When the push service will drop it (epoch ms), as the browser says; not used")
        Long expirationTime) {

    /** base64url, with or without padding; the public key must also be a point on P-256. */
    public record Keys(
            @NotNull
            @Pattern(regexp = "^[A-Za-z0-9_-]{87}=?$", message = "must be a base64url P-256 public key")
            @Schema(description = "The browser's P-256 public key (65 bytes), base64url")
            String p256dh,

            @NotNull
            @Pattern(regexp = "^[A-Za-z0-9_-]{22}(==)?$", message = "must be a base64url 16-byte secret")
            @Schema(description = "The browser's authentication secret (16 bytes), base64url")
            String auth) {}
}
