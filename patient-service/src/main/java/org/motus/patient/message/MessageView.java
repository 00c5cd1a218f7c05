package org.motus.patient.message;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.patient.rules.RedFlag;

/**
 * A message as the caller sees it.
 *
 * @param mine                whether the caller wrote it
 * @param readBy              read receipts by everyone but the author, first reader first
 * @param redFlagsMentioned   red flags the patient's text mentions (clinical-rules.md §16); empty for a therapist's
 * @param askRedFlagQuestions true when the client should ask the patient the red-flag questions now
 */
public record MessageView(
        UUID id,
        UUID patientId,
        AuthorRole authorRole,
        String authorName,
        boolean mine,
        String text,
        @Schema(nullable = true) String exerciseRef,
        @Schema(nullable = true) ImageView image,
        Instant sentAt,
        List<ReadReceipt> readBy,
        List<RedFlag> redFlagsMentioned,
        boolean askRedFlagQuestions) {}
