package org.motus.therapist.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.motus.therapist.fhir.FhirCarePlanApiTest.bundle;
import static org.motus.therapist.fhir.FhirCarePlanApiTest.fhir;
import static org.motus.therapist.fhir.FhirCarePlanApiTest.matches;
import static org.motus.therapist.testing.Fixtures.item;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.PlanDefinition.PlanDefinitionActionComponent;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.problem.testing.FhirValidation;
import org.motus.therapist.testing.Fixtures;
import org.motus.therapist.testing.PatientServiceContract;
import org.motus.therapist.testing.PatientServiceContract.TestPatient;
import org.motus.therapist.testing.PatientServiceStub;
import org.motus.therapist.testing.Tokens;

/** PlanDefinition through /fhir/R4: the condition protocols and the clinic's templates, each validated by HAPI. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PatientServiceStub.class)
class FhirPlanDefinitionApiTest {

    @Test
    void aConditionProtocolIsAPlanDefinitionWithItsExercisesAsActionsGroupedBySection() {
        Response response = fhir(Tokens.TESS, "PlanDefinition/" + Fixtures.LOW_BACK);
        response.then().statusCode(200).contentType(startsWith("application/fhir+json"));
        assertThat(FhirValidation.errors(response.asString())).isEmpty();
        PlanDefinition lowBack = (PlanDefinition) FhirValidation.parse(response.asString());

        assertThat(lowBack.getTitle()).isEqualTo("Low back pain");
        assertThat(lowBack.getName()).isEqualTo("LowBack");
        assertThat(lowBack.getStatus().toCode()).isEqualTo("active");
        assertThat(lowBack.getUrl()).isEqualTo("urn:uuid:" + Fixtures.LOW_BACK);
        assertThat(lowBack.getUseContextFirstRep()
                        .getValueCodeableConcept()
                        .getCodingFirstRep()
                        .getCode())
                .isEqualTo("LOW_BACK");
        assertThat(lowBack.getAction())
                .extracting(PlanDefinitionActionComponent::getTitle)
                .containsExactly("Daily 15-minute core routine", "Walking");
        PlanDefinitionActionComponent core = lowBack.getAction().get(0);
        assertThat(core.getAction()).hasSize(5);
        PlanDefinitionActionComponent birdDog = core.getAction().get(0);
        assertThat(birdDog.getCode())
                .extracting(c -> c.getCodingFirstRep().getSystem() + "|"
                        + c.getCodingFirstRep().getCode())
                .containsExactly(Codes.EXERCISE + "|" + Fixtures.BIRD_DOG, Codes.PILLAR + "|RESTORATION");
        assertThat(birdDog.getDescription()).contains("Move slowly");
        assertThat(birdDog.getTimingTiming().getRepeat().getFrequency()).isEqualTo(1);
        assertThat(birdDog.getTimingTiming().getRepeat().getPeriodUnit().toCode())
                .isEqualTo("d");
        PlanDefinitionActionComponent walk =
                lowBack.getAction().get(1).getAction().get(0);
        assertThat(walk.getTimingTiming().getRepeat().getFrequency()).isEqualTo(5);
        assertThat(walk.getTimingTiming().getRepeat().getPeriodUnit().toCode()).isEqualTo("wk");
    }

    @Test
    void theSearchListsEveryProtocolAndPagesWithoutRepeats() {
        Bundle all = bundle(Tokens.TESS, "PlanDefinition?_count=100");
        List<PlanDefinition> everything = matches(all, PlanDefinition.class);
        assertThat(everything)
                .extracting(PlanDefinition::getIdPart)
                .contains(
                        Fixtures.LOW_BACK,
                        Fixtures.NECK_SHOULDER,
                        Fixtures.KNEE_HIP_OA,
                        Fixtures.SCIATICA,
                        Fixtures.FIBROMYALGIA);

        List<String> paged = new ArrayList<>();
        Bundle page = bundle(Tokens.ADAM, "PlanDefinition?_count=2");
        while (true) {
            matches(page, PlanDefinition.class).forEach(d -> paged.add(d.getIdPart()));
            Bundle.BundleLinkComponent next = page.getLink("next");
            if (next == null) {
                break;
            }
            Response response = given().auth().oauth2(Tokens.ADAM.token()).get(next.getUrl());
            response.then().statusCode(200);
            assertThat(FhirValidation.errors(response.asString())).isEmpty();
            page = (Bundle) FhirValidation.parse(response.asString());
        }
        assertThat(paged).doesNotHaveDuplicates();
        assertThat(paged)
                .containsAll(everything.stream().map(PlanDefinition::getIdPart).toList());
    }

    @Test
    void statusNameAndTitleNarrowTheSearch() {
        assertThat(matches(bundle(Tokens.TESS, "PlanDefinition?status=retired,draft"), PlanDefinition.class))
                .isEmpty();
        assertThat(matches(bundle(Tokens.TESS, "PlanDefinition?status=active&_count=100"), PlanDefinition.class))
                .isNotEmpty();
        assertThat(matches(bundle(Tokens.TESS, "PlanDefinition?title=LOW BACK"), PlanDefinition.class))
                .extracting(PlanDefinition::getIdPart)
                .containsExactly(Fixtures.LOW_BACK);
        assertThat(matches(bundle(Tokens.TESS, "PlanDefinition?title:exact=low back pain"), PlanDefinition.class))
                .isEmpty();
        assertThat(matches(bundle(Tokens.TESS, "PlanDefinition?title:exact=Low back pain"), PlanDefinition.class))
                .extracting(PlanDefinition::getIdPart)
                .containsExactly(Fixtures.LOW_BACK);
        assertThat(matches(bundle(Tokens.TESS, "PlanDefinition?name:contains=back"), PlanDefinition.class))
                .extracting(PlanDefinition::getIdPart)
                .contains(Fixtures.LOW_BACK);
    }

    @Test
    void aClinicTemplateIsAPlanDefinitionPublishedByTheTherapistWhoSavedIt() {
        TestPatient patient =
                PatientServiceContract.patient(List.of("LOW_BACK"), LocalDate.of(1970, 5, 14), Tokens.TESS);
        String planId = Fixtures.publishedPlan(
                Tokens.TESS,
                patient,
                List.of(
                        item(Fixtures.GLUTE_BRIDGE, "sets", 2, "reps", 10),
                        item(Fixtures.HAMSTRING_STRETCH, "sets", 2, "holdSeconds", 30)));
        String templateId = given().auth()
                .oauth2(Tokens.TESS.token())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Bridge and stretch (FHIR test)", "planId", planId))
                .post("/api/v1/protocols")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        Response response = fhir(Tokens.TESS, "PlanDefinition/" + templateId);
        response.then().statusCode(200);
        assertThat(FhirValidation.errors(response.asString())).isEmpty();
        PlanDefinition template = (PlanDefinition) FhirValidation.parse(response.asString());
        assertThat(template.getPublisher()).isEqualTo(Tokens.TESS.name());
        assertThat(template.hasDate()).isTrue();
        assertThat(template.getAction()).hasSize(2);
        assertThat(template.getUseContext()).isEmpty();
        assertThat(matches(bundle(Tokens.TESS, "PlanDefinition?title=Bridge and stretch"), PlanDefinition.class))
                .extracting(PlanDefinition::getIdPart)
                .containsExactly(templateId);
    }

    @Test
    void anUnknownProtocolIsNotFoundAndAPatientIsRefusedAsByTheRestApi() {
        for (String id : List.of("0c7a2d2f-4b1b-4d2f-8e2b-0000000000ff", "low-back")) {
            Response response = fhir(Tokens.TESS, "PlanDefinition/" + id);
            response.then()
                    .statusCode(404)
                    .contentType(startsWith("application/fhir+json"))
                    .body("issue[0].code", equalTo("not-found"));
            assertThat(FhirValidation.errors(response.asString())).isEmpty();
        }
        TestPatient patient = PatientServiceContract.patient(List.of("LOW_BACK"), null, Tokens.TESS);
        Response refused = fhir(patient.person(), "PlanDefinition/" + Fixtures.LOW_BACK);
        refused.then()
                .statusCode(403)
                .contentType(startsWith("application/fhir+json"))
                .body("issue[0].code", equalTo("forbidden"));
        assertThat(FhirValidation.errors(refused.asString())).isEmpty();
    }
}
