package org.motus.therapist.protocol;

import java.util.List;
import java.util.UUID;
import org.motus.therapist.access.Caller;
import org.motus.therapist.dosage.Dosage;
import org.motus.therapist.library.Exercise;

/**
 * The items of a plan the caller treats, to save as a clinic template. The plans package answers
 * it (it owns plans and who may read them); protocols do not depend on plans, plans on protocols.
 */
public interface PlanItemsForTemplate {

    /** The plan's latest items (its draft, else its published version); 404 out of the caller's reach. */
    List<TemplateItem> latestItems(Caller caller, UUID planId);

    record TemplateItem(Exercise exercise, String section, Dosage dosage) {}
}
