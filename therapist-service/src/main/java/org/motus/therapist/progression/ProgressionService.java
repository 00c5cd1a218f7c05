package org.motus.therapist.progression;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.motus.problem.Conflict;
import org.motus.problem.Problem;
import org.motus.problem.ProblemType;
import org.motus.therapist.access.Action;
import org.motus.therapist.access.Caller;
import org.motus.therapist.access.CareRelationship;
import org.motus.therapist.dosage.Dosage;
import org.motus.therapist.dosage.ItemType;
import org.motus.therapist.errors.FieldProblems;
import org.motus.therapist.library.ExerciseTexts;
import org.motus.therapist.patients.SessionRecord;
import org.motus.therapist.plan.PlanItem;
import org.motus.therapist.plan.PlanRequests;
import org.motus.therapist.plan.PlanService;
import org.motus.therapist.plan.PlanVersion;
import org.motus.therapist.plan.PlanViews;
import org.motus.therapist.progression.ProgressionViews.DecisionView;
import org.motus.therapist.progression.ProgressionViews.ItemSuggestion;
import org.motus.therapist.progression.ProgressionViews.SuggestionView;

/**
 * Weekly progression for a plan's strength items (clinical-rules.md §5), from the sessions
 * patient-service logged last week (asked with the therapist's token). Accepting publishes a new
 * plan version with the changed loads; dismissing records the answer. One answer per week.
 */
@ApplicationScoped
public class ProgressionService {

    private final PlanService plans;
    private final CareRelationship care;
    private final Clock clock;

    public ProgressionService(PlanService plans, CareRelationship care, Clock clock) {
        this.plans = plans;
        this.care = care;
        this.clock = clock;
    }

    /** The suggestion for the last full week (Monday-Sunday, in the patient's time zone) before {@code date} (default today there). */
    @Transactional
    public SuggestionView suggestion(Caller caller, UUID planId, String date) {
        PlanService.Reached reached = plans.reachForEdit(caller, Action.PROGRESSION_READ, planId);
        LocalDate weekStart = lastWeekStart(parseDate(date, reached.patient().timeZone()));
        Optional<ProgressionDecision> decided = ProgressionDecision.forWeek(planId, weekStart);
        PlanVersion basis = decided.flatMap(d -> PlanVersion.number(planId, d.basedOnVersion))
                .orElseGet(() -> plans.activeVersion(planId));
        return suggest(reached, basis, weekStart, decided.orElse(null));
    }

    @Transactional
    public SuggestionView accept(Caller caller, UUID planId, ProgressionViews.Answer answer) {
        PlanService.Reached reached = plans.reachForEdit(caller, Action.PROGRESSION_ACCEPTED, planId);
        LocalDate weekStart = checkWeek(answer.weekStart(), reached.patient().timeZone());
        refuseSecondAnswer(planId, weekStart);
        PlanVersion active = plans.activeVersion(planId);
        SuggestionView suggestion = suggest(reached, active, weekStart, null);
        if (suggestion.outcome() == Progression.Outcome.HOLD) {
            throw new Conflict("The suggestion for the week of " + weekStart
                    + " is to hold the load: nothing to accept; dismiss it instead.");
        }
        BigDecimal percent = answer.percent();
        if (percent != null
                && (percent.compareTo(Progression.MIN_INCREASE_PERCENT) < 0
                        || percent.compareTo(Progression.MAX_INCREASE_PERCENT) > 0)) {
            // clinical-rules.md §5: load changes by 5-10 % a week.
            throw new FieldProblems(
                    ProblemType.RULE_VIOLATION,
                    "Weekly load changes are 5-10 % (clinical-rules.md §5).",
                    List.of(new Problem.Violation(
                            "percent",
                            "must be between " + Progression.MIN_INCREASE_PERCENT + " and "
                                    + Progression.MAX_INCREASE_PERCENT)));
        }
        List<PlanItem> items = PlanItem.of(active.id);
        List<PlanRequests.Item> changed = new ArrayList<>();
        int up = 0;
        int down = 0;
        for (PlanItem item : items) {
            Dosage dosage = item.dosage.toDosage();
            ItemSuggestion own = suggestion.items().stream()
                    .filter(i -> i.itemId().equals(item.id))
                    .findFirst()
                    .orElse(null);
            Optional<BigDecimal> newLoad = Optional.empty();
            if (own != null && dosage.loadKg() != null && own.outcome() != Progression.Outcome.HOLD) {
                BigDecimal step = percent != null ? percent : own.percent().abs();
                newLoad = own.outcome() == Progression.Outcome.INCREASE
                        ? LoadStep.increase(dosage.loadKg(), step)
                        : LoadStep.stepBack(dosage.loadKg(), step);
            }
            if (newLoad.isPresent()) {
                if (own.outcome() == Progression.Outcome.INCREASE) {
                    up++;
                } else {
                    down++;
                }
                dosage = dosage.withLoadKg(newLoad.get());
            }
            changed.add(new PlanRequests.Item(item.exercise.id, item.section, dosage, item.notes));
        }
        if (up + down == 0) {
            throw new Conflict(
                    "No strength item in the active version has a load that can change; edit the plan instead.");
        }
        BigDecimal shown = percent != null ? percent : suggestion.percent().abs();
        String note = "Progression for the week of " + weekStart + ": "
                + (up > 0
                        ? "load +"
                                + (percent != null
                                        ? percent.stripTrailingZeros().toPlainString() + " %"
                                        : "5-10 %") + " on " + up + " item(s)"
                        : "")
                + (up > 0 && down > 0 ? ", " : "")
                + (down > 0
                        ? "load -"
                                + (percent != null ? percent : Progression.STEP_BACK_PERCENT)
                                        .stripTrailingZeros()
                                        .toPlainString()
                                + " % on " + down + " item(s)"
                        : "")
                + ".";
        PlanViews.VersionView published = plans.publishDerived(caller, reached, changed, note);
        boolean increase = suggestion.outcome() == Progression.Outcome.INCREASE;
        ProgressionDecision decision = record(
                caller,
                planId,
                weekStart,
                active.version,
                suggestion.outcome(),
                ProgressionDecision.Decision.ACCEPTED,
                increase ? shown : shown.negate(),
                answer.reason());
        decision.resultingVersion = published.version();
        return suggest(reached, active, weekStart, decision);
    }

