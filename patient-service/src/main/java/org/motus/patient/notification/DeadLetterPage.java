package org.motus.patient.notification;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the outbox's dead letters, newest failure first; {@code next} asks for the page after it. */
public record DeadLetterPage(
        List<DeadLetterView> items,

        @Schema(nullable = true, description = "Pass as 'cursor' for the next page; null on the last page")
        String next) {}
