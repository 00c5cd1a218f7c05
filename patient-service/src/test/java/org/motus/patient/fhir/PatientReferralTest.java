package org.motus.patient.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.FakeAccounts;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Tokens;
import org.motus.patient.testing.Tokens.Person;
import org.motus.problem.testing.FhirValidation;

/** Issue 15 item 4: a referral arrives from another system as a FHIR Patient and becomes an invited patient. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class PatientReferralTest {

    private static final String EHR = "urn:oid:1.2.36.146.595.217.0.1";

    private static String referral(String mrn, String email, String extra) {
        return """
                {"resourceType":"Patient",
                 "identifier":[{"system":"%s","value":"%s"}],
                 "name":[{"family":"Okafor","given":["Nina","Ada"]}],
                 "telecom":[{"system":"phone","value":"+44 20 7946 0000"},{"system":"email","value":"%s"}]%s}""".formatted(EHR, mrn, email, extra);
    }

    private static String unique(String who) {
        return who + "-" + UUID.randomUUID() + "@referrals.example";
    }

    private static Response post(Person caller, String body, String ifNoneExist) {
        var request = given().auth()
                .oauth2(caller.token())
                .contentType("application/fhir+json")
                .urlEncodingEnabled(false)
                .body(body);
        if (ifNoneExist != null) {
            request = request.header("If-None-Exist", ifNoneExist);
        }
        return request.post("/fhir/R4/Patient");
    }

    @Test
    void aTherapistsReferralInvitesThePatientOntoTheirCaseloadOnceWhateverTheRetries() {
        Person theo = Tokens.therapist("Theo Referrer");
        String mrn = "MRN-" + UUID.randomUUID();
        String email = unique("nina");
        String body = referral(mrn, email, ",\"birthDate\":\"1971-04-09\"");

        Response created = post(theo, body, "identifier=" + EHR + "|" + mrn);
        created.then()
                .statusCode(201)
                .contentType(startsWith("application/fhir+json"))
                .header("Location", containsString("/fhir/R4/Patient/"));
        assertEquals(List.of(), FhirValidation.errors(created.asString()));
        Patient patient = (Patient) FhirValidation.parse(created.asString());
        UUID id = UUID.fromString(patient.getIdPart());
        assertEquals("Nina Ada Okafor", patient.getNameFirstRep().getText());
        assertEquals("1971-04-09", patient.getBirthDateElement().getValueAsString());
        assertEquals(EHR, patient.getIdentifierFirstRep().getSystem());
        assertEquals(mrn, patient.getIdentifierFirstRep().getValue());

        // Invited as the REST invitation does: an account with the patient role and its email, on theo's caseload.
        var account = FakeAccounts.byEmail(email).orElseThrow();
        assertEquals(1, FakeAccounts.sentTo(account.subject()).size());
        Fixtures.as(theo)
                .get("/api/v1/patients/{id}", id)
                .then()
                .statusCode(200)
                .body("dateOfBirth", equalTo("1971-04-09"));

        // The EHR retries: the record it made, no second invitation.
        post(theo, body, "Patient?identifier=" + EHR + "|" + mrn)
                .then()
                .statusCode(200)
                .body("id", equalTo(id.toString()));
        assertEquals(1, FakeAccounts.sentTo(account.subject()).size());
        assertEquals(1, Fixtures.count("select count(*) from patient_identifier where value = ?1", mrn));
        // Readable by identifier afterwards, as any Patient of the caseload.
        given().auth()
                .oauth2(theo.token())
                .get("/fhir/R4/Patient/{id}", id)
                .then()
                .statusCode(200)
                .body("identifier[0].value", equalTo(mrn));
    }

    @Test
    void aRetryFromOutsideTheCaseloadIsAConflictThatShowsNoRecord() {
        Person theo = Tokens.therapist("Theo Referrer");
        String mrn = "MRN-" + UUID.randomUUID();
        String body = referral(mrn, unique("ada"), "");
        post(theo, body, "identifier=" + EHR + "|" + mrn).then().statusCode(201);

        Person other = Tokens.therapist("Oona Other");
        Response conflict = post(other, body, "identifier=" + EHR + "|" + mrn);
        conflict.then().statusCode(409).contentType(startsWith("application/fhir+json"));
        assertEquals(List.of(), FhirValidation.errors(conflict.asString()));
        assertTrue(!conflict.asString().contains("Okafor"), conflict::asString);
        // Without the condition, the same identifier for a new person is refused whole: no second account.
        String otherEmail = unique("copy");
        post(other, referral(mrn, otherEmail, ""), null).then().statusCode(409);
        assertTrue(FakeAccounts.byEmail(otherEmail).isEmpty(), "the account was deleted again");
    }

    @Test
    void anAdminRefersWithoutClinicalFieldsAndIsAnsweredAnOutcomeNotTheRecord() {
        Person adam = Tokens.admin("Adam Admin");
        String mrn = "MRN-" + UUID.randomUUID();
        String email = unique("admin-referral");
        post(adam, referral(mrn, email, ",\"birthDate\":\"1980-01-01\""), null)
                .then()
                .statusCode(403);
        assertTrue(FakeAccounts.byEmail(email).isEmpty());

        Response created = post(adam, referral(mrn, email, ""), null);
        created.then()
                .statusCode(201)
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].severity", equalTo("information"))
                .header("Location", containsString("/fhir/R4/Patient/"));
        assertEquals(List.of(), FhirValidation.errors(created.asString()));
        assertTrue(FakeAccounts.byEmail(email).isPresent());
    }

    @Test
    void aPatientCannotReferAndMalformedReferralsAreRefusedWithoutAnAccount() {
        Person pat = Tokens.patient("Pat Referred");
        post(pat, referral("MRN-x", unique("self"), ""), null).then().statusCode(403);
        Person theo = Tokens.therapist("Theo Referrer");
        String email = unique("malformed");
        for (String bad : List.of(
                "",
                "not json",
                "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{}}",
                referral("MRN-1", "not-an-email", ""),
                "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Okafor\",\"given\":[\"Nina\"]}]}",
                "{\"resourceType\":\"Patient\",\"telecom\":[{\"system\":\"email\",\"value\":\"" + email + "\"}]}",
                referral("MRN-1", email, ",\"birthDate\":\"2999-01-01\""),
                referral("MRN-1", email, ",\"birthDate\":\"1971\""),
                referral("MRN-1", email, ",\"active\":false"),
                referral("MRN-1", email, ",\"unknownField\":1"),
                referral("", email, ""),
                """
                {"resourceType":"Patient","name":[{"family":"<script>","given":["Nina"]}],
                 "telecom":[{"system":"email","value":"%s"}]}""".formatted(email))) {
            Response refused = post(theo, bad, null);
            refused.then().statusCode(400).contentType(startsWith("application/fhir+json"));
            assertEquals(List.of(), FhirValidation.errors(refused.asString()), bad);
        }
        // A condition the body does not carry, or one Motus does not understand.
        post(theo, referral("MRN-1", email, ""), "identifier=" + EHR + "|MRN-2")
                .then()
                .statusCode(400);
        post(theo, referral("MRN-1", email, ""), "family=Okafor").then().statusCode(400);
        assertTrue(FakeAccounts.byEmail(email).isEmpty(), "no account for a refused referral");
    }
}
