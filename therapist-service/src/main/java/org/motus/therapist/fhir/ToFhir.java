package org.motus.therapist.fhir;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Timing;
import org.hl7.fhir.r4.model.UsageContext;
import org.motus.therapist.dosage.Dosage;
import org.motus.therapist.handout.DosageText;
import org.motus.therapist.library.Exercise;
import org.motus.therapist.library.Pillar;
import org.motus.therapist.plan.Plan;
import org.motus.therapist.plan.PlanItem;
import org.motus.therapist.plan.PlanVersion;
import org.motus.therapist.protocol.Protocol;
import org.motus.therapist.protocol.ProtocolItem;

/**
 * Plans and protocols as HAPI FHIR R4 resources: each published plan version is a CarePlan, each
 * condition protocol or clinic template a PlanDefinition. Functions of the entities only; texts in
 * English, the clinic's language for records (as the discharge summary).
 */
public final class ToFhir {

    private ToFhir() {}

    /** A library exercise with its dosage, as both resources list them. */
    record Item(Exercise exercise, String section, Dosage dosage, String notes) {

        static Item of(PlanItem item) {
            return new Item(item.exercise, item.section, item.dosage.toDosage(), item.notes);
        }

        static Item of(ProtocolItem item) {
            return new Item(item.exercise, item.section, item.dosage.toDosage(), item.notes);
        }
    }

    /**
     * One published version of a patient's plan. The newest is {@code active}; one a later version
     * replaced is {@code revoked} (R4: "terminated ... it may have been replaced by a new plan"), its
     * period ending when the next was published, and the next names it in {@code replaces}.
     *
     * @param previous  the published version this one replaced, or null for the first
     * @param successor the published version that replaced this one, or null while it is active
     */
    public static CarePlan carePlan(
            Plan plan, PlanVersion version, List<PlanItem> items, PlanVersion previous, PlanVersion successor) {
        boolean active = successor == null;
        CarePlan carePlan = new CarePlan();
        carePlan.setId(version.id.toString());
        Instant changed = active ? version.publishedAt : successor.publishedAt;
        carePlan.getMeta().setLastUpdated(Date.from(changed));
        carePlan.setStatus(active ? CarePlan.CarePlanStatus.ACTIVE : CarePlan.CarePlanStatus.REVOKED);
        carePlan.setIntent(CarePlan.CarePlanIntent.PLAN);
        carePlan.setTitle(plan.title + " (version " + version.version + ")");
        if (version.changeNote != null && !version.changeNote.isBlank()) {
            carePlan.setDescription(version.changeNote);
        }
        carePlan.setSubject(patientReference(plan.patientId));
        carePlan.getPeriod().setStart(Date.from(version.publishedAt));
        if (!active) {
            carePlan.getPeriod().setEnd(Date.from(successor.publishedAt));
        }
        carePlan.setCreated(Date.from(version.publishedAt));
        carePlan.setAuthor(
                practitionerReference(version.publishedBy != null ? version.publishedBy : version.createdBy));
        if (previous != null) {
            carePlan.addReplaces(new Reference("CarePlan/" + previous.id));
        }
        if (plan.protocolId != null) {
            carePlan.addInstantiatesCanonical(canonical(plan.protocolId));
        }
        List<Item> all = items.stream().map(Item::of).toList();
        for (Pillar pillar : pillars(all)) {
            carePlan.addCategory(pillar(pillar));
        }
        for (Item item : all) {
            CarePlan.CarePlanActivityDetailComponent detail =
                    carePlan.addActivity().getDetail();
            detail.addExtension(
                    Codes.PILLAR_EXTENSION, pillar(item.exercise().pillar).getCodingFirstRep());
            detail.setCode(exercise(item.exercise()));
            detail.setStatus(
                    active ? CarePlan.CarePlanActivityStatus.INPROGRESS : CarePlan.CarePlanActivityStatus.STOPPED);
            detail.setScheduled(timing(item.dosage()));
            detail.setDescription(description(item));
        }
        return carePlan;
    }

