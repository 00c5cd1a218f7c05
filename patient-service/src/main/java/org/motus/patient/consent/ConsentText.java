package org.motus.patient.consent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One consent text exactly as the patient reads it, with the version its decisions name. */
public record ConsentText(
        ConsentKind kind,

        @Schema(description = "The text's version: the day it took effect", example = "2026-12-01")
        String version,

        @Schema(description = "The exact text, plain text with blank lines between paragraphs")
        String text,

        @Schema(description = "SHA-256 of the text in UTF-8, hex; stored with every decision")
        String sha256) {}
