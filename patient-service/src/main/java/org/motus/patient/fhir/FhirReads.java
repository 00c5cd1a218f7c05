package org.motus.patient.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Patient;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.checkin.CheckIn;
import org.motus.patient.exerciselog.ExerciseLog;
import org.motus.patient.fhir.SearchParams.Token;
import org.motus.patient.fhir.ToFhir.HeartRateStatistic;
import org.motus.patient.flag.Flag;
import org.motus.patient.record.CareTeamMember;
import org.motus.patient.record.PatientAccess;
import org.motus.patient.record.PatientAccess.Touched;
import org.motus.problem.fhir.DateBounds;

/**
 * The FHIR reads, through the same door as the REST API ({@link PatientAccess}): the same access
 * table rows ({@code READ_RECORD}, {@code READ_CHECK_INS}, {@code READ_SESSIONS}, {@code READ_FLAGS}),
 * so the same people reach the same records (404 outside reach, 403 for an admin's clinical read)
 * and every read leaves the same audit row, granted or refused.
 */
@ApplicationScoped
public class FhirReads {

    /** Order of the tables whose rows share one Observation result order (see {@link Cursor}). */
    static final int PAIN_RANK = 0;

    static final int PEAK_HEART_RATE_RANK = 1;
    static final int MEAN_HEART_RATE_RANK = 2;

    private final PatientAccess access;

    public FhirReads(PatientAccess access) {
        this.access = access;
    }

    /** The record as a FHIR Patient with the identifiers other systems gave it (also for the bulk export). */
    public static Patient patientWithIdentifiers(org.motus.patient.record.Patient record) {
        return ToFhir.patient(record, PatientIdentifiers.of(record.id));
    }

    public Patient patient(Caller caller, UUID patientId) {
        return access.perform(caller, patientId, Action.READ_RECORD, FhirReads::patientWithIdentifiers);
    }

    /**
     * The records in the caller's reach (their own; their caseload), in
     * the order they were created, each shown record audited as a {@code READ_RECORD}.
     */
    public Page patients(Caller caller, Set<UUID> ids, int count, Cursor after) {
        return access.performForRole(caller, Action.READ_RECORD, "FHIR Patient search", () -> {
            StringBuilder query = new StringBuilder("1 = 1");
            List<Object> params = new ArrayList<>();
            // An admin's role gives no clinical record (ADR 0030): the reach is their own record and
            // their caseload, whatever other roles they hold.
            Set<UUID> reach = new LinkedHashSet<>();
            if (caller.is(Caller.PATIENT)) {
                org.motus.patient.record.Patient.findBySubject(caller.subject()).ifPresent(own -> reach.add(own.id));
            }
            if (caller.is(Caller.THERAPIST)) {
                reach.addAll(CareTeamMember.caseloadOf(caller.subject()));
            }
            // A machine client reaches what its scope grants: every record, or the one it names.
            boolean everyRecord = caller.isGrantedMachine() && caller.grant().everyPatient();
            if (caller.isGrantedMachine() && caller.grant().patient() != null) {
                reach.add(caller.grant().patient());
            }
            if (reach.isEmpty() && !everyRecord) {
                return new Touched<>(new Page(List.of(), null), List.of());
            }
            if (!everyRecord) {
                params.add(reach);
                query.append(" and id in ?").append(params.size());
            }
            if (!ids.isEmpty()) {
                params.add(ids);
                query.append(" and id in ?").append(params.size());
            }
            if (after != null) {
                params.add(after.at());
                params.add(after.id());
                query.append(" and (createdAt > ?")
                        .append(params.size() - 1)
                        .append(" or (createdAt = ?")
                        .append(params.size() - 1)
                        .append(" and id > ?")
                        .append(params.size())
                        .append("))");
            }
            query.append(" order by createdAt, id");
            List<org.motus.patient.record.Patient> records =
                    org.motus.patient.record.Patient.<org.motus.patient.record.Patient>find(
                                    query.toString(), params.toArray())
                            .page(0, count + 1)
                            .list();
            List<Keyed> rows = records.stream()
                    .map(record ->
                            new Keyed(new Cursor(record.createdAt, 0, record.id), patientWithIdentifiers(record)))
                    .toList();
            Page page = Keyed.page(rows, after, count);
            List<UUID> shown = page.resources().stream()
                    .map(resource -> UUID.fromString(resource.getIdElement().getIdPart()))
                    .toList();
            return new Touched<>(page, shown);
        });
    }

    /**
     * Pain readings (check-ins, the readings of logged sessions included) and the heart rate of
     * logged sessions, in time order. Each table read is its own access-checked, audited read, so
     * an outsider gets 404 whatever the codes asked for.
     */
    public Page observations(
            Caller caller, UUID patientId, List<Token> codes, DateBounds dates, int count, Cursor after) {
        boolean pain = codes.isEmpty() || codes.stream().anyMatch(t -> t.matches(Codes.LOINC, Codes.PAIN_SEVERITY));
        boolean heartRate = codes.isEmpty() || codes.stream().anyMatch(t -> t.matches(Codes.LOINC, Codes.HEART_RATE));
        List<Keyed> rows = new ArrayList<>();
        if (pain || !heartRate) {
            rows.addAll(access.perform(
                    caller,
                    patientId,
                    Action.READ_CHECK_INS,
                    patient -> pain ? painRows(patientId, dates, count, after) : List.of()));
        }
        if (heartRate) {
            rows.addAll(access.perform(
                    caller, patientId, Action.READ_SESSIONS, patient -> heartRateRows(patientId, dates, count, after)));
        }
        return Keyed.page(rows, after, count);
    }

