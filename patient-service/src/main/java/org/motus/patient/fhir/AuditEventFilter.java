package org.motus.patient.fhir;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.motus.patient.audit.AuditOutcome;
import org.motus.problem.fhir.BadSearch;
import org.motus.problem.fhir.DateBounds;
import org.motus.problem.search.NewestFirst;

/**
 * What an AuditEvent search asks for (docs/adr/0053), each part optional: the patient ({@code patient}
 * or {@code entity}, which must agree), the actor ({@code agent}), the action ({@code subtype}), how
 * it ended ({@code outcome}) and when ({@code date}). Comma-separated values mean "or". Pure.
 *
 * @param patients the patient named by {@code patient} and {@code entity}; two different ones match nothing
 * @param agents   Keycloak subjects, null for any
 * @param actions  action names, null for any
 * @param outcomes the rows' outcomes, null for any (empty: {@code outcome=12}, which Motus never records)
 */
public record AuditEventFilter(
        Set<UUID> patients, List<String> agents, List<String> actions, List<AuditOutcome> outcomes, DateBounds dates) {

    static final String OUTCOME_SYSTEM = "http://hl7.org/fhir/audit-event-outcome";

    private static final Pattern SUBJECT = Pattern.compile("^[A-Za-z0-9._@:-]{1,255}$");
    private static final Pattern ACTION = Pattern.compile("^[A-Z][A-Z_]{0,63}$");

    public static AuditEventFilter parse(Map<String, List<String>> query) {
        Set<UUID> patients = new LinkedHashSet<>();
        List<String> patient = query.get("patient");
        if (patient != null) {
            patients.add(SearchParams.patient(patient));
        }
        List<String> entity = query.get("entity");
        if (entity != null) {
            try {
                patients.add(SearchParams.patient(entity));
            } catch (BadSearch e) {
                throw new BadSearch("entity=" + String.join(",", entity)
                        + ": give one Patient (entity=Patient/<id>), the only entity Motus audit events name.");
            }
        }
        return new AuditEventFilter(
                patients,
                agents(query.get("agent"), query.get("agent:identifier")),
                actions(query.get("subtype")),
                outcomes(query.get("outcome")),
                DateBounds.parse(query.getOrDefault("date", List.of())));
    }

    /** The newest-first query over the audit rows, with these conditions. */
    NewestFirst query() {
        NewestFirst query = new NewestFirst();
        if (patients.size() == 1) {
            query.equal("patientId", patients.iterator().next());
        } else if (patients.size() > 1) {
            query.in("patientId", List.of());
        }
        return query.in("actorSubject", agents)
                .in("action", actions)
                .in("outcome", outcomes)
                .between(dates.from(), dates.to());
    }

    /**
     * {@code agent}: the actor as {@code Practitioner/<subject>} or the bare Keycloak subject;
     * {@code agent:identifier}: {@code urn:motus:fhir:account-subject|<subject>} (or the subject alone).
     */
    private static List<String> agents(List<String> references, List<String> identifiers) {
        if (references == null && identifiers == null) {
            return null;
        }
        List<String> subjects = new ArrayList<>();
        for (String value : split(references)) {
            String subject = value.startsWith("Practitioner/") ? value.substring("Practitioner/".length()) : value;
            subjects.add(subject(subject, "agent=" + value));
        }
        for (SearchParams.Token token : SearchParams.tokens(identifiers)) {
            if (token.system() == null || token.system().equals(Codes.ACCOUNT_SUBJECT)) {
                subjects.add(subject(token.code(), "agent:identifier=" + token.code()));
            }
        }
        return subjects;
    }

    private static String subject(String subject, String asked) {
        if (!SUBJECT.matcher(subject).matches()) {
            throw new BadSearch(asked + ": not an account (Practitioner/<subject> or the Keycloak subject).");
        }
        return subject;
    }

    /** {@code subtype}: an action name, in Motus' audit-action system or with no system. */
    private static List<String> actions(List<String> values) {
        if (values == null) {
            return null;
        }
        List<String> actions = new ArrayList<>();
        for (SearchParams.Token token : SearchParams.tokens(values)) {
            if (!ACTION.matcher(token.code()).matches()) {
                throw new BadSearch("subtype=" + token.code() + ": an action name in capitals, such as READ_RECORD.");
            }
            if (token.system() == null || token.system().equals(Codes.AUDIT_ACTION)) {
                actions.add(token.code());
            }
        }
        return actions;
    }

    /** {@code outcome}: 0 success, 4 minor failure (refused or not found), 8 serious failure, 12 (never recorded). */
    private static List<AuditOutcome> outcomes(List<String> values) {
        if (values == null) {
            return null;
        }
        List<AuditOutcome> outcomes = new ArrayList<>();
        for (SearchParams.Token token : SearchParams.tokens(values)) {
            if (token.system() != null && !token.system().equals(OUTCOME_SYSTEM)) {
                throw new BadSearch(
                        "outcome=" + token.system() + "|" + token.code() + ": the system is " + OUTCOME_SYSTEM + ".");
            }
            switch (token.code()) {
                case "0" -> outcomes.add(AuditOutcome.SUCCESS);
                case "4" -> outcomes.addAll(List.of(AuditOutcome.DENIED, AuditOutcome.NOT_FOUND));
                case "8" -> outcomes.add(AuditOutcome.FAILED);
                case "12" -> {
                    // A major failure: Motus records none, so it matches nothing.
                }
                default ->
                    throw new BadSearch("outcome=" + token.code()
                            + ": 0 (success), 4 (minor failure: refused or not found), 8 (serious failure) or 12.");
            }
        }
        return outcomes;
    }

    private static List<String> split(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream()
                .flatMap(value -> java.util.Arrays.stream(value.split(",", -1)))
                .map(String::strip)
                .toList();
    }
}
