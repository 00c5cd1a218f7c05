package org.motus.gateway.visit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a participant cancels a visit (or the therapist declines a request): the other one reads it. */
@Schema(name = "ChangeReason")
public record ChangeReason(
        @NotBlank @Size(max = 500) @Schema(examples = "I am ill that day; sorry for the short notice")
        String reason) {}
