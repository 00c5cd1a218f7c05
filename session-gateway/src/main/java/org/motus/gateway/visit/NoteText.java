package org.motus.gateway.visit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a therapist sends to write a visit note: the text alone (the time is the server's). */
@Schema(name = "NoteText")
public record NoteText(
        @NotNull @Size(max = 2000) @Schema(description = "The note; empty clears it")
        String text) {}
