package org.motus.therapist.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.motus.therapist.testing.Fixtures.item;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.problem.testing.FhirValidation;
import org.motus.therapist.audit.AuditEvent;
import org.motus.therapist.audit.AuditOutcome;
import org.motus.therapist.testing.Fixtures;
import org.motus.therapist.testing.PatientServiceContract;
import org.motus.therapist.testing.PatientServiceContract.TestPatient;
import org.motus.therapist.testing.PatientServiceStub;
import org.motus.therapist.testing.Tokens;

/**
 * CarePlan and PlanDefinition for machine clients with SMART scopes (issue 15 item 3, ADR 0054): a
 * {@code system/} scope reads every patient's plans, a {@code patient/} scope only its patient's, a
 * missing scope is a 403, every read is audited under the client, and no REST endpoint answers it.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PatientServiceStub.class)
class FhirMachineClientTest {

    private static TestPatient patientWithAPlan() {
        TestPatient patient =
                PatientServiceContract.patient(List.of("LOW_BACK"), LocalDate.of(1970, 5, 14), Tokens.TESS);
        Fixtures.publishedPlan(Tokens.TESS, patient, List.of(item(Fixtures.SIT_TO_STAND, "sets", 2, "reps", 10)));
        return patient;
    }

    private static Response fhir(String token, String path) {
        return given().auth().oauth2(token).get("/fhir/R4/" + path);
    }

    private static Bundle bundle(String token, String path) {
        Response response = fhir(token, path);
        response.then().statusCode(200).contentType(startsWith("application/fhir+json"));
        assertThat(FhirValidation.errors(response.asString())).as(path).isEmpty();
        return (Bundle) FhirValidation.parse(response.asString());
    }

    private static String versionId(TestPatient patient) {
        return FhirCarePlanApiTest.matches(
                        FhirCarePlanApiTest.bundle(Tokens.TESS, "CarePlan?patient=" + patient.id()), CarePlan.class)
                .get(0)
                .getIdPart();
    }

    private static void refused(Response response, String why) {
        assertThat(response.statusCode()).as(why + ": " + response.asString()).isEqualTo(403);
        response.then()
                .contentType(startsWith("application/fhir+json"))
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].diagnostics", containsString("scopes"));
    }

    private static long audited(UUID patientId, String actor, String action, AuditOutcome outcome) {
        return QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.count(
                        "patientId = ?1 and actorSubject = ?2 and action = ?3 and outcome = ?4",
                        patientId,
                        actor,
                        action,
                        outcome));
    }

    @Test
    void aSystemScopeReadsEveryPatientsPlansAndProtocolsAuditedUnderTheClient() {
        TestPatient first = patientWithAPlan();
        TestPatient second = patientWithAPlan();
        String subject = UUID.randomUUID().toString();
        String ehr = Tokens.machine(subject, "clinic-ehr", "openid system/*.read", null);

        for (TestPatient patient : List.of(first, second)) {
            Bundle plans = bundle(ehr, "CarePlan?patient=" + patient.id());
            assertThat(FhirCarePlanApiTest.matches(plans, CarePlan.class)).hasSize(1);
            Response one = fhir(ehr, "CarePlan/" + versionId(patient));
            one.then().statusCode(200);
            assertThat(FhirValidation.errors(one.asString())).isEmpty();
            assertThat(audited(patient.id(), subject, "PLANS_LISTED", AuditOutcome.SUCCESS))
                    .isEqualTo(1);
            assertThat(audited(patient.id(), subject, "PLAN_VERSION_READ", AuditOutcome.SUCCESS))
                    .isEqualTo(1);
        }
        assertThat(bundle(ehr, "PlanDefinition?_count=5").getEntry()).isNotEmpty();
        // A type scope reads that type only.
        String plansOnly = Tokens.machine(subject, "clinic-ehr", "system/CarePlan.read", null);
        bundle(plansOnly, "CarePlan?patient=" + first.id());
        refused(fhir(plansOnly, "PlanDefinition"), "system/CarePlan.read");
    }

    @Test
    void aPatientScopeReachesOnlyItsPatientAndAMissingScopeIsRefused() {
        TestPatient mine = patientWithAPlan();
        TestPatient other = patientWithAPlan();
        String subject = UUID.randomUUID().toString();
        String device = Tokens.machine(subject, "home-device", "patient/*.read", mine.id());

        assertThat(FhirCarePlanApiTest.matches(bundle(device, "CarePlan?patient=" + mine.id()), CarePlan.class))
                .hasSize(1);
        fhir(device, "CarePlan?patient=" + other.id()).then().statusCode(404);
        fhir(device, "CarePlan/" + versionId(other)).then().statusCode(404);
        assertThat(audited(other.id(), subject, "PLANS_LISTED", AuditOutcome.NOT_FOUND))
                .isEqualTo(1);

        for (String scope : List.of("openid", "system/Observation.read", "user/*.read", "patient/*.read")) {
            // patient/*.read without a patient claim names nobody.
            String token = Tokens.machine(subject, "misconfigured", scope, null);
            refused(fhir(token, "CarePlan?patient=" + mine.id()), scope);
        }
        assertThat(audited(mine.id(), subject, "PLANS_LISTED", AuditOutcome.SUCCESS))
                .isEqualTo(1);
    }

    @Test
    void aMachineClientReachesNoRestEndpoint() {
        TestPatient patient = patientWithAPlan();
        String ehr = Tokens.machine(UUID.randomUUID().toString(), "clinic-ehr", "system/*.read system/*.*", null);
        for (String path : List.of(
                "/api/v1/exercises",
                "/api/v1/protocols",
                "/api/v1/plans/mine/active",
                "/api/v1/plans?patientId=" + patient.id())) {
            given().auth().oauth2(ehr).get(path).then().statusCode(403);
        }
    }
}
