package org.motus.therapist.discharge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.motus.therapist.access.Action;
import org.motus.therapist.access.Caller;
import org.motus.therapist.access.CareRelationship;
import org.motus.therapist.dosage.PatientFacts;
import org.motus.therapist.handout.DosageText;
import org.motus.therapist.patients.EpisodeRecord;
import org.motus.therapist.plan.Plan;
import org.motus.therapist.plan.PlanItem;
import org.motus.therapist.plan.PlanService;
import org.motus.therapist.plan.PlanVersion;
import org.motus.therapist.plan.PlanViews;

/**
 * The discharge summary PDF: patient-service's figures for the episode (asked with the caller's
 * own token, so it applies its access rules again) and this service's plan history.
 */
@ApplicationScoped
public class DischargeSummaryService {

    private final CareRelationship care;
    private final PlanService plans;

    public DischargeSummaryService(CareRelationship care, PlanService plans) {
        this.care = care;
        this.plans = plans;
    }

    @Transactional
    public byte[] pdf(Caller caller, UUID patientId) {
        PatientFacts patient = care.reach(caller, Action.DISCHARGE_SUMMARY_READ, patientId);
        EpisodeRecord episode = care.episode(patientId);
        String title = null;
        List<PlanChanges.Version> versions = new ArrayList<>();
        Plan plan = Plan.forPatient(patientId).orElse(null);
        if (plan != null) {
            title = plan.title;
            for (PlanVersion version : PlanVersion.history(plan.id)) {
                if (version.status != PlanVersion.Status.PUBLISHED) {
                    continue; // a draft was never the patient's programme
                }
                versions.add(new PlanChanges.Version(
                        version.version,
                        version.publishedAt == null
                                ? null
                                : LocalDate.ofInstant(version.publishedAt, patient.timeZone()),
                        version.changeNote,
                        items(plan, version, patient)));
            }
        }
        return DischargeSummaryPdf.render(
                new DischargeSummaryPdf.Summary(episode, title, PlanChanges.history(versions)));
    }

    private List<PlanChanges.Item> items(Plan plan, PlanVersion version, PatientFacts patient) {
        PlanViews.VersionView view = plans.view(plan, version, patient, false);
        List<PlanItem> stored = PlanItem.of(version.id);
        return view.items().stream()
                .map(item -> {
                    PlanItem entity = stored.stream()
                            .filter(s -> s.id.equals(item.id()))
                            .findFirst()
                            .orElseThrow();
                    String dosage =
                            DosageText.amount(entity.exercise.itemType(), item.dosage(), item.targetHeartRateBpm())
                                    + ", " + DosageText.when(item.dosage());
                    return new PlanChanges.Item(item.exerciseId(), item.exerciseName(), dosage);
                })
                .toList();
    }
}
