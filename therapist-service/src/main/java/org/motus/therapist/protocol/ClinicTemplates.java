package org.motus.therapist.protocol;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.motus.problem.Conflict;
import org.motus.problem.NotFound;
import org.motus.therapist.access.Caller;
import org.motus.therapist.dosage.DosageColumns;
import org.motus.therapist.protocol.PlanItemsForTemplate.TemplateItem;

/**
 * Issue 19 item 7: the clinic's own plan templates. A therapist saves a plan they treat as a
 * template (its exercises, sections and dosages; never the notes, which were written for one
 * patient); every therapist of the clinic starts plans from it as from a condition protocol.
 */
@ApplicationScoped
public class ClinicTemplates {

    private final PlanItemsForTemplate plans;
    private final Clock clock;

    public ClinicTemplates(PlanItemsForTemplate plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Transactional
    public ProtocolView save(Caller caller, TemplateRequest request) {
        List<TemplateItem> items = plans.latestItems(caller, request.planId());
        if (items.isEmpty()) {
            throw new Conflict("An empty plan cannot become a template; add exercises first.");
        }
        Protocol template = new Protocol();
        template.id = UUID.randomUUID();
        template.name = request.name().strip();
        template.slug = slug(template.name, template.id);
        template.conditions = List.of();
        template.summary = request.summary() == null ? "" : request.summary().strip();
        template.evidence = "A template of the clinic, saved from a plan by " + caller.name() + ".";
        template.clinicTemplate = true;
        template.createdBy = caller.subject();
        template.createdByName = caller.name();
        template.createdAt = Instant.now(clock);
        template.persist();
        int position = 1;
        for (TemplateItem source : items) {
            ProtocolItem item = new ProtocolItem();
            item.id = UUID.randomUUID();
            item.protocol = template;
            item.position = position++;
            item.section = source.section();
            item.exercise = source.exercise();
            item.dosage = DosageColumns.of(source.dosage());
            item.persist();
            template.items.add(item);
        }
        return ProtocolView.of(template);
    }

    /** Removes a clinic template; plans started from it keep their items. Built-in protocols stay. */
    @Transactional
    public void remove(UUID id) {
        Protocol template = Protocol.findById(id);
        if (template == null) {
            throw new NotFound("No protocol or template " + id + ".");
        }
        if (!template.clinicTemplate) {
            throw new Conflict("A built-in condition protocol cannot be removed; only the clinic's own templates.");
        }
        // Plans started from it keep their items and lose only the link (plans own that column).
        Protocol.getEntityManager()
                .createNativeQuery("update plan set protocol_id = null where protocol_id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        ProtocolItem.delete("protocol.id", id);
        template.delete();
    }

    /** "clinic-desk-workers-week-1-7a1c3e5f": readable, and unique by the id's first 8 digits. */
    static String slug(String name, UUID id) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        String words = ascii.length() > 50 ? ascii.substring(0, 50).replaceAll("-+$", "") : ascii;
        return "clinic-" + (words.isEmpty() ? "" : words + "-") + id.toString().substring(0, 8);
    }
}