    @Transactional
    public SuggestionView dismiss(Caller caller, UUID planId, ProgressionViews.Answer answer) {
        PlanService.Reached reached = plans.reachForEdit(caller, Action.PROGRESSION_DISMISSED, planId);
        LocalDate weekStart = checkWeek(answer.weekStart(), reached.patient().timeZone());
        refuseSecondAnswer(planId, weekStart);
        PlanVersion active = plans.activeVersion(planId);
        SuggestionView suggestion = suggest(reached, active, weekStart, null);
        ProgressionDecision decision = record(
                caller,
                planId,
                weekStart,
                active.version,
                suggestion.outcome(),
                ProgressionDecision.Decision.DISMISSED,
                null,
                answer.reason());
        return suggest(reached, active, weekStart, decision);
    }

    /**
     * Each strength item judged on the sessions that included it (clinical-rules.md §15), the week
     * taken in the patient's time zone (rule 18). The plan's outcome: STEP_BACK when an item with a
     * load steps back, else INCREASE when one rises, else HOLD (items without a load count only
     * when no item has one).
     */
    private SuggestionView suggest(
            PlanService.Reached reached, PlanVersion basis, LocalDate weekStart, ProgressionDecision decision) {
        ZoneId zone = reached.patient().timeZone();
        Instant from = weekStart.atStartOfDay(zone).toInstant();
        Instant to = weekStart.plusWeeks(1).atStartOfDay(zone).toInstant();
        List<Progression.Session> week = care.sessions(reached.plan().patientId, from, to).stream()
                .map(ProgressionService::session)
                .toList();
        int capSessions = (int) week.stream()
                .filter(s -> Progression.ABOVE_CAP.equals(s.heartRate()))
                .count();
        Progression.Counts all = Progression.counts(week, 0, capSessions);
        List<PlanItem> strength = PlanItem.of(basis.id).stream()
                .filter(i -> i.exercise.itemType() == ItemType.STRENGTH)
                .toList();
        List<ItemSuggestion> items = strength.stream()
                .map(item -> itemSuggestion(
                        item,
                        Progression.suggest(
                                new Progression.Item(
                                        item.id,
                                        item.exercise.id,
                                        Progression.prescribedPerWeek(item.dosage.toDosage())),
                                week)))
                .toList();
        List<ItemSuggestion> deciding = items.stream().anyMatch(i -> i.currentLoadKg() != null)
                ? items.stream().filter(i -> i.currentLoadKg() != null).toList()
                : items;
        Progression.Outcome outcome = deciding.stream().anyMatch(i -> i.outcome() == Progression.Outcome.STEP_BACK)
                ? Progression.Outcome.STEP_BACK
                : deciding.stream().anyMatch(i -> i.outcome() == Progression.Outcome.INCREASE)
                        ? Progression.Outcome.INCREASE
                        : Progression.Outcome.HOLD;
        Optional<ItemSuggestion> lead =
                deciding.stream().filter(i -> i.outcome() == outcome).findFirst();
        BigDecimal percent = lead.map(ItemSuggestion::percent).orElse(BigDecimal.ZERO);
        String reason = lead.map(i -> (items.size() > 1 ? i.exerciseName() + ": " : "") + i.reason())
                .orElse("The plan has no strength items to progress.");
        DecisionView decisionView = decision == null
                ? null
                : new DecisionView(
                        decision.decision,
                        decision.loadChangePercent,
                        decision.resultingVersion,
                        decision.reason,
                        decision.decidedAt);
        return new SuggestionView(
                reached.plan().id,
                basis.version,
                weekStart,
                weekStart.plusDays(6),
                outcome,
                percent,
                reason,
                all,
                items,
                decisionView);
    }

