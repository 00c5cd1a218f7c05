package org.motus.therapist.routine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.motus.therapist.access.Action;
import org.motus.therapist.access.Caller;
import org.motus.therapist.errors.FieldProblems;
import org.motus.therapist.library.ExerciseMedia;
import org.motus.therapist.library.ExerciseTexts;
import org.motus.therapist.plan.PlanItem;
import org.motus.therapist.plan.PlanService;
import org.motus.therapist.plan.PlanVersion;
import org.motus.therapist.plan.PlanViews;

/** Today's routine: the active version's items due on a date, with timer data for the web app. */
@ApplicationScoped
public class RoutineService {

    private final PlanService plans;
    private final Clock clock;

    public RoutineService(PlanService plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Transactional
    public TodayView mine(Caller caller, String date) {
        PlanService.Reached reached = plans.mine(caller, Action.OWN_ROUTINE_READ);
        return today(reached, parse(date, reached.patient().timeZone()));
    }

    @Transactional
    public TodayView forPlan(Caller caller, UUID planId, String date) {
        PlanService.Reached reached = plans.reach(caller, Action.ROUTINE_READ, planId);
        return today(reached, parse(date, reached.patient().timeZone()));
    }

    private TodayView today(PlanService.Reached reached, LocalDate date) {
        PlanVersion active = plans.activeVersion(reached.plan().id);
        PlanViews.VersionView view = plans.view(reached.plan(), active, reached.patient(), false);
        List<PlanItem> items = PlanItem.of(active.id);
        List<TodayView.Item> due = view.items().stream()
                .filter(item -> Schedule.dueOn(item.dosage(), date.getDayOfWeek()))
                .map(item -> {
                    PlanItem stored = items.stream()
                            .filter(i -> i.id.equals(item.id()))
                            .findFirst()
                            .orElseThrow();
                    String media = ExerciseMedia.count("exerciseId", stored.exercise.id) > 0
                            ? "/api/v1/exercises/" + stored.exercise.id + "/media"
                            : stored.exercise.mediaUrl;
                    return new TodayView.Item(
                            item.id(),
                            item.position(),
                            item.section(),
                            item.exerciseId(),
                            ExerciseTexts.nameOf(stored.exercise),
                            item.pillar(),
                            item.kind(),
                            ExerciseTexts.of(stored.exercise).instructions(),
                            ExerciseTexts.of(stored.exercise).commonMistakes(),
                            item.illustrationUrl(),
                            media,
                            item.dosage(),
                            item.targetHeartRateBpm(),
                            item.notes(),
                            Timer.of(stored.exercise.itemType(), item.dosage(), texts(stored)));
                })
                .toList();
        return new TodayView(reached.plan().id, active.version, date, date.getDayOfWeek(), due);
    }

    /** What the exercise tells the patient: instructions, mistakes to avoid, contraindications. */
    public static List<String> texts(PlanItem item) {
        List<String> texts = new java.util.ArrayList<>(item.exercise.instructions);
        texts.addAll(item.exercise.commonMistakes);
        texts.addAll(item.exercise.contraindications);
        return texts;
    }

    /** The patient's local date as the browser sends it; when absent, today in the patient's time zone (clinical-rules.md §18). */
    private LocalDate parse(String date, ZoneId zone) {
        if (date == null || date.isBlank()) {
            return LocalDate.now(clock.withZone(zone));
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw FieldProblems.invalid("date", "use an ISO date like 2026-11-26");
        }
    }
}
