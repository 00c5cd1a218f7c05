package org.motus.patient.message;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One thread's unread count for the caller: messages by someone else the caller has not read.
 *
 * @param lastMessageAt when the thread's latest message was sent; null for a thread with none
 */
public record ThreadUnread(
        UUID patientId,
        String patientName,
        int unread,
        @Schema(nullable = true) Instant lastMessageAt) {}
