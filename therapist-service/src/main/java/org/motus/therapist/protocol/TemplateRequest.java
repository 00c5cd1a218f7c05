package org.motus.therapist.protocol;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Save a plan's items as a template of the clinic's own. */
@Schema(name = "SaveTemplate")
public record TemplateRequest(
        @NotBlank @Size(min = 2, max = 120) @Schema(description = "What the clinic calls it")
        String name,

        @Size(max = 500) @Schema(nullable = true, description = "When to use it")
        String summary,

        @NotNull
        @Schema(description = "A plan of a patient on your caseload; its draft, else its published version, is copied")
        UUID planId) {}
