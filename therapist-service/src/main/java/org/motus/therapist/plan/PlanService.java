package org.motus.therapist.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.motus.problem.Conflict;
import org.motus.problem.NotFound;
import org.motus.problem.Problem;
import org.motus.problem.ProblemType;
import org.motus.therapist.access.Action;
import org.motus.therapist.access.Caller;
import org.motus.therapist.access.CareRelationship;
import org.motus.therapist.dosage.Contraindications;
import org.motus.therapist.dosage.Dosage;
import org.motus.therapist.dosage.DosageColumns;
import org.motus.therapist.dosage.DosageRules;
import org.motus.therapist.dosage.Finding;
import org.motus.therapist.dosage.HeartRateTargets;
import org.motus.therapist.dosage.ItemType;
import org.motus.therapist.dosage.MaxHeartRate;
import org.motus.therapist.dosage.PatientFacts;
import org.motus.therapist.errors.FieldProblems;
import org.motus.therapist.library.Exercise;
import org.motus.therapist.library.ExerciseTexts;
import org.motus.therapist.library.Illustrations;
import org.motus.therapist.plan.PlanViews.BpmRange;
import org.motus.therapist.plan.PlanViews.ItemView;
import org.motus.therapist.plan.PlanViews.MaxHeartRateView;
import org.motus.therapist.plan.PlanViews.PlanView;
import org.motus.therapist.plan.PlanViews.VersionSummary;
import org.motus.therapist.plan.PlanViews.VersionView;
import org.motus.therapist.protocol.Protocol;

/**
 * Plans and their versions: create (blank or from a protocol), edit the draft, publish immutable
 * versions, read the active one and the history. Every call first asks {@link CareRelationship}
 * whether the caller may reach the plan's patient; every write is validated whole before anything
 * is stored, in one transaction.
 */
@ApplicationScoped
public class PlanService {

    private final CareRelationship care;
    private final Clock clock;

    public PlanService(CareRelationship care, Clock clock) {
        this.care = care;
        this.clock = clock;
    }

    /** A plan the caller may read, with what patient-service says about its patient. */
    public record Reached(Plan plan, PatientFacts patient) {}

    /** A validated list of items, ready to store. */
    public record Resolved(List<PlanRequests.Item> items, List<Exercise> exercises) {}

    // ---- reading -------------------------------------------------------------------------------

    /** The plan if the caller treats its patient or is that patient; 404 otherwise. Audited as {@code action}. */
    public Reached reach(Caller caller, Action action, UUID planId) {
        Plan plan = find(caller, action, planId);
        try {
            return new Reached(plan, care.reach(caller, action, plan.patientId));
        } catch (NotFound outOfReach) {
            throw noPlan(planId); // same answer as a missing plan; don't name the patient
        }
    }

    /** The plan if the caller is a therapist treating its patient; 404 otherwise. Audited as {@code action}. */
    public Reached reachForEdit(Caller caller, Action action, UUID planId) {
        Plan plan = find(caller, action, planId);
        try {
            return new Reached(plan, care.treating(caller, action, plan.patientId));
        } catch (NotFound outOfReach) {
            throw noPlan(planId);
        }
    }

    private Plan find(Caller caller, Action action, UUID planId) {
        Plan plan = Plan.findById(planId);
        if (plan == null) {
            care.recordNotFound(caller, action, "no plan " + planId);
            throw noPlan(planId);
        }
        return plan;
    }

    @Transactional
    public List<PlanView> plansFor(Caller caller, UUID patientId) {
        PatientFacts patient = care.treating(caller, Action.PLANS_LISTED, patientId);
        return Plan.forPatient(patientId).map(plan -> planView(plan, patient, true)).stream()
                .toList();
    }

    @Transactional
    public PlanView plan(Caller caller, UUID planId) {
        Reached reached = reach(caller, Action.PLAN_READ, planId);
        return planView(reached.plan(), reached.patient(), caller.is(Caller.THERAPIST));
    }

