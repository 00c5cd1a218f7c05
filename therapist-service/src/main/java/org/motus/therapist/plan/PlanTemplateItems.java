package org.motus.therapist.plan;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.motus.therapist.access.Action;
import org.motus.therapist.access.Caller;
import org.motus.therapist.protocol.PlanItemsForTemplate;

/** A plan's items for a clinic template, read (and audited) as the plan's therapist reads them. */
@ApplicationScoped
public class PlanTemplateItems implements PlanItemsForTemplate {

    private final PlanService plans;

    public PlanTemplateItems(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public List<TemplateItem> latestItems(Caller caller, UUID planId) {
        return plans.latestItems(caller, Action.PLAN_TEMPLATE_SAVED, planId).stream()
                .map(item -> new TemplateItem(item.exercise, item.section, item.dosage.toDosage()))
                .toList();
    }
}
