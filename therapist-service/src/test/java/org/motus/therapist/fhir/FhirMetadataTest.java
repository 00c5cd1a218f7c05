package org.motus.therapist.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.problem.testing.FhirValidation;
import org.motus.therapist.testing.Fixtures;
import org.motus.therapist.testing.PatientServiceContract;
import org.motus.therapist.testing.PatientServiceContract.TestPatient;
import org.motus.therapist.testing.PatientServiceStub;
import org.motus.therapist.testing.Tokens;

/** The CapabilityStatement says exactly what works: every interaction and search parameter it lists answers. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PatientServiceStub.class)
class FhirMetadataTest {

    @Test
    void theStatementIsPublicValidAndListsExactlyCarePlanAndPlanDefinition() {
        Response response = given().get("/fhir/R4/metadata");
        response.then().statusCode(200).contentType(startsWith("application/fhir+json"));
        assertThat(FhirValidation.errors(response.asString())).isEmpty();
        CapabilityStatement statement = (CapabilityStatement) FhirValidation.parse(response.asString());
        assertThat(statement.getFhirVersion().toCode()).isEqualTo("4.0.1");
        assertThat(statement.getRestFirstRep().getResource())
                .extracting(CapabilityStatementRestResourceComponent::getType)
                .containsExactly("CarePlan", "PlanDefinition");
    }

    @Test
    void everyInteractionSearchParameterAndIncludeItListsAnswers() {
        TestPatient patient =
                PatientServiceContract.patient(List.of("LOW_BACK"), LocalDate.of(1970, 5, 14), Tokens.TESS);
        Fixtures.publishedPlan(
                Tokens.TESS, patient, List.of(Fixtures.item(Fixtures.SIT_TO_STAND, "sets", 2, "reps", 10)));
        String carePlanId = FhirCarePlanApiTest.matches(
                        FhirCarePlanApiTest.bundle(Tokens.TESS, "CarePlan?patient=" + patient.id()),
                        org.hl7.fhir.r4.model.CarePlan.class)
                .get(0)
                .getIdPart();
        // A value that works for each parameter the statement may list; a parameter missing here fails.
        Map<String, String> values = Map.of(
                "CarePlan.patient", "patient=" + patient.id(),
                "CarePlan.subject", "subject=Patient/" + patient.id(),
                "CarePlan.status", "patient=" + patient.id() + "&status=active",
                "CarePlan.date", "patient=" + patient.id() + "&date=ge2020-01-01",
                "PlanDefinition.status", "status=active",
                "PlanDefinition.name", "name=Low",
                "PlanDefinition.title", "title=Low");
        Map<String, String> reads =
                Map.of("CarePlan", "CarePlan/" + carePlanId, "PlanDefinition", "PlanDefinition/" + Fixtures.LOW_BACK);

        CapabilityStatement statement = Capabilities.statement();
        int called = 0;
        for (CapabilityStatementRestResourceComponent resource :
                statement.getRestFirstRep().getResource()) {
            String type = resource.getType();
            for (var interaction : resource.getInteraction()) {
                String path = switch (interaction.getCode()) {
                    case READ -> reads.get(type);
                    case SEARCHTYPE -> type;
                    default -> throw new AssertionError("unexpected interaction " + interaction.getCode());
                };
                if (type.equals("CarePlan")
                        && interaction.getCode() == CapabilityStatement.TypeRestfulInteraction.SEARCHTYPE) {
                    path += "?patient=" + patient.id();
                }
                FhirCarePlanApiTest.fhir(Tokens.TESS, path).then().statusCode(200);
                called++;
            }
            for (var parameter : resource.getSearchParam()) {
                String query = values.get(type + "." + parameter.getName());
                assertThat(query).as(type + "." + parameter.getName()).isNotNull();
                FhirCarePlanApiTest.bundle(Tokens.TESS, type + "?" + query);
                called++;
            }
            for (var include : resource.getSearchInclude()) {
                FhirCarePlanApiTest.bundle(
                        Tokens.TESS, type + "?patient=" + patient.id() + "&_include=" + include.getValue());
                called++;
            }
        }
        assertThat(called).isEqualTo(4 + 7 + 2);
    }
}