    @Transactional
    public VersionView draft(Caller caller, UUID planId) {
        Reached reached = reachForEdit(caller, Action.PLAN_DRAFT_READ, planId);
        PlanVersion draft = PlanVersion.draft(planId)
                .orElseThrow(() -> new NotFound("Plan " + planId + " has no draft; PUT /draft starts one."));
        return view(reached.plan(), draft, reached.patient(), true);
    }

    @Transactional
    public VersionView version(Caller caller, UUID planId, int number) {
        Reached reached = reach(caller, Action.PLAN_VERSION_READ, planId);
        boolean therapist = caller.is(Caller.THERAPIST);
        PlanVersion version = PlanVersion.number(planId, number)
                .filter(v -> therapist || v.status == PlanVersion.Status.PUBLISHED)
                .orElseThrow(() -> new NotFound("Plan " + planId + " has no version " + number + "."));
        return view(reached.plan(), version, reached.patient(), therapist);
    }

    @Transactional
    public VersionView active(Caller caller, UUID planId) {
        Reached reached = reach(caller, Action.PLAN_ACTIVE_READ, planId);
        return view(reached.plan(), activeVersion(planId), reached.patient(), caller.is(Caller.THERAPIST));
    }

    @Transactional
    public VersionView mineActive(Caller caller) {
        Reached reached = mine(caller, Action.OWN_PLAN_READ);
        return view(reached.plan(), activeVersion(reached.plan().id), reached.patient(), false);
    }

    @Transactional
    public PlanView mineHistory(Caller caller) {
        Reached mine = mine(caller, Action.OWN_PLAN_HISTORY_READ);
        return planView(mine.plan(), mine.patient(), false);
    }

    /** The calling patient's own plan; audited as {@code action}. */
    public Reached mine(Caller caller, Action action) {
        PatientFacts self = care.self(caller, action);
        Plan plan = Plan.forPatient(self.patientId())
                .orElseThrow(() -> new NotFound("You have no plan yet; your therapist will publish one."));
        return new Reached(plan, self);
    }

    public PlanVersion activeVersion(UUID planId) {
        return PlanVersion.active(planId)
                .orElseThrow(() -> new NotFound("Plan " + planId + " has no published version yet."));
    }

    // ---- writing -------------------------------------------------------------------------------

    @Transactional
    public VersionView create(Caller caller, PlanRequests.Create request) {
        PatientFacts patient = care.treating(caller, Action.PLAN_CREATED, request.patientId());
        Optional<Plan> existing = Plan.forPatient(request.patientId());
        if (existing.isPresent()) {
            throw new Conflict(
                    "Patient " + request.patientId() + " already has plan " + existing.get().id + "; edit it instead.");
        }
        if (request.protocolId() != null && request.copyFromPlanId() != null) {
            throw FieldProblems.invalid("copyFromPlanId", "start from a protocol or from a copy of a plan, not both");
        }
        List<PlanRequests.Item> items = List.of();
        String note = "Started blank.";
        if (request.copyFromPlanId() != null) {
            items = copiedItems(caller, request.copyFromPlanId());
            // The history never names the other patient.
            note = "Started from a copy of another patient's plan.";
        }
        if (request.protocolId() != null) {
            Protocol protocol = Protocol.findById(request.protocolId());
            if (protocol == null) {
                throw FieldProblems.invalid("protocolId", "no such protocol");
            }
            items = protocol.items.stream()
                    .map(i -> new PlanRequests.Item(i.exercise.id, i.section, i.dosage.toDosage(), i.notes))
                    .toList();
            note = "Started from the protocol '" + protocol.name + "'.";
        }
        Resolved resolved = resolve(items, patient);
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.patientId = request.patientId();
        plan.title = request.title().strip();
        plan.protocolId = request.protocolId();
        plan.createdBy = caller.subject();
        plan.createdAt = Instant.now(clock);
        plan.persist();
        try {
            Plan.getEntityManager().flush(); // a plan created for this patient at the same moment: conflict, not 500
        } catch (jakarta.persistence.PersistenceException e) {
            throw new Conflict("Patient " + request.patientId() + " already has a plan; edit it instead.");
        }
        PlanVersion draft = newDraft(plan.id, 1, caller, note);
        store(draft, resolved);
        return view(plan, draft, patient, true);
    }

