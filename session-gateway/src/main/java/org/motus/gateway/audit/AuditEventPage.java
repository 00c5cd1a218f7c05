package org.motus.gateway.audit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the visits' audit search, newest first; {@code next} asks for the page after it (ADR 0029). */
public record AuditEventPage(
        List<AuditEventView> items,

        @Schema(
                nullable = true,
                description = "Pass as 'cursor' (with the same filters) for the next page; null on the last page")
        String next) {}
