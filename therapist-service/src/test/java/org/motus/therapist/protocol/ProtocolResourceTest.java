package org.motus.therapist.protocol;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.therapist.testing.Fixtures;
import org.motus.therapist.testing.PatientServiceContract;
import org.motus.therapist.testing.PatientServiceStub;
import org.motus.therapist.testing.Tokens;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PatientServiceStub.class)
class ProtocolResourceTest {

    static JsonPath protocol(String id) {
        return given().auth()
                .oauth2(Tokens.TESS.token())
                .get("/api/v1/protocols/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void fiveConditionProtocolsAreSeeded() {
        given().auth()
                .oauth2(Tokens.TESS.token())
                .get("/api/v1/protocols")
                .then()
                .statusCode(200)
                .body(
                        "slug",
                        hasItems(
                                "low-back",
                                "neck-shoulder-office",
                                "knee-hip-osteoarthritis",
                                "sciatica",
                                "fibromyalgia"))
                .body(
                        "conditions.flatten()",
                        hasItems("LOW_BACK", "NECK_SHOULDER", "KNEE_OA", "HIP_OA", "SCIATICA", "FIBROMYALGIA"));
    }

    @Test
    void lowBackHasWalkingAndAFifteenMinuteDailyCoreRoutine() {
        JsonPath p = protocol(Fixtures.LOW_BACK);
        assertThat(p.getList("items.exerciseSlug", String.class))
                .contains("brisk-walk", "bird-dog", "dead-bug", "hamstring-stretch", "hip-flexor-stretch");
        List<Map<String, Object>> core = p.getList("items.findAll { it.section == 'Daily 15-minute core routine' }");
        int minutes = core.stream()
                .mapToInt(i -> (Integer) ((Map<?, ?>) i.get("dosage")).get("durationMinutes"))
                .sum();
        assertThat(minutes).isEqualTo(15);
        assertThat(core)
                .allSatisfy(i -> assertThat(((Map<?, ?>) i.get("dosage")).get("daysPerWeek"))
                        .isEqualTo(7));
    }

    @Test
    void neckAndShoulderUsesTwoMinuteBandSessionsAndChestAndUpperBackStretches() {
        JsonPath p = protocol(Fixtures.NECK_SHOULDER);
        List<Map<String, Object>> band = p.getList("items.findAll { it.section == '2-minute band sessions' }");
        assertThat(band).isNotEmpty().allSatisfy(i -> {
            assertThat(((Map<?, ?>) i.get("dosage")).get("durationMinutes")).isEqualTo(2);
            assertThat(i.get("kind")).isEqualTo("STRENGTH");
        });
        assertThat(p.getList("items.exerciseSlug", String.class))
                .contains("doorway-chest-stretch", "upper-back-stretch");
    }

    @Test
    void osteoarthritisOffersWaterBasedAerobicWork() {
        JsonPath p = protocol(Fixtures.KNEE_HIP_OA);
        assertThat(p.getList("conditions", String.class)).containsExactlyInAnyOrder("KNEE_OA", "HIP_OA");
        assertThat(p.getString("items.find { it.exerciseSlug == 'pool-walking' }.section"))
                .containsIgnoringCase("water");
        assertThat(p.getList("items.findAll { it.kind == 'STRENGTH' }")).isNotEmpty();
        // issue 12 item 10: leg swings in water are strength work, filed under leg strength (V6), not under the aerobic
        // heading
        assertThat(p.getString("items.find { it.exerciseSlug == 'pool-leg-swings' }.section"))
                .isEqualTo("Leg strength");
        assertThat(p.getList("items.findAll { it.section.toLowerCase().contains('aerobic') }.kind", String.class))
                .containsOnly("AEROBIC");
        assertThat(p.getList("items.findAll { it.kind == 'AEROBIC' }.section", String.class))
                .allSatisfy(section -> assertThat(section).containsAnyOf("aerobic", "Land-based"));
        assertThat(p.getList("items.position", Integer.class)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(p.getList("items.exerciseSlug", String.class))
                .startsWith("pool-walking", "stationary-cycling", "pool-leg-swings", "sit-to-stand");
        assertThat(p.getString("evidence")).contains("35-40 %");
    }

    @Test
    void sciaticaUsesStraightLegRaisesAndANerveFriendlyProgression() {
        JsonPath p = protocol(Fixtures.SCIATICA);
        assertThat(p.getList("items.exerciseSlug", String.class))
                .contains("straight-leg-raise", "sciatic-nerve-slider");
        assertThat(p.getString("items.find { it.exerciseSlug == 'sciatic-nerve-slider' }.notes"))
                .contains("tensioner");
    }

    @Test
    void fibromyalgiaIsModerateOnlyInShortBouts() {
        given().auth()
                .oauth2(Tokens.TESS.token())
                .get("/api/v1/protocols/" + Fixtures.FIBROMYALGIA)
                .then()
                .statusCode(200)
                .body(
                        "items.findAll { it.kind == 'AEROBIC' }.dosage.targetZoneHighPercent",
                        everyItem(lessThanOrEqualTo(75)))
                .body(
                        "items.findAll { it.kind == 'AEROBIC' }.dosage.durationMinutes",
                        everyItem(lessThanOrEqualTo(20)));
    }

    @Test
    void protocolsFilterByConditionAndRefuseUnknownOnes() {
        given().auth()
                .oauth2(Tokens.TESS.token())
                .queryParam("condition", "hip_oa")
                .get("/api/v1/protocols")
                .then()
                .statusCode(200)
                .body("slug", contains("knee-hip-osteoarthritis"));
        given().auth()
                .oauth2(Tokens.TESS.token())
                .queryParam("condition", "GOUT")
                .get("/api/v1/protocols")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("condition"));
    }

    @ParameterizedTest(name = "{0} starts a plan without warnings")
    @CsvSource({
        "0c7a2d2f-4b1b-4d2f-8e2b-000000000001, LOW_BACK",
        "0c7a2d2f-4b1b-4d2f-8e2b-000000000002, NECK_SHOULDER",
        "0c7a2d2f-4b1b-4d2f-8e2b-000000000003, KNEE_OA",
        "0c7a2d2f-4b1b-4d2f-8e2b-000000000004, SCIATICA",
        "0c7a2d2f-4b1b-4d2f-8e2b-000000000005, FIBROMYALGIA"
    })
    void everyProtocolStartsAPlanWithinDomainRanges(String protocolId, String condition) {
        var patient = PatientServiceContract.patient(List.of(condition), LocalDate.of(1972, 3, 1), Tokens.TESS);
        Fixtures.createPlan(Tokens.TESS, patient.id(), protocolId)
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("version", equalTo(1))
                .body("warnings", empty());
    }
}