    /**
     * Issue 19 item 7: the items of a plan the caller may edit (its draft, else its published
     * version), to start another patient's plan from; checked again against that patient's facts.
     */
    private List<PlanRequests.Item> copiedItems(Caller caller, UUID sourcePlanId) {
        return latestItems(caller, Action.PLAN_COPIED, sourcePlanId).stream()
                .map(PlanService::asInput)
                .toList();
    }

    /** The latest items of a plan the caller may edit (its draft, else its published version), as inputs. */
    public List<PlanItem> latestItems(Caller caller, Action action, UUID planId) {
        Reached reached = reachForEdit(caller, action, planId);
        PlanVersion version = PlanVersion.draft(reached.plan().id)
                .or(() -> PlanVersion.active(reached.plan().id))
                .orElseThrow(() -> new Conflict("Plan " + planId + " has no items yet."));
        return PlanItem.of(version.id);
    }

    /** Replaces the draft's items (starting the next version's draft when there is none). */
    @Transactional
    public VersionView saveDraft(Caller caller, UUID planId, PlanRequests.Draft request) {
        Reached reached = reachForEdit(caller, Action.PLAN_DRAFT_SAVED, planId);
        Resolved resolved = resolve(request.items(), reached.patient());
        PlanVersion draft =
                PlanVersion.draft(planId).orElseGet(() -> newDraft(planId, PlanVersion.next(planId), caller, null));
        draft.changeNote = request.changeNote() == null || request.changeNote().isBlank()
                ? draft.changeNote
                : request.changeNote().strip();
        PlanItem.delete("versionId", draft.id);
        store(draft, resolved);
        return view(reached.plan(), draft, reached.patient(), true);
    }

    @Transactional
    public void discardDraft(Caller caller, UUID planId) {
        reachForEdit(caller, Action.PLAN_DRAFT_DISCARDED, planId);
        PlanVersion draft =
                PlanVersion.draft(planId).orElseThrow(() -> new NotFound("Plan " + planId + " has no draft."));
        PlanItem.delete("versionId", draft.id);
        draft.delete();
    }

    /**
     * Freezes the draft as the new active version, after checking it against today's patient facts
     * (clinical-rules.md §6 and 14) and the previous published version's loads (rule 15): a strength
     * load more than 10 % higher needs a reason in {@code request.loadIncreaseReasons}, stored with
     * the published item. Reasons for items that need none are ignored. Nothing changes on failure.
     */
    @Transactional
    public VersionView publish(Caller caller, UUID planId, PublishRequest request) {
        Reached reached = reachForEdit(caller, Action.PLAN_PUBLISHED, planId);
        PlanVersion draft = PlanVersion.draft(planId)
                .orElseThrow(() -> new Conflict("Plan " + planId + " has no draft to publish; edit the plan first."));
        List<PlanItem> items = PlanItem.of(draft.id);
        if (items.isEmpty()) {
            throw new Conflict("An empty draft cannot be published; add items first.");
        }
        Map<Integer, String> reasons = reasons(request, items.size());
        resolve(items.stream().map(PlanService::asInput).toList(), reached.patient());
        List<Finding> rises = loadRises(planId, items);
        List<Problem.Violation> unexplained = rises.stream()
                .filter(f -> !reasons.containsKey(itemIndex(f.field())))
                .map(f -> new Problem.Violation(f.field(), f.message(), LoadChange.CODE))
                .toList();
        if (!unexplained.isEmpty()) {
            throw new FieldProblems(
                    ProblemType.RULE_VIOLATION,
                    unexplained.size() + " strength load(s) rise more than "
                            + LoadChange.MAX_INCREASE_WITHOUT_REASON_PERCENT
                            + " % over the previous published version: give a reason for each in "
                            + "loadIncreaseReasons, keyed items[i] (clinical-rules.md §15).",
                    unexplained);
        }
        for (Finding rise : rises) {
            int index = itemIndex(rise.field());
            items.get(index).loadIncreaseReason = reasons.get(index);
        }
        PlanItem.getEntityManager().flush(); // the reasons go in while the version is still a draft
        draft.status = PlanVersion.Status.PUBLISHED;
        draft.publishedAt = Instant.now(clock);
        draft.publishedBy = caller.subject();
        return view(reached.plan(), draft, reached.patient(), true);
    }

