package org.motus.therapist.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.motus.problem.NotFound;
import org.motus.problem.fhir.DateBounds;
import org.motus.therapist.access.Action;
import org.motus.therapist.access.Caller;
import org.motus.therapist.access.CareRelationship;
import org.motus.therapist.plan.Plan;
import org.motus.therapist.plan.PlanItem;
import org.motus.therapist.plan.PlanVersion;
import org.motus.therapist.protocol.Protocol;

/**
 * The FHIR reads, through the same door as the REST API: a CarePlan through
 * {@link CareRelationship#readable} with the REST reads' actions ({@code PLAN_VERSION_READ} for one,
 * {@code PLANS_LISTED} for a patient's), so the same people reach the same plans (a patient their
 * own, a therapist their caseload, anyone else 404) and every attempt leaves the same audit row.
 * Protocols hold no patient's data: read like {@code /api/v1/protocols}, not audited.
 */
@ApplicationScoped
public class FhirReads {

    /** Published versions only: a draft is the therapist's work in progress, not the patient's plan. */
    private static final PlanVersion.Status SHOWN = PlanVersion.Status.PUBLISHED;

    private final CareRelationship care;

    public FhirReads(CareRelationship care) {
        this.care = care;
    }

    /** One published plan version by its id; unknown, a draft, or out of reach: 404, audited. */
    @Transactional
    public CarePlan carePlan(Caller caller, String id) {
        UUID versionId = SearchParams.uuidOrNull(id);
        PlanVersion version = versionId == null ? null : PlanVersion.findById(versionId);
        if (version == null || version.status != SHOWN) {
            care.recordNotFound(caller, Action.PLAN_VERSION_READ, "no CarePlan " + id);
            throw noCarePlan(id);
        }
        Plan plan = Plan.findById(version.planId);
        try {
            care.readable(caller, Action.PLAN_VERSION_READ, plan.patientId);
        } catch (NotFound outOfReach) {
            throw noCarePlan(id); // audited; the same answer as an unknown id
        }
        return carePlans(plan).stream()
                .filter(carePlan -> carePlan.getIdPart().equals(version.id.toString()))
                .findFirst()
                .orElseThrow(() -> noCarePlan(id));
    }

    /**
     * The patient's published plan versions, oldest first, that match the statuses (none: all) and
     * whose period overlaps the dates; audited as the caller's {@code PLANS_LISTED} of that patient.
     */
    @Transactional
    public Page carePlans(
            Caller caller, UUID patientId, Set<String> statuses, DateBounds dates, int count, Cursor after) {
        care.readable(caller, Action.PLANS_LISTED, patientId);
        List<Keyed> rows = new ArrayList<>();
        Plan.forPatient(patientId).ifPresent(plan -> {
            for (CarePlan carePlan : carePlans(plan)) {
                if (!statuses.isEmpty()
                        && !statuses.contains(carePlan.getStatus().toCode())) {
                    continue;
                }
                Instant start = carePlan.getPeriod().getStart().toInstant();
                Instant end = carePlan.getPeriod().getEnd() == null
                        ? null
                        : carePlan.getPeriod().getEnd().toInstant();
                if (!overlaps(dates, start, end)) {
                    continue;
                }
                rows.add(new Keyed(new Cursor(start, UUID.fromString(carePlan.getIdPart())), carePlan));
            }
        });
        return Keyed.page(rows, after, count);
    }

    /** Whether a period [start, end) (end null: still running) shares an instant with the dates. */
    static boolean overlaps(DateBounds dates, Instant start, Instant end) {
        boolean startsBeforeRangeEnds = dates.to() == null || start.isBefore(dates.to());
        boolean endsAfterRangeStarts = dates.from() == null || end == null || end.isAfter(dates.from());
        return startsBeforeRangeEnds && endsAfterRangeStarts;
    }

    /** Every published version of a plan as a CarePlan, each knowing the one it replaced and its successor. */
    private static List<CarePlan> carePlans(Plan plan) {
        List<PlanVersion> published = PlanVersion.history(plan.id).stream()
                .filter(v -> v.status == SHOWN)
                .toList();
        List<CarePlan> all = new ArrayList<>();
        for (int i = 0; i < published.size(); i++) {
            PlanVersion version = published.get(i);
            all.add(ToFhir.carePlan(
                    plan,
                    version,
                    PlanItem.of(version.id),
                    i == 0 ? null : published.get(i - 1),
                    i + 1 < published.size() ? published.get(i + 1) : null));
        }
        return all;
    }

    @Transactional
    public PlanDefinition planDefinition(String id) {
        UUID protocolId = SearchParams.uuidOrNull(id);
        Protocol protocol = protocolId == null ? null : Protocol.findById(protocolId);
        if (protocol == null) {
            throw new NotFound("No PlanDefinition " + id + ".");
        }
        return ToFhir.planDefinition(protocol);
    }

    /**
     * Condition protocols and the clinic's templates matching the filters: built-in protocols first
     * (they have no creation time), then templates in the order they were saved.
     */
    @Transactional
    public Page planDefinitions(
            Set<String> statuses, List<StringMatch> names, List<StringMatch> titles, int count, Cursor after) {
        List<Keyed> rows = new ArrayList<>();
        for (Protocol protocol : Protocol.<Protocol>listAll()) {
            PlanDefinition definition = ToFhir.planDefinition(protocol);
            if (!statuses.isEmpty() && !statuses.contains(definition.getStatus().toCode())) {
                continue;
            }
            if (!names.stream().allMatch(match -> match.test(definition.getName()))
                    || !titles.stream().allMatch(match -> match.test(definition.getTitle()))) {
                continue;
            }
            Instant at = protocol.createdAt == null ? Instant.EPOCH : protocol.createdAt;
            rows.add(new Keyed(new Cursor(at, protocol.id), definition));
        }
        return Keyed.page(rows, after, count);
    }

    private static NotFound noCarePlan(String id) {
        return new NotFound("No CarePlan " + id + ".");
    }
}
