package org.motus.patient.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.motus.patient.testing.Tokens.Person;
import org.motus.problem.testing.FhirValidation;

/** The FHIR calls the API tests make, each answer checked by HAPI's validator. */
public final class FhirCalls {

    private FhirCalls() {}

    /** {@code GET /fhir/R4/<path>} as the caller, the path sent as written ({@code $} included). */
    public static Response get(Person caller, String path) {
        return given().auth().oauth2(caller.token()).urlEncodingEnabled(false).get("/fhir/R4/" + path);
    }

    /** A search as the caller: 200, FHIR JSON, a searchset valid with every resource in it. */
    public static Bundle search(Person caller, String path) {
        return checked(get(caller, path));
    }

    /** A {@code next} link (an absolute URL), checked as a search. */
    public static Bundle follow(Person caller, String url) {
        return checked(
                given().auth().oauth2(caller.token()).urlEncodingEnabled(false).get(url));
    }

    public static Bundle checked(Response response) {
        response.then().statusCode(200).contentType(startsWith("application/fhir+json"));
        assertEquals(List.of(), FhirValidation.errors(response.asString()));
        Bundle bundle = (Bundle) FhirValidation.parse(response.asString());
        assertEquals(Bundle.BundleType.SEARCHSET, bundle.getType());
        return bundle;
    }

    /** A failure as a valid OperationOutcome with this status and issue code. */
    public static void outcome(Response response, int status, String issue) {
        response.then()
                .statusCode(status)
                .contentType(startsWith("application/fhir+json"))
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo(issue));
        assertEquals(List.of(), FhirValidation.errors(response.asString()));
    }
}