    /** The patient's flags, oldest first, optionally only {@code active} (open) or {@code inactive} (acknowledged). */
    public Page flags(Caller caller, UUID patientId, List<Token> statuses, int count, Cursor after) {
        boolean active = statuses.isEmpty() || statuses.stream().anyMatch(t -> t.matches(null, "active"));
        boolean inactive = statuses.isEmpty() || statuses.stream().anyMatch(t -> t.matches(null, "inactive"));
        return access.perform(caller, patientId, Action.READ_FLAGS, patient -> {
            if (!active && !inactive) {
                return new Page(List.of(), null);
            }
            String status = active && inactive
                    ? ""
                    : active ? " and acknowledgedAt is null" : " and acknowledgedAt is not null";
            Map<String, Object> params = params(patientId, null);
            List<Flag> flags = Flag.<Flag>find(
                            "patientId = :patient" + status + after(after, PAIN_RANK, "raisedAt", params)
                                    + " order by raisedAt, id",
                            params)
                    .page(0, count + 1)
                    .list();
            return Keyed.page(
                    flags.stream()
                            .map(flag -> new Keyed(new Cursor(flag.raisedAt, PAIN_RANK, flag.id), ToFhir.flag(flag)))
                            .toList(),
                    after,
                    count);
        });
    }

    private static List<Keyed> painRows(UUID patientId, DateBounds dates, int count, Cursor after) {
        Map<String, Object> params = params(patientId, dates);
        List<CheckIn> readings = CheckIn.<CheckIn>find(
                        "patientId = :patient and occurredAt >= :from and occurredAt < :to"
                                + after(after, PAIN_RANK, "occurredAt", params)
                                + " order by occurredAt, id",
                        params)
                .page(0, count + 1)
                .list();
        return readings.stream()
                .map(reading -> new Keyed(new Cursor(reading.occurredAt, PAIN_RANK, reading.id), ToFhir.pain(reading)))
                .toList();
    }

    private static List<Keyed> heartRateRows(UUID patientId, DateBounds dates, int count, Cursor after) {
        // A session gives two rows (peak, then mean); fetch whole sessions from the cursor's time on
        // and let Keyed.page drop what the cursor already passed.
        Map<String, Object> params = params(patientId, dates);
        String cursor = "";
        if (after != null) {
            params.put("at", after.at());
            cursor = " and startedAt >= :at";
        }
        List<ExerciseLog> sessions = ExerciseLog.<ExerciseLog>find(
                        "patientId = :patient and startedAt >= :from and startedAt < :to"
                                + " and (peakHeartRateBpm is not null or averageHeartRateBpm is not null)"
                                + cursor
                                + " order by startedAt, id",
                        params)
                .page(0, count + 2 + (after == null ? 0 : sameTime(patientId, after)))
                .list();
        List<Keyed> rows = new ArrayList<>();
        for (ExerciseLog session : sessions) {
            ToFhir.heartRate(session, HeartRateStatistic.PEAK)
                    .ifPresent(o ->
                            rows.add(new Keyed(new Cursor(session.startedAt, PEAK_HEART_RATE_RANK, session.id), o)));
            ToFhir.heartRate(session, HeartRateStatistic.MEAN)
                    .ifPresent(o ->
                            rows.add(new Keyed(new Cursor(session.startedAt, MEAN_HEART_RATE_RANK, session.id), o)));
        }
        return rows;
    }

    /** Sessions that started exactly at the cursor's time: all of them are fetched again and filtered. */
    private static int sameTime(UUID patientId, Cursor after) {
        return (int) ExerciseLog.count("patientId = ?1 and startedAt = ?2", patientId, after.at());
    }

    /**
     * A query's keyset condition for a table of one rank: rows after the cursor in (time, rank, id)
     * order. A table ranked after the cursor's starts at its time, one ranked before just after it.
     * Adds its parameters as :at and :id.
     */
    private static String after(Cursor after, int rank, String time, Map<String, Object> params) {
        if (after == null) {
            return "";
        }
        params.put("at", after.at());
        if (rank > after.rank()) {
            return " and " + time + " >= :at";
        }
        if (rank < after.rank()) {
            return " and " + time + " > :at";
        }
        params.put("id", after.id());
        return " and (" + time + " > :at or (" + time + " = :at and id > :id))";
    }

    private static Map<String, Object> params(UUID patientId, DateBounds dates) {
        Map<String, Object> params = new HashMap<>();
        params.put("patient", patientId);
        if (dates != null) {
            params.put("from", dates.fromOrMin());
            params.put("to", dates.toOrMax());
        }
        return params;
    }
}