    /** A condition protocol (or a clinic's own template) with its exercises and dosages as actions. */
    public static PlanDefinition planDefinition(Protocol protocol) {
        PlanDefinition definition = new PlanDefinition();
        definition.setId(protocol.id.toString());
        if (protocol.createdAt != null) {
            definition.getMeta().setLastUpdated(Date.from(protocol.createdAt));
            definition.setDate(Date.from(protocol.createdAt));
        }
        definition.setUrl(canonical(protocol.id));
        definition.setName(computableName(protocol.slug));
        definition.setTitle(protocol.name);
        definition.setStatus(PublicationStatus.ACTIVE);
        definition.setType(new CodeableConcept(
                new Coding(Codes.PLAN_DEFINITION_TYPE, Codes.CLINICAL_PROTOCOL, "Clinical Protocol")));
        if (protocol.clinicTemplate) {
            definition.setPublisher(protocol.createdByName != null ? protocol.createdByName : "Motus clinic template");
        } else {
            definition.setPublisher("Motus");
        }
        if (protocol.summary != null && !protocol.summary.isBlank()) {
            definition.setDescription(protocol.summary);
        }
        if (protocol.evidence != null && !protocol.evidence.isBlank()) {
            definition.setPurpose(protocol.evidence);
        }
        for (String condition : protocol.conditions) {
            definition.addUseContext(new UsageContext(
                    new Coding(Codes.USAGE_CONTEXT_TYPE, Codes.FOCUS, "Clinical Focus"),
                    new CodeableConcept(new Coding(Codes.CONDITION, condition, null)).setText(condition)));
        }
        PlanDefinition.PlanDefinitionActionComponent group = null;
        for (ProtocolItem protocolItem : protocol.items) {
            Item item = Item.of(protocolItem);
            PlanDefinition.PlanDefinitionActionComponent action;
            if (item.section() == null || item.section().isBlank()) {
                group = null;
                action = definition.addAction();
            } else {
                if (group == null || !item.section().equals(group.getTitle())) {
                    group = definition.addAction().setTitle(item.section());
                }
                action = group.addAction();
            }
            action.setTitle(item.exercise().name);
            action.setDescription(description(item));
            action.addCode(exercise(item.exercise()));
            action.addCode(pillar(item.exercise().pillar));
            action.setTiming(timing(item.dosage()));
        }
        return definition;
    }

    /**
     * How often, as R4 Timing: {@code sessionsPerDay} a day on pinned weekdays, every day, or
     * {@code sessionsPerDay x daysPerWeek} a week when the days are left open; each session lasting
     * {@code durationMinutes} when set. Sets, reps, holds and load are in the description.
     */
    static Timing timing(Dosage raw) {
        Dosage d = raw.withDefaults();
        Timing timing = new Timing();
        Timing.TimingRepeatComponent repeat = timing.getRepeat();
        boolean pinned = d.weekdays() != null && !d.weekdays().isEmpty();
        if (pinned || d.daysPerWeek() == Dosage.DAYS_IN_WEEK) {
            repeat.setFrequency(d.sessionsPerDay()).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.D);
            if (pinned) {
                new LinkedHashSet<>(d.weekdays()).stream().sorted().forEach(day -> repeat.addDayOfWeek(dayOfWeek(day)));
            }
        } else {
            repeat.setFrequency(d.sessionsPerDay() * d.daysPerWeek())
                    .setPeriod(1)
                    .setPeriodUnit(Timing.UnitsOfTime.WK);
        }
        if (d.durationMinutes() != null) {
            repeat.setDuration(d.durationMinutes()).setDurationUnit(Timing.UnitsOfTime.MIN);
        }
        return timing;
    }

    private static Timing.DayOfWeek dayOfWeek(DayOfWeek day) {
        return Timing.DayOfWeek.fromCode(day.name().substring(0, 3).toLowerCase(Locale.ROOT));
    }

    /** "Sit to stand: 2 sets of 10 repetitions, load 4 kg. Every day, once a day." with any notes. */
    static String description(Item item) {
        String text = item.exercise().name + ": "
                + DosageText.amount(item.exercise().itemType(), item.dosage(), null) + " "
                + DosageText.when(item.dosage());
        return item.notes() == null || item.notes().isBlank()
                ? text
                : text + " " + item.notes().strip();
    }

    static CodeableConcept exercise(Exercise exercise) {
        return new CodeableConcept(new Coding(Codes.EXERCISE, exercise.id.toString(), exercise.name))
                .setText(exercise.name);
    }

    static CodeableConcept pillar(Pillar pillar) {
        String display = pillar.name().charAt(0) + pillar.name().substring(1).toLowerCase(Locale.ROOT);
        return new CodeableConcept(new Coding(Codes.PILLAR, pillar.name(), display)).setText(display);
    }

    private static List<Pillar> pillars(List<Item> items) {
        Set<Pillar> seen = new LinkedHashSet<>();
        items.forEach(item -> seen.add(item.exercise().pillar));
        return new ArrayList<>(seen).stream().sorted().toList();
    }

    /** A protocol's canonical URL: its id as a URN, the same whichever host serves it. */
    static String canonical(UUID protocolId) {
        return "urn:uuid:" + protocolId;
    }

    /** R4's computable name (constraint pdf-0: starts with a capital, letters, digits and _): from the slug. */
    static String computableName(String slug) {
        StringBuilder name = new StringBuilder();
        for (String part : slug.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            name.insert(0, "Protocol");
        }
        return name.toString();
    }

    public static Reference patientReference(UUID patientId) {
        return new Reference("Patient/" + patientId);
    }

    /** A therapist by their Keycloak subject, as patient-service serves Practitioner. */
    static Reference practitionerReference(String subject) {
        return new Reference("Practitioner/" + subject);
    }
}
