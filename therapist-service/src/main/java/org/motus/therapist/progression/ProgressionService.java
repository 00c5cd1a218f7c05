package org.motus.therapist.progression;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.motus.problem.Conflict;
import org.motus.problem.ProblemType;
import org.motus.problem.Problem;
import org.motus.therapist.access.Caller;
import org.motus.therapist.access.CareRelationship;
import org.motus.therapist.dosage.Dosage;
import org.motus.therapist.dosage.ItemType;
import org.motus.therapist.errors.FieldProblems;
import org.motus.therapist.patients.SessionRecord;
import org.motus.therapist.plan.PlanItem;
import org.motus.therapist.plan.PlanRequests;
import org.motus.therapist.plan.PlanService;
import org.motus.therapist.plan.PlanVersion;
import org.motus.therapist.plan.PlanViews;
import org.motus.therapist.progression.ProgressionViews.DecisionView;
import org.motus.therapist.progression.ProgressionViews.ItemSuggestion;
import org.motus.therapist.progression.ProgressionViews.SuggestionView;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Weekly progression for a plan's strength items (DOMAIN.md rule 5), from the sessions
 * patient-service logged last week (asked with the therapist's token). Accepting publishes a new
 * plan version with the changed loads; dismissing records the answer. One answer per week.
 */
@ApplicationScoped
public class ProgressionService {

    @Inject
    PlanService plans;
    @Inject
    CareRelationship care;
    @Inject
    Clock clock;

    /** The suggestion for the last full week (Monday-Sunday, UTC) before {@code date} (default today). */
    @Transactional
    public SuggestionView suggestion(Caller caller, UUID planId, String date) {
        PlanService.Reached reached = plans.reachForEdit(caller, planId);
        LocalDate weekStart = lastWeekStart(parseDate(date));
        Optional<ProgressionDecision> decided = ProgressionDecision.forWeek(planId, weekStart);
        PlanVersion basis = decided.flatMap(d -> PlanVersion.number(planId, d.basedOnVersion))
                .orElseGet(() -> plans.activeVersion(planId));
        return suggest(reached, basis, weekStart, decided.orElse(null));
    }

    @Transactional
    public SuggestionView accept(Caller caller, UUID planId, ProgressionViews.Answer answer) {
        PlanService.Reached reached = plans.reachForEdit(caller, planId);
        LocalDate weekStart = checkWeek(answer.weekStart());
        refuseSecondAnswer(planId, weekStart);
        PlanVersion active = plans.activeVersion(planId);
        SuggestionView suggestion = suggest(reached, active, weekStart, null);
        if (suggestion.outcome() == Progression.Outcome.HOLD) {
            throw new Conflict("The suggestion for the week of " + weekStart + " is to hold the load: nothing to accept; dismiss it instead.");
        }
        BigDecimal percent = answer.percent() == null ? suggestion.percent().abs() : answer.percent();
        if (percent.compareTo(Progression.MIN_INCREASE_PERCENT) < 0 || percent.compareTo(Progression.MAX_INCREASE_PERCENT) > 0) {
            // DOMAIN.md rule 5: load changes by 5-10 % a week.
            throw new FieldProblems(ProblemType.RULE_VIOLATION, "Weekly load changes are 5-10 % (DOMAIN.md rule 5).",
                    List.of(new Problem.Violation("percent", "must be between " + Progression.MIN_INCREASE_PERCENT
                            + " and " + Progression.MAX_INCREASE_PERCENT)));
        }
        boolean up = suggestion.outcome() == Progression.Outcome.INCREASE;
        List<PlanItem> items = PlanItem.of(active.id);
        List<PlanRequests.Item> changed = new ArrayList<>();
        int changes = 0;
        for (PlanItem item : items) {
            Dosage dosage = item.dosage.toDosage();
            Optional<BigDecimal> newLoad = item.exercise.itemType() == ItemType.STRENGTH && dosage.loadKg() != null
                    ? (up ? LoadStep.increase(dosage.loadKg(), percent) : LoadStep.stepBack(dosage.loadKg(), percent))
                    : Optional.empty();
            if (newLoad.isPresent()) {
                changes++;
                dosage = dosage.withLoadKg(newLoad.get());
            }
            changed.add(new PlanRequests.Item(item.exercise.id, item.section, dosage, item.notes));
        }
        if (changes == 0) {
            throw new Conflict("No strength item in the active version has a load that can change; edit the plan instead.");
        }
        String note = "Progression for the week of " + weekStart + ": load " + (up ? "+" : "-") + percent.stripTrailingZeros().toPlainString()
                + " % on " + changes + " strength item(s).";
        PlanViews.VersionView published = plans.publishDerived(caller, reached, changed, note);
        ProgressionDecision decision = record(caller, planId, weekStart, active.version, suggestion.outcome(),
                ProgressionDecision.Decision.ACCEPTED, up ? percent : percent.negate(), answer.reason());
        decision.resultingVersion = published.version();
        return suggest(reached, active, weekStart, decision);
    }

    @Transactional
    public SuggestionView dismiss(Caller caller, UUID planId, ProgressionViews.Answer answer) {
        PlanService.Reached reached = plans.reachForEdit(caller, planId);
        LocalDate weekStart = checkWeek(answer.weekStart());
        refuseSecondAnswer(planId, weekStart);
        PlanVersion active = plans.activeVersion(planId);
        SuggestionView suggestion = suggest(reached, active, weekStart, null);
        ProgressionDecision decision = record(caller, planId, weekStart, active.version, suggestion.outcome(),
                ProgressionDecision.Decision.DISMISSED, null, answer.reason());
        return suggest(reached, active, weekStart, decision);
    }

    private SuggestionView suggest(PlanService.Reached reached, PlanVersion basis, LocalDate weekStart, ProgressionDecision decision) {
        Instant from = weekStart.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = weekStart.plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<SessionRecord> sessions = care.sessions(reached.plan().patientId, from, to);
        List<PlanItem> strength = PlanItem.of(basis.id).stream()
                .filter(i -> i.exercise.itemType() == ItemType.STRENGTH).toList();
        Progression.Verdict verdict = strength.isEmpty()
                ? new Progression.Verdict(Progression.Outcome.HOLD, BigDecimal.ZERO, "The plan has no strength items to progress.",
                        new Progression.Counts(sessions.size(), 0, 0, 0, 0))
                : Progression.suggest(sessions.stream()
                        .map(s -> new Progression.Session(s.twoHourRule(), s.ceiling(), s.painBefore(), s.painDuringPeak())).toList());
        List<ItemSuggestion> items = strength.stream().map(item -> itemSuggestion(item, verdict)).toList();
        DecisionView decisionView = decision == null ? null
                : new DecisionView(decision.decision, decision.loadChangePercent, decision.resultingVersion, decision.reason, decision.decidedAt);
        return new SuggestionView(reached.plan().id, basis.version, weekStart, weekStart.plusDays(6), verdict.outcome(),
                verdict.outcome() == Progression.Outcome.STEP_BACK ? verdict.percent().negate() : verdict.percent(),
                verdict.reason(), verdict.counts(), items, decisionView);
    }

    private static ItemSuggestion itemSuggestion(PlanItem item, Progression.Verdict verdict) {
        BigDecimal load = item.dosage.loadKg;
        if (load == null) {
            return new ItemSuggestion(item.id, item.exercise.name, null, null,
                    "No load set (body weight or band): progress with repetitions within 8-15 or a stronger band.");
        }
        Optional<BigDecimal> next = switch (verdict.outcome()) {
            case INCREASE -> LoadStep.increase(load, verdict.percent());
            case STEP_BACK -> LoadStep.stepBack(load, verdict.percent());
            case HOLD -> Optional.of(load);
        };
        return new ItemSuggestion(item.id, item.exercise.name, load, next.orElse(load),
                next.isEmpty() ? "The load is too small to change in 10 g steps; adjust repetitions instead." : null);
    }

    private ProgressionDecision record(Caller caller, UUID planId, LocalDate weekStart, int basedOn, Progression.Outcome outcome,
                                       ProgressionDecision.Decision answer, BigDecimal percent, String reason) {
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
            throw new Conflict("The suggestion for the week of " + weekStart + " was already " + d.decision.name().toLowerCase() + ".");
        });
    }

    /** The week must be a Monday-started week that is over. */
    private LocalDate checkWeek(LocalDate weekStart) {
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw FieldProblems.invalid("weekStart", "must be a Monday");
        }
        if (weekStart.plusWeeks(1).isAfter(LocalDate.now(clock))) {
            throw FieldProblems.invalid("weekStart", "the week is not over yet");
        }
        return weekStart;
    }

    static LocalDate lastWeekStart(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
    }

    private LocalDate parseDate(String date) {
        if (date == null || date.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw FieldProblems.invalid("date", "use an ISO date like 2026-11-30");
        }
    }
}
