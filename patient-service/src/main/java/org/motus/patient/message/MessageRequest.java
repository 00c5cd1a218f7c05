package org.motus.patient.message;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A message to send. The text is cleaned ({@link MessageText}) and may be empty only when an image or
 * an exercise comes with it.
 *
 * @param text        up to 4,000 characters (code points) once cleaned; rendered as text, never HTML
 * @param exerciseRef an exercise of therapist-service's library, by id or slug
 * @param imageId     an image uploaded to this thread by the sender and not yet sent
 */
public record MessageRequest(
        @Schema(nullable = true, maxLength = 16000, description = "Up to 4,000 characters once cleaned")
        @Size(max = 16000)
        @CleanTextLength
        String text,

        @Schema(nullable = true, pattern = EXERCISE_REF) @Pattern(regexp = EXERCISE_REF)
        String exerciseRef,

        @Schema(nullable = true) UUID imageId) {

    /** therapist-service's exercise slug ({@code [a-z0-9-]{2,80}}), which a lower-case UUID also matches. */
    public static final String EXERCISE_REF = "^[a-z0-9-]{2,80}$";
}
