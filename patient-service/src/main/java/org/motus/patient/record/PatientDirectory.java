package org.motus.patient.record;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.record.PatientAccess.Touched;

/**
 * Admin: find patients by name and status, a page at a time, ordered by name in the database's collation (issue 13 item 1). It
 * answers administrative fields only ({@link PatientSummary}); an admin who treats a patient reads
 * the clinical record as their therapist, through the record itself.
 */
@ApplicationScoped
public class PatientDirectory {

    /** Where a page stopped: the last row's name and id (the order). */
    record Cursor(String name, UUID id) {

        String encode() {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString((id + "|" + name).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String token) {
            try {
                String text = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
                return new Cursor(text.substring(37), UUID.fromString(text.substring(0, 36)));
            } catch (RuntimeException e) {
                throw new BadRequestException("cursor must be the 'next' of an earlier page.");
            }
        }
    }

    private final PatientAccess access;

    public PatientDirectory(PatientAccess access) {
        this.access = access;
    }

    public PatientSummaryPage search(
            Caller caller, String query, PatientSummary.Status status, Cursor after, int limit) {
        return access.performForRole(
                caller, Action.SEARCH_PATIENTS, () -> new Touched<>(page(query, status, after, limit), List.of()));
    }

    private static PatientSummaryPage page(String query, PatientSummary.Status status, Cursor after, int limit) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (query != null) {
            where.add("lower(displayName) like lower(:query) escape '\\'");
            parameters.and("query", "%" + escapeLike(query) + "%");
        }
        if (status == PatientSummary.Status.IN_CARE) {
            where.add("dischargedAt is null");
        } else if (status == PatientSummary.Status.DISCHARGED) {
            where.add("dischargedAt is not null");
        }
        if (after != null) {
            where.add("(displayName > :afterName or (displayName = :afterName and id > :afterId))");
            parameters.and("afterName", after.name()).and("afterId", after.id());
        }
        String hql = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by displayName, id";
        List<Patient> rows =
                Patient.<Patient>find(hql, parameters).range(0, limit).list();
        boolean more = rows.size() > limit;
        List<Patient> shown = more ? rows.subList(0, limit) : rows;
        Map<UUID, List<String>> teams = careTeams(shown.stream().map(p -> p.id).toList());
        List<PatientSummary> items = shown.stream()
                .map(p -> PatientSummary.of(p, teams.getOrDefault(p.id, List.of())))
                .toList();
        Patient last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        return new PatientSummaryPage(items, more ? new Cursor(last.displayName, last.id).encode() : null);
    }

    private static Map<UUID, List<String>> careTeams(List<UUID> patientIds) {
        Map<UUID, List<String>> teams = new LinkedHashMap<>();
        if (patientIds.isEmpty()) {
            return teams;
        }
        List<CareTeamMember> members = CareTeamMember.<CareTeamMember>list(
                "key.patientId in ?1 order by assignedAt, key.therapistSubject", patientIds);
        for (CareTeamMember member : members) {
            teams.computeIfAbsent(member.key.patientId(), id -> new ArrayList<>())
                    .add(member.key.therapistSubject());
        }
        return teams;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
