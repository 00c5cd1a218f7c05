package org.motus.patient.message;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An image as stored: after cleaning, so its type and size are what will be served. */
public record ImageView(
        UUID id,
        @Schema(enumeration = {"image/jpeg", "image/png"}) String contentType,
        int widthPx,
        int heightPx,
        int sizeBytes) {}
