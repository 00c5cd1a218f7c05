package org.motus.therapist.plan;

import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The optional body of {@code POST /plans/{id}/draft/publish}: a reason for each strength load
 * raised more than 10 % over the previous published version (clinical-rules.md §15), keyed by the
 * item's path in the draft ({@code items[i]}, as the draft's warnings name it).
 */
@Schema(name = "PublishDraft")
public record PublishRequest(
        @Size(max = PlanRequests.MAX_ITEMS)
        @Schema(
                description =
                        "Reason per item, keyed items[i] (the draft's LOAD_INCREASE_NEEDS_REASON warnings name the items); 1-500 characters each",
                example = "{\"items[0]\": \"Managed 3 x 15 easily for two weeks; pain stayed at 1/10\"}")
        Map<String, String> loadIncreaseReasons) {

    public static final int MAX_REASON_LENGTH = 500;
}
