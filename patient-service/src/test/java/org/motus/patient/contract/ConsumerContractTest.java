package org.motus.patient.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.motus.patient.testing.Fixtures.as;
import static org.motus.patient.testing.Fixtures.assign;
import static org.motus.patient.testing.Fixtures.checkIn;
import static org.motus.patient.testing.Fixtures.sql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.flag.FlagKind;
import org.motus.patient.record.Condition;
import org.motus.patient.rules.ActivityCeiling;
import org.motus.patient.rules.AdviceCode;
import org.motus.patient.rules.EpisodeOutcome;
import org.motus.patient.rules.HeartRateCheck;
import org.motus.patient.rules.Severity;
import org.motus.patient.rules.TwoHourRule;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Enrolled;
import org.motus.patient.testing.Tokens;
import org.motus.patient.testing.Tokens.Person;

/**
 * The provider side of the consumer contracts (README "Contracts"): therapist-service and
 * session-gateway each keep, in their own test resources, the samples of patient-service's answers
 * their stubs reply with and the interactions (who asks what, in which provider state) they rely on.
 * This test replays every interaction against the real patient-service (real PostgreSQL, real
 * tokens of the test OIDC server, state seeded through {@link Fixtures}) and fails when an answer
 * no longer carries what a consumer's sample says it does: a field missing or renamed, a JSON type
 * changed, a verdict or condition the service cannot send, another status, another problem type.
 * The consumers' own tests answer from the same files, so both sides are checked against one text.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ConsumerContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Consumer name to its contract file; paths are relative to this module (Surefire's working directory). */
    private static final Map<String, Path> CONSUMERS = consumers();

    /** Where a sample names a patient-service enum: the values the service can send there. */
    private static final Map<String, Set<String>> ENUMS = Map.of(
            "$.conditions[]", names(Condition.values()),
            "$[].twoHourRule", names(TwoHourRule.Outcome.values()),
            "$[].ceiling", names(ActivityCeiling.Outcome.values()),
            "$[].heartRate.outcome", names(HeartRateCheck.Outcome.values()),
            "$[].advice[].code", names(AdviceCode.values()),
            "$.pain.meaning", names(EpisodeOutcome.Meaning.values()),
            "$.flags.raised[].kind", names(FlagKind.values()),
            "$.flags.raised[].severity", names(Severity.values()));

    /** The provider states this test can set up; an interaction asking for another one fails. */
    private static final Set<String> STATES = Set.of(
            "pat is enrolled",
            "paula is enrolled",
            "tess treats pat",
            "tess treats paula",
            "pat chose Spanish",
            "paula has two conditions and nothing else",
            "stranger does not treat pat",
            "pat logged sessions this week");

    private static Map<String, Path> consumers() {
        Map<String, Path> consumers = new LinkedHashMap<>();
        consumers.put(
                "therapist-service",
                Path.of("..", "therapist-service", "src", "test", "resources", "contract", "patient-service.json"));
        consumers.put(
                "session-gateway",
                Path.of("..", "session-gateway", "src", "test", "resources", "contract", "patient-service.json"));
        return consumers;
    }

    static Stream<Arguments> interactions() {
        List<Arguments> all = new ArrayList<>();
        CONSUMERS.forEach((consumer, file) -> {
            JsonNode interactions = read(file).get("_interactions");
            for (int i = 0; i < interactions.size(); i++) {
                all.add(Arguments.of(
                        consumer, i, interactions.get(i).get("description").asText()));
            }
        });
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("interactions")
    void theRealServiceAnswersAsTheConsumerExpects(String consumer, int index, String description) throws IOException {
        JsonNode contract = read(CONSUMERS.get(consumer));
        JsonNode interaction = contract.get("_interactions").get(index);
        State state = new State();
        for (JsonNode name : interaction.get("state")) {
            state.given(name.asText());
        }

        RequestSpecification request = given().auth()
                .oauth2(state.person(interaction.get("as").asText()).token())
                .accept("application/json");
        Iterator<Map.Entry<String, JsonNode>> query = interaction.path("query").fields();
        while (query.hasNext()) {
            Map.Entry<String, JsonNode> parameter = query.next();
            request = request.queryParam(
                    parameter.getKey(), state.resolve(parameter.getValue().asText()));
        }
        if (interaction.has("request")) {
            request = request.contentType("application/json")
                    .body(state.resolve(JSON.writeValueAsString(interaction.get("request"))));
        }
        String path = state.resolve(interaction.get("path").asText());
        Response response = request.request(interaction.get("method").asText(), path);

        String where = consumer + " / " + description + " ("
                + interaction.get("method").asText() + " " + path + ")";
        assertEquals(
                interaction.get("status").asInt(),
                response.statusCode(),
                where + ": status; body " + response.asString());
        if (!interaction.has("body")) {
            assertEquals("", response.asString(), where + ": the consumer expects no body");
            return;
        }
        JsonNode expected = contract.get(interaction.get("body").asText());
        JsonNode actual = JSON.readTree(response.asString());

        Set<String> problems = new LinkedHashSet<>();
        compare("$", expected, actual, problems);
        for (JsonNode field : interaction.path("sameValues")) {
            String name = field.asText();
            if (!expected.path(name).equals(actual.path(name))) {
                problems.add("$." + name + ": the consumer expects " + expected.path(name) + ", patient-service sent "
                        + actual.path(name));
            }
        }
        if (!problems.isEmpty()) {
            fail(where + " breaks the consumer's contract (sample "
                    + interaction.get("body").asText() + "):\n  " + String.join("\n  ", problems) + "\nreal answer: "
                    + actual);
        }
    }

    /** Every sample a consumer's stub answers with is checked by at least one interaction, and each state is known. */
    @Test
    void everySampleIsReplayedAndEveryStateIsKnown() {
        CONSUMERS.forEach((consumer, file) -> {
            assertTrue(
                    Files.isRegularFile(file),
                    consumer + " keeps its expectations of patient-service in " + file.normalize());
            JsonNode contract = read(file);
            assertFalse(contract.path("_interactions").isEmpty(), consumer + " declares interactions");
            Set<String> replayed = new HashSet<>();
            for (JsonNode interaction : contract.get("_interactions")) {
                if (interaction.has("body")) {
                    replayed.add(interaction.get("body").asText());
                    assertTrue(
                            contract.has(interaction.get("body").asText()),
                            consumer + ": no sample " + interaction.get("body"));
                } else {
                    assertEquals(204, interaction.get("status").asInt(), consumer + ": only a 204 has no sample");
                }
                for (JsonNode state : interaction.get("state")) {
                    assertTrue(
                            STATES.contains(state.asText()),
                            consumer + ": unknown provider state '" + state.asText() + "'");
                }
            }
            Set<String> samples = new HashSet<>();
            contract.fieldNames().forEachRemaining(name -> {
                if (!name.startsWith("_")) {
                    samples.add(name);
                }
            });
            samples.removeAll(replayed);
            assertEquals(Set.of(), samples, consumer + ": samples no interaction replays against patient-service");
        });
    }

    /**
     * Every field of the sample is in the real answer with the same JSON type (a null on either side
     * only requires the field to be there); arrays the sample fills are filled in the real answer,
     * and each sample element is compared with each real one; enum values are ones the service has.
     */
    static void compare(String path, JsonNode expected, JsonNode actual, Set<String> problems) {
        if (actual == null || actual.isMissingNode()) {
            problems.add(path + " is missing");
            return;
        }
        if (expected.isNull() || actual.isNull()) {
            return;
        }
        if (!sameType(expected, actual)) {
            problems.add(path + ": the consumer expects " + expected.getNodeType() + " (" + expected
                    + "), patient-service sent " + actual.getNodeType() + " (" + actual + ")");
            return;
        }
        if (expected.isObject()) {
            expected.fieldNames()
                    .forEachRemaining(
                            name -> compare(path + "." + name, expected.get(name), actual.get(name), problems));
        } else if (expected.isArray()) {
            if (!expected.isEmpty() && actual.isEmpty()) {
                problems.add(path + " is empty, the consumer's sample has " + expected.size() + " element(s)");
            }
            for (JsonNode element : expected) {
                for (JsonNode real : actual) {
                    compare(path + "[]", element, real, problems);
                }
            }
        } else if (expected.isTextual() && ENUMS.containsKey(path)) {
            Set<String> known = ENUMS.get(path);
            if (!known.contains(expected.asText())) {
                problems.add(path + ": the consumer expects " + expected.asText() + ", patient-service can send only "
                        + known);
            }
        }
    }

    private static boolean sameType(JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return !expected.isIntegralNumber() || actual.isIntegralNumber();
        }
        return expected.getNodeType() == actual.getNodeType();
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.normalize(), e);
        }
    }

    /**
     * One small clinic per interaction: pat (a full record: birth date, baseline, condition, goals,
     * contact, Europe/Berlin), paula (defaults only until a state adds to them), tess and a stranger (therapists), an admin.
     * The states link and fill them.
     */
    private static final class State {
        private final Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Patient"));
        private final Enrolled paula = Fixtures.enrol(Tokens.patient("Paula Patient"));
        private final Person tess = Tokens.therapist("Tess Therapist");
        private final Person stranger = Tokens.therapist("Stranger Therapist");
        private final Person admin = Tokens.admin("Adam Admin");
        /** The gateway's service account (Keycloak client credentials), realm role notifier. */
        private final Person notifier = new Person(UUID.randomUUID().toString(), "Session Gateway", "notifier");

        private final UUID visit = UUID.randomUUID();
        private final Instant weekStart = LocalDate.now(ZoneOffset.UTC)
                .minusDays(6)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        private final Instant weekEnd = LocalDate.now(ZoneOffset.UTC)
                .plusDays(1)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();

        State() {
            sql(
                    "update patient set date_of_birth = ?1, baseline_pain = 6, goals = 'Walk the dog for 30 minutes without back pain',"
                            + " contact_email = 'pat@example.org', contact_phone = '+1 555 0100', time_zone = 'Europe/Berlin',"
                            + " time_zone_set_at = ?2 where id = ?3",
                    LocalDate.of(1970, 5, 14),
                    Instant.now(),
                    pat.id());
            sql("insert into patient_condition (patient_id, code) values (?1, 'LOW_BACK')", pat.id());
        }

        void given(String state) {
            switch (state) {
                case "pat is enrolled", "paula is enrolled", "stranger does not treat pat" -> {}
                case "paula has two conditions and nothing else" -> {
                    sql("insert into patient_condition (patient_id, code) values (?1, 'FIBROMYALGIA')", paula.id());
                    sql("insert into patient_condition (patient_id, code) values (?1, 'NECK_SHOULDER')", paula.id());
                }
                case "tess treats pat" -> assign(pat.id(), tess);
                case "tess treats paula" -> assign(paula.id(), tess);
                case "pat chose Spanish" ->
                    as(pat.person())
                            .body("{\"language\":\"es\"}")
                            .put("/api/v1/preferences/language")
                            .then()
                            .statusCode(200);
                case "pat logged sessions this week" -> {
                    UUID backToBaseline = Fixtures.logSessionReadyForFollowUp(pat, 3, 3, 3);
                    as(pat.person())
                            .body(checkIn("FOLLOW_UP", 2, backToBaseline))
                            .post("/api/v1/patients/{id}/check-ins", pat.id())
                            .then()
                            .statusCode(201);
                    Fixtures.logSession(pat, 3, 6, 5);
                }
                default -> fail("unknown provider state '" + state + "'");
            }
        }

        Person person(String name) {
            return switch (name) {
                case "pat" -> pat.person();
                case "paula" -> paula.person();
                case "tess" -> tess;
                case "stranger" -> stranger;
                case "admin" -> admin;
                case "notifier" -> notifier;
                default -> throw new IllegalArgumentException("unknown caller " + name);
            };
        }

        String resolve(String template) {
            return template.replace("{pat}", pat.idText())
                    .replace("{paula}", paula.idText())
                    .replace("{visit}", visit.toString())
                    .replace("{weekStart}", weekStart.toString())
                    .replace("{weekEnd}", weekEnd.toString());
        }
    }
}
