package org.motus.patient.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.motus.patient.testing.Fixtures.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Clinic;
import org.motus.patient.testing.Tokens.Person;
import org.motus.problem.testing.FhirValidation;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class PromFhirApiTest {

    private static Response get(Person caller, String path) {
        return given().auth().oauth2(caller.token()).urlEncodingEnabled(false).get("/fhir/R4/" + path);
    }

    private static String answerPeg(Clinic clinic, int pain) {
        return as(clinic.pat().person())
                .body(Map.of(
                        "instrument",
                        "PEG_3",
                        "items",
                        List.of(
                                Map.of("item", "pain", "value", pain),
                                Map.of("item", "enjoyment", "value", 5),
                                Map.of("item", "activity", "value", 5))))
                .post("/api/v1/patients/{id}/proms", clinic.pat().id())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void theQuestionnairesAreValidAndFoundByIdAndByUrl() {
        Clinic clinic = Fixtures.clinic();
        Response psfs = get(clinic.pat().person(), "Questionnaire/psfs");
        psfs.then()
                .statusCode(200)
                .contentType(startsWith("application/fhir+json"))
                .body("name", equalTo("PSFS"));
        assertEquals(List.of(), FhirValidation.errors(psfs.asString()));
        Response search = get(clinic.tess(), "Questionnaire?url=urn:motus:fhir:Questionnaire:peg-3");
        search.then().statusCode(200).body("entry.resource.id", equalTo(List.of("peg-3")));
        assertEquals(List.of(), FhirValidation.errors(search.asString()));
        get(clinic.tess(), "Questionnaire/promis-pi-4a")
                .then()
                .statusCode(404)
                .body("resourceType", equalTo("OperationOutcome"));
    }

    @Test
    void theTreatingTherapistPagesThroughThePatientsResponsesAndEachIsValid() {
        Clinic clinic = Fixtures.clinic();
        String first = answerPeg(clinic, 7);
        String second = answerPeg(clinic, 4);
        Response page1 = get(
                clinic.tess(), "QuestionnaireResponse?patient=" + clinic.pat().idText() + "&_count=1");
        page1.then().statusCode(200).contentType(startsWith("application/fhir+json"));
        assertEquals(List.of(), FhirValidation.errors(page1.asString()));
        Bundle bundle = (Bundle) FhirValidation.parse(page1.asString());
        assertEquals(
                first, bundle.getEntryFirstRep().getResource().getIdElement().getIdPart());
        String next = bundle.getLink("next").getUrl();
        Response page2 = given().auth()
                .oauth2(clinic.tess().token())
                .urlEncodingEnabled(false)
                .get(next);
        page2.then().statusCode(200);
        Bundle bundle2 = (Bundle) FhirValidation.parse(page2.asString());
        assertEquals(
                second, bundle2.getEntryFirstRep().getResource().getIdElement().getIdPart());
        assertEquals(null, bundle2.getLink("next"));

        Response read = get(clinic.pat().person(), "QuestionnaireResponse/" + second);
        read.then().statusCode(200);
        assertEquals(List.of(), FhirValidation.errors(read.asString()));
        QuestionnaireResponse response = (QuestionnaireResponse) FhirValidation.parse(read.asString());
        assertEquals("urn:motus:fhir:Questionnaire:peg-3|1", response.getQuestionnaire());
    }

    @Test
    void anotherPatientAndATherapistOutsideTheCaseloadGet404AndAnAdmin403() {
        Clinic clinic = Fixtures.clinic();
        String id = answerPeg(clinic, 6);
        get(clinic.paula().person(), "QuestionnaireResponse/" + id).then().statusCode(404);
        get(clinic.stranger(), "QuestionnaireResponse?patient=" + clinic.pat().idText())
                .then()
                .statusCode(404);
        get(clinic.admin(), "QuestionnaireResponse/" + id).then().statusCode(403);
        get(clinic.paula().person(), "QuestionnaireResponse/" + java.util.UUID.randomUUID())
                .then()
                .statusCode(404);
    }
}