    private static final Pattern ITEM_KEY = Pattern.compile("items\\[(\\d{1,3})]");

    /** The reasons by item index; 400 naming every bad key or value. */
    private static Map<Integer, String> reasons(PublishRequest request, int itemCount) {
        Map<Integer, String> reasons = new HashMap<>();
        if (request == null || request.loadIncreaseReasons() == null) {
            return reasons;
        }
        List<Problem.Violation> violations = new ArrayList<>();
        if (request.loadIncreaseReasons().size() > itemCount) {
            violations.add(
                    new Problem.Violation("loadIncreaseReasons", "at most one reason per item (" + itemCount + ")"));
        }
        request.loadIncreaseReasons().forEach((key, reason) -> {
            Matcher m = key == null ? null : ITEM_KEY.matcher(key);
            if (m == null || !m.matches() || Integer.parseInt(m.group(1)) >= itemCount) {
                violations.add(new Problem.Violation(
                        "loadIncreaseReasons",
                        "unknown key '" + key + "': use items[i] for an item of the draft, i from 0 to "
                                + (itemCount - 1)));
            } else if (reason == null || reason.isBlank()) {
                violations.add(new Problem.Violation("loadIncreaseReasons." + key, "must not be blank"));
            } else if (reason.strip().length() > PublishRequest.MAX_REASON_LENGTH) {
                violations.add(new Problem.Violation(
                        "loadIncreaseReasons." + key, "at most " + PublishRequest.MAX_REASON_LENGTH + " characters"));
            } else {
                reasons.put(Integer.parseInt(m.group(1)), reason.strip());
            }
        });
        if (!violations.isEmpty()) {
            throw new FieldProblems(
                    ProblemType.VALIDATION,
                    "The publish request has " + violations.size() + " invalid field(s).",
                    violations);
        }
        return reasons;
    }

    private static int itemIndex(String field) {
        Matcher m = Pattern.compile("^items\\[(\\d+)]").matcher(field);
        if (!m.find()) {
            throw new IllegalStateException("not an item path: " + field);
        }
        return Integer.parseInt(m.group(1));
    }

    /** Strength loads in {@code items} more than 10 % above the active (previous published) version's (clinical-rules.md §15). */
    private static List<Finding> loadRises(UUID planId, List<PlanItem> items) {
        Optional<PlanVersion> previous = PlanVersion.active(planId);
        if (previous.isEmpty()) {
            return List.of();
        }
        return LoadChange.check(
                PlanItem.of(previous.get().id).stream()
                        .map(PlanService::loadItem)
                        .toList(),
                items.stream().map(PlanService::loadItem).toList());
    }

    private static LoadChange.Item loadItem(PlanItem item) {
        return new LoadChange.Item(item.exercise.id, item.exercise.itemType(), item.dosage.loadKg);
    }

    /**
     * Publishes a new version straight from the active one with changed dosages (an accepted
     * progression suggestion). Refused while a draft is open, so no edit gets lost.
     */
    @Transactional
    public VersionView publishDerived(
            Caller caller, Reached reached, List<PlanRequests.Item> items, String changeNote) {
        UUID planId = reached.plan().id;
        if (PlanVersion.draft(planId).isPresent()) {
            throw new Conflict("Plan " + planId + " has an unpublished draft; publish or discard it first.");
        }
        Resolved resolved = resolve(items, reached.patient());
        PlanVersion version = newDraft(planId, PlanVersion.next(planId), caller, changeNote);
        store(version, resolved);
        PlanVersion.getEntityManager().flush(); // items go in while the version is still a draft
        version.status = PlanVersion.Status.PUBLISHED;
        version.publishedAt = Instant.now(clock);
        version.publishedBy = caller.subject();
        return view(reached.plan(), version, reached.patient(), true);
    }