    private static Progression.Session session(SessionRecord s) {
        Set<UUID> planItems = new HashSet<>();
        Set<UUID> exercises = new HashSet<>();
        if (s.items() != null) {
            for (SessionRecord.Item item : s.items()) {
                if (item != null && item.planItemId() != null) {
                    planItems.add(item.planItemId());
                }
                if (item != null && item.exerciseId() != null) {
                    exercises.add(item.exerciseId());
                }
            }
        }
        return new Progression.Session(
                planItems,
                exercises,
                s.twoHourRule(),
                s.ceiling(),
                s.heartRate() == null ? null : s.heartRate().outcome(),
                s.painBefore(),
                s.painDuringPeak(),
                s.painAfter());
    }

    private static ItemSuggestion itemSuggestion(PlanItem item, Progression.Verdict verdict) {
        BigDecimal signed = verdict.outcome() == Progression.Outcome.STEP_BACK
                ? verdict.percent().negate()
                : verdict.percent();
        BigDecimal load = item.dosage.loadKg;
        if (load == null) {
            return new ItemSuggestion(
                    item.id,
                    ExerciseTexts.nameOf(item.exercise),
                    verdict.outcome(),
                    signed,
                    verdict.reason(),
                    verdict.counts(),
                    null,
                    null,
                    "No load set (body weight or band): progress with repetitions within 8-15 or a stronger band.");
        }
        Optional<BigDecimal> next = switch (verdict.outcome()) {
            case INCREASE -> LoadStep.increase(load, verdict.percent());
            case STEP_BACK -> LoadStep.stepBack(load, verdict.percent());
            case HOLD -> Optional.of(load);
        };
        return new ItemSuggestion(
                item.id,
                ExerciseTexts.nameOf(item.exercise),
                verdict.outcome(),
                signed,
                verdict.reason(),
                verdict.counts(),
                load,
                next.orElse(load),
                next.isEmpty() ? "The load is too small to change in 10 g steps; adjust repetitions instead." : null);
    }

    private ProgressionDecision record(
            Caller caller,
            UUID planId,
            LocalDate weekStart,
            int basedOn,
            Progression.Outcome outcome,
            ProgressionDecision.Decision answer,
            BigDecimal percent,
            String reason) {
        ProgressionDecision decision = new ProgressionDecision();
        decision.id = UUID.randomUUID();
        decision.planId = planId;
        decision.weekStart = weekStart;
        decision.basedOnVersion = basedOn;
        decision.outcome = outcome;
        decision.decision = answer;
        decision.loadChangePercent = percent;
        decision.reason = reason == null || reason.isBlank() ? null : reason.strip();
        decision.decidedBy = caller.subject();
        decision.decidedAt = Instant.now(clock);
        decision.persist();
        return decision;
    }

    private static void refuseSecondAnswer(UUID planId, LocalDate weekStart) {
        ProgressionDecision.forWeek(planId, weekStart).ifPresent(d -> {
            throw new Conflict("The suggestion for the week of " + weekStart + " was already "
                    + d.decision.name().toLowerCase() + ".");
        });
    }

    /** The week must be a Monday-started week that is over in the patient's time zone. */
    private LocalDate checkWeek(LocalDate weekStart, ZoneId zone) {
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw FieldProblems.invalid("weekStart", "must be a Monday");
        }
        if (weekStart.plusWeeks(1).isAfter(LocalDate.now(clock.withZone(zone)))) {
            throw FieldProblems.invalid("weekStart", "the week is not over yet");
        }
        return weekStart;
    }

    static LocalDate lastWeekStart(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
    }

    private LocalDate parseDate(String date, ZoneId zone) {
        if (date == null || date.isBlank()) {
            return LocalDate.now(clock.withZone(zone));
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw FieldProblems.invalid("date", "use an ISO date like 2026-11-30");
        }
    }
}
