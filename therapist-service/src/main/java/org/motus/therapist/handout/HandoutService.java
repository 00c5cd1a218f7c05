package org.motus.therapist.handout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.motus.problem.NotFound;
import org.motus.therapist.access.Action;
import org.motus.therapist.access.Caller;
import org.motus.therapist.dosage.DosageRules;
import org.motus.therapist.dosage.MaxHeartRate;
import org.motus.therapist.library.ExerciseTexts;
import org.motus.therapist.plan.PlanItem;
import org.motus.therapist.plan.PlanService;
import org.motus.therapist.plan.PlanVersion;
import org.motus.therapist.plan.PlanViews;
import org.motus.therapist.routine.BreathCue;
import org.motus.therapist.routine.RoutineService;
import org.motus.therapist.routine.Timer;

/** The printable handout of a plan version (the active one unless a version is named). */
@ApplicationScoped
public class HandoutService {

    private final PlanService plans;
    /** The emergency number printed on the handout (clinical-rules.md §16); the same key as patient-service's advice. */
    private final String emergencyNumber;

    public HandoutService(
            PlanService plans,
            @ConfigProperty(name = "motus.emergency-number", defaultValue = "112") String emergencyNumber) {
        this.plans = plans;
        this.emergencyNumber = emergencyNumber;
    }

    /** A printed handout and the language it is in. */
    public record Printed(byte[] pdf, HandoutLanguage language) {}

    @Transactional
    public Printed pdf(Caller caller, UUID planId, Integer version, HandoutLanguage asked) {
        PlanService.Reached reached = plans.reach(caller, Action.HANDOUT_READ, planId);
        HandoutLanguage language = asked != null
                ? asked
                : HandoutLanguage.choose(null, reached.patient().language(), ExerciseTexts.requestLanguage());
        HandoutTexts words = language.texts();
        boolean therapist = caller.is(Caller.THERAPIST);
        PlanVersion chosen = version == null
                ? plans.activeVersion(planId)
                : PlanVersion.number(planId, version)
                        .filter(v -> therapist || v.status == PlanVersion.Status.PUBLISHED)
                        .orElseThrow(() -> new NotFound("Plan " + planId + " has no version " + version + "."));
        PlanViews.VersionView view = plans.view(reached.plan(), chosen, reached.patient(), false);
        List<PlanItem> items = PlanItem.of(chosen.id);
        List<Handout.Entry> entries = view.items().stream()
                .map(item -> {
                    PlanItem stored = items.stream()
                            .filter(i -> i.id.equals(item.id()))
                            .findFirst()
                            .orElseThrow();
                    Timer.Breathing breathing =
                            Timer.Breathing.STRETCHING.withHoldLabel(BreathCue.holdLabel(RoutineService.texts(stored)));
                    ExerciseTexts.Texts texts = ExerciseTexts.of(stored.exercise, language.tag());
                    return new Handout.Entry(
                            item.position(),
                            item.section(),
                            texts.name(),
                            pillarLabel(stored, words),
                            DosageText.amount(
                                    stored.exercise.itemType(),
                                    item.dosage(),
                                    item.targetHeartRateBpm(),
                                    breathing,
                                    language),
                            DosageText.when(item.dosage(), language),
                            texts.instructions(),
                            texts.commonMistakes(),
                            texts.contraindications(),
                            item.notes());
                })
                .toList();
        // clinical-rules.md §14: without a date of birth, say so in the words the therapist sees.
        String heartRate = view.maxHeartRate() == null
                ? words.noDateOfBirth()
                : words.maxHeartRate(view.maxHeartRate().bpm())
                        + (reached.patient().hasFibromyalgia()
                                ? " "
                                        + words.heartRateCap(
                                                DosageRules.FIBROMYALGIA_CAP_PERCENT,
                                                MaxHeartRate.bpmAt(
                                                        DosageRules.FIBROMYALGIA_CAP_PERCENT,
                                                        view.maxHeartRate().ageYears()))
                                : "");
        Handout handout = new Handout(
                language,
                reached.plan().title,
                reached.patient().displayName(),
                chosen.version,
                chosen.publishedAt == null
                        ? null
                        : chosen.publishedAt
                                .atZone(reached.patient().timeZone())
                                .toLocalDate(),
                heartRate,
                reached.patient().painCeiling(),
                emergencyNumber,
                entries);
        return new Printed(HandoutPdf.render(handout), language);
    }

    private static String pillarLabel(PlanItem item, HandoutTexts words) {
        return switch (item.exercise.itemType()) {
            case AEROBIC -> words.aerobic();
            case STRENGTH -> words.strength();
            case STRETCHING -> words.stretching();
            case RESTORATION -> words.restoration();
        };
    }
}
