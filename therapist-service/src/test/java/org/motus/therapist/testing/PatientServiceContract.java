package org.motus.therapist.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * patient-service as therapist-service relies on it: the JSON samples of
 * {@code src/test/resources/contract/patient-service.json} (one file, to check against the real
 * API) and the stubs built from them. Each test patient is a sample with its own id, conditions
 * and token, on the caseload of the therapists named.
 */
public final class PatientServiceContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode SAMPLES = load();

    private PatientServiceContract() {}

    /** A deep copy of a named sample. */
    public static JsonNode sample(String name) {
        JsonNode node = SAMPLES.get(name);
        if (node == null) {
            throw new IllegalArgumentException("no sample " + name);
        }
        return node.deepCopy();
    }

    /** Every sample, by name. */
    public static JsonNode all() {
        return SAMPLES.deepCopy();
    }

    /** A patient known to the stub: their patient-service id and their own token. */
    public record TestPatient(UUID id, Tokens.Person person, JsonNode record) {}

    /**
     * Registers a new patient shaped like {@code patient.pat}: they may read themselves (GET /me and
     * GET /{id}), and each of {@code therapists} may read them (their caseload).
     */
    public static TestPatient patient(List<String> conditions, LocalDate dateOfBirth, Tokens.Person... therapists) {
        return patientInZone("UTC", conditions, dateOfBirth, therapists);
    }

    /** A patient living in an IANA time zone: their weeks are counted there (clinical-rules.md §18). */
    public static TestPatient patientInZone(
            String timeZone, List<String> conditions, LocalDate dateOfBirth, Tokens.Person... therapists) {
        UUID id = UUID.randomUUID();
        return register(
                id,
                Tokens.patient("Patient " + id.toString().substring(0, 8)),
                timeZone,
                null,
                conditions,
                dateOfBirth,
                therapists);
    }

    /** The same patient as patient-service now describes them (e.g. a new diagnosis); newer stubs win. */
    public static TestPatient patientWithId(
            TestPatient patient, List<String> conditions, LocalDate dateOfBirth, Tokens.Person... therapists) {
        return register(
                patient.id(),
                patient.person(),
                patient.record().get("timeZone").asText(),
                patient.record().path("language").textValue(),
                conditions,
                dateOfBirth,
                therapists);
    }

    /** The same patient, having chosen a language for Motus (en, es or de) in patient-service. */
    public static TestPatient speaking(String language, TestPatient patient, Tokens.Person... therapists) {
        JsonNode record = patient.record();
        List<String> conditions = new java.util.ArrayList<>();
        record.get("conditions").forEach(condition -> conditions.add(condition.asText()));
        return register(
                patient.id(),
                patient.person(),
                record.get("timeZone").asText(),
                language,
                conditions,
                record.get("dateOfBirth").isNull()
                        ? null
                        : LocalDate.parse(record.get("dateOfBirth").asText()),
                therapists);
    }

    private static TestPatient register(
            UUID id,
            Tokens.Person person,
            String timeZone,
            String language,
            List<String> conditions,
            LocalDate dateOfBirth,
            Tokens.Person... therapists) {
        ObjectNode record = (ObjectNode) sample("patient.pat");
        record.put("id", id.toString());
        record.put("timeZone", timeZone);
        record.put("language", language); // null: they follow their browser
        record.put("displayName", person.name());
        if (dateOfBirth == null) {
            record.putNull("dateOfBirth");
        } else {
            record.put("dateOfBirth", dateOfBirth.toString());
        }
        ArrayNode conditionNames = record.putArray("conditions");
        conditions.forEach(conditionNames::add);
        String body = record.toString();
        ObjectNode episode = (ObjectNode) sample("episode.pat");
        episode.put("patientId", id.toString());
        episode.put("displayName", person.name());
        episode.put("zone", timeZone);
        String episodeBody = episode.toString();
        var server = PatientServiceStub.server();
        server.stubFor(get(urlPathEqualTo("/api/v1/patients/me"))
                .atPriority(1)
                .withHeader("Authorization", equalTo("Bearer " + person.token()))
                .willReturn(okJson(body)));
        server.stubFor(get(urlPathEqualTo("/api/v1/patients/" + id))
                .atPriority(1)
                .withHeader("Authorization", equalTo("Bearer " + person.token()))
                .willReturn(okJson(body)));
        for (Tokens.Person therapist : therapists) {
            server.stubFor(get(urlPathEqualTo("/api/v1/patients/" + id))
                    .atPriority(1)
                    .withHeader("Authorization", equalTo("Bearer " + therapist.token()))
                    .willReturn(okJson(body)));
        }
        // The episode (discharge summary figures) for everyone who may read the record.
        for (Tokens.Person reader : readers(person, therapists)) {
            server.stubFor(get(urlPathEqualTo("/api/v1/patients/" + id + "/discharge-summary"))
                    .atPriority(1)
                    .withHeader("Authorization", equalTo("Bearer " + reader.token()))
                    .willReturn(okJson(episodeBody)));
        }
        return new TestPatient(id, person, record);
    }

    private static List<Tokens.Person> readers(Tokens.Person patient, Tokens.Person... therapists) {
        List<Tokens.Person> readers = new java.util.ArrayList<>(List.of(therapists));
        readers.add(patient);
        return readers;
    }

    /**
     * Answers the therapist's question for the patient's sessions in exactly the week asked for
     * ({@code from}/{@code to} as the contract names them) with a named sample.
     */
    public static void sessions(TestPatient patient, Tokens.Person therapist, LocalDate weekStart, String sampleName) {
        sessions(patient, therapist, weekStart, (ArrayNode) sample(sampleName));
    }

    /** The same, with sessions built by the test; the week runs Monday 00:00 to Monday 00:00 in the patient's zone. */
    public static void sessions(TestPatient patient, Tokens.Person therapist, LocalDate weekStart, ArrayNode sessions) {
        ZoneId zone = ZoneId.of(patient.record().get("timeZone").asText());
        Instant from = weekStart.atStartOfDay(zone).toInstant();
        Instant to = weekStart.plusWeeks(1).atStartOfDay(zone).toInstant();
        PatientServiceStub.server()
                .stubFor(get(urlPathEqualTo("/api/v1/patients/" + patient.id() + "/sessions"))
                        .atPriority(1)
                        .withHeader("Authorization", equalTo("Bearer " + therapist.token()))
                        .withQueryParam("from", equalTo(from.toString()))
                        .withQueryParam("to", equalTo(to.toString()))
                        .willReturn(okJson(sessions.toString())));
    }

    /**
     * The same week served in two pages, as patient-service pages a long list (its ADR 0044): the
     * first {@code firstPage} sessions with {@code Link: <...cursor=...>; rel="next"}, the rest on
     * the page that cursor names.
     */
    public static void sessionsInTwoPages(
            TestPatient patient, Tokens.Person therapist, LocalDate weekStart, String sampleName, int firstPage) {
        ArrayNode all = (ArrayNode) sample(sampleName);
        ArrayNode first = JSON.createArrayNode();
        ArrayNode rest = JSON.createArrayNode();
        for (int i = 0; i < all.size(); i++) {
            (i < firstPage ? first : rest).add(all.get(i));
        }
        ZoneId zone = ZoneId.of(patient.record().get("timeZone").asText());
        Instant from = weekStart.atStartOfDay(zone).toInstant();
        Instant to = weekStart.plusWeeks(1).atStartOfDay(zone).toInstant();
        String path = "/api/v1/patients/" + patient.id() + "/sessions";
        PatientServiceStub.server()
                .stubFor(get(urlPathEqualTo(path))
                        .atPriority(1)
                        .withHeader("Authorization", equalTo("Bearer " + therapist.token()))
                        .withQueryParam("from", equalTo(from.toString()))
                        .withQueryParam("to", equalTo(to.toString()))
                        .withQueryParam("cursor", com.github.tomakehurst.wiremock.client.WireMock.absent())
                        .willReturn(okJson(first.toString())
                                .withHeader(
                                        "Link",
                                        "<" + path + "?from=" + from + "&to=" + to
                                                + "&limit=2&cursor=c2Vjb25kLXBhZ2U>; rel=\"next\"")));
        PatientServiceStub.server()
                .stubFor(get(urlPathEqualTo(path))
                        .atPriority(1)
                        .withHeader("Authorization", equalTo("Bearer " + therapist.token()))
                        .withQueryParam("cursor", equalTo("c2Vjb25kLXBhZ2U"))
                        .willReturn(okJson(rest.toString())));
    }

    private static JsonNode load() {
        try (InputStream in = PatientServiceContract.class.getResourceAsStream("/contract/patient-service.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the patient-service contract samples", e);
        }
    }
}