    public static PlanRequests.Item asInput(PlanItem item) {
        return new PlanRequests.Item(item.exercise.id, item.section, item.dosage.toDosage(), item.notes);
    }

    /** Checks every item (exercise exists, dosage rules for this patient); nothing is stored on failure. */
    public Resolved resolve(List<PlanRequests.Item> items, PatientFacts patient) {
        List<Problem.Violation> violations = new ArrayList<>();
        List<Exercise> exercises = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Exercise exercise = Exercise.findById(items.get(i).exerciseId());
            if (exercise == null) {
                violations.add(new Problem.Violation("items[" + i + "].exerciseId", "no such exercise"));
            }
            exercises.add(exercise);
        }
        if (!violations.isEmpty()) {
            throw new FieldProblems(
                    ProblemType.VALIDATION, "The plan has " + violations.size() + " invalid field(s).", violations);
        }
        List<Finding> blocking = DosageRules.checkItems(
                        exercises.stream().map(Exercise::itemType).toList(),
                        items.stream().map(PlanRequests.Item::dosage).toList(),
                        patient)
                .stream()
                .filter(Finding::blocks)
                .toList();
        if (!blocking.isEmpty()) {
            boolean impossible = blocking.stream().anyMatch(f -> f.severity() == Finding.Severity.IMPOSSIBLE);
            List<Problem.Violation> fields = blocking.stream()
                    .map(f -> new Problem.Violation(f.field(), f.message(), f.code()))
                    .toList();
            throw impossible
                    ? new FieldProblems(
                            ProblemType.VALIDATION,
                            "The plan has " + fields.size() + " impossible dosage value(s).",
                            fields)
                    : new FieldProblems(
                            ProblemType.RULE_VIOLATION,
                            "The plan breaks a clinical rule for this patient (clinical-rules.md §6).",
                            fields);
        }
        return new Resolved(items, exercises);
    }

    private PlanVersion newDraft(UUID planId, int number, Caller caller, String note) {
        PlanVersion draft = new PlanVersion();
        draft.id = UUID.randomUUID();
        draft.planId = planId;
        draft.version = number;
        draft.status = PlanVersion.Status.DRAFT;
        draft.changeNote = note;
        draft.createdBy = caller.subject();
        draft.createdAt = Instant.now(clock);
        draft.persist();
        return draft;
    }

    private static void store(PlanVersion version, Resolved resolved) {
        for (int i = 0; i < resolved.items().size(); i++) {
            PlanRequests.Item input = resolved.items().get(i);
            PlanItem item = new PlanItem();
            item.id = UUID.randomUUID();
            item.versionId = version.id;
            item.position = i + 1;
            item.section = blankToNull(input.section());
            item.exercise = resolved.exercises().get(i);
            item.dosage = DosageColumns.of(input.dosage());
            item.notes = blankToNull(input.notes());
            item.persist();
        }
    }

    // ---- views ---------------------------------------------------------------------------------

    private PlanView planView(Plan plan, PatientFacts patient, boolean therapist) {
        List<PlanVersion> versions = PlanVersion.history(plan.id).stream()
                .filter(v -> therapist || v.status == PlanVersion.Status.PUBLISHED)
                .toList();
        Integer active = versions.stream()
                .filter(v -> v.status == PlanVersion.Status.PUBLISHED)
                .map(v -> v.version)
                .reduce((a, b) -> b)
                .orElse(null);
        Integer draft = versions.stream()
                .filter(v -> v.status == PlanVersion.Status.DRAFT)
                .map(v -> v.version)
                .findFirst()
                .orElse(null);
        return new PlanView(
                plan.id,
                plan.patientId,
                plan.title,
                plan.protocolId,
                active,
                draft,
                plan.createdAt,
                versions.stream().map(v -> summary(v, therapist)).toList(),
                therapist ? HeartRateTargets.of(patient.ageYears()) : null,
                therapist ? activeVersionFindings(plan.id, patient) : null);
    }

    private static VersionSummary summary(PlanVersion v, boolean therapist) {
        List<PlanItem> items = PlanItem.of(v.id);
        Map<String, String> reasons = null;
        if (therapist) {
            reasons = new LinkedHashMap<>();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).loadIncreaseReason != null) {
                    reasons.put("items[" + i + "]", items.get(i).loadIncreaseReason);
                }
            }
        }
        return new VersionSummary(v.version, v.status, v.changeNote, v.createdAt, v.publishedAt, items.size(), reasons);
    }

    /**
     * The active version re-checked against the patient's current conditions and birth date
     * (clinical-rules.md §14: when they change, the therapist sees what no longer holds); null before
     * the first publish.
     */
    private static List<Finding> activeVersionFindings(UUID planId, PatientFacts patient) {
        return PlanVersion.active(planId)
                .map(a -> findings(PlanItem.of(a.id), patient))
                .orElse(null);
    }

    /** Dosage ranges and caps (rules 6, 14) and contraindications matching the patient's conditions (rule 20). */
    static List<Finding> findings(List<PlanItem> items, PatientFacts patient) {
        List<Finding> findings = new ArrayList<>(DosageRules.checkItems(
                items.stream().map(i -> i.exercise.itemType()).toList(),
                items.stream().map(i -> i.dosage.toDosage()).toList(),
                patient));
        findings.addAll(Contraindications.check(
                items.stream()
                        .map(i -> new Contraindications.Listed(
                                i.exercise.name,
                                i.exercise.contraindicatedConditionSet(),
                                i.exercise.contraindications))
                        .toList(),
                patient.conditions()));
        return findings;
    }

    public VersionView view(Plan plan, PlanVersion version, PatientFacts patient, boolean therapist) {
        List<PlanItem> items = PlanItem.of(version.id);
        Integer age = patient.ageYears();
        List<ItemView> itemViews =
                items.stream().map(item -> itemView(item, age, therapist)).toList();
        List<Finding> findings = null;
        if (therapist) {
            findings = new ArrayList<>(findings(items, patient));
            if (version.status == PlanVersion.Status.DRAFT) {
                findings.addAll(loadRises(plan.id, items));
            }
        }
        Optional<PlanVersion> activeVersion = PlanVersion.active(plan.id);
        boolean active = activeVersion.map(a -> a.id.equals(version.id)).orElse(false);
        MaxHeartRateView maxHeartRate =
                age == null ? null : new MaxHeartRateView(MaxHeartRate.FORMULA, age, MaxHeartRate.bpm(age));
        return new VersionView(
                plan.id,
                plan.patientId,
                plan.title,
                version.version,
                version.status,
                active,
                version.changeNote,
                version.createdAt,
                version.publishedAt,
                maxHeartRate,
                itemViews,
                findings,
                therapist ? HeartRateTargets.of(age) : null,
                therapist
                        ? activeVersion
                                .map(a -> findings(PlanItem.of(a.id), patient))
                                .orElse(null)
                        : null);
    }

    private static ItemView itemView(PlanItem item, Integer age, boolean therapist) {
        Dosage dosage = item.dosage.toDosage();
        BpmRange bpm = null;
        if (age != null
                && item.exercise.itemType() == ItemType.AEROBIC
                && dosage.targetZoneLowPercent() != null
                && dosage.targetZoneHighPercent() != null) {
            bpm = new BpmRange(
                    MaxHeartRate.bpmAt(dosage.targetZoneLowPercent(), age),
                    MaxHeartRate.bpmAt(dosage.targetZoneHighPercent(), age));
        }
        return new ItemView(
                item.id,
                item.position,
                item.section,
                item.exercise.id,
                item.exercise.slug,
                ExerciseTexts.nameOf(item.exercise),
                item.exercise.pillar,
                item.exercise.kind,
                dosage,
                bpm,
                item.notes,
                Illustrations.url(item.exercise.illustration),
                therapist ? item.loadIncreaseReason : null);
    }

    private static NotFound noPlan(UUID planId) {
        return new NotFound("No plan " + planId + ".");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
