package org.motus.deploy.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.motus.deploy.assembly.Layout;

/**
 * The gateway as the browser sees it: a session from the real Keycloak login form (no browser,
 * see {@link GatewaySession}), /api routed to the services with the user's token, and access
 * decided by the services.
 */
@ExtendWith(RunningMotus.class)
class GatewayIT {

    @Test
    void withoutASessionTheApiAnswers401ProblemDetailsNotARedirect(Layout layout) {
        HttpResponse<String> me = new GatewaySession(layout).api("/api/v1/me");
        assertEquals(401, me.statusCode(), () -> Http.describe(me));
        assertTrue(
                me.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                () -> Http.describe(me));
        assertEquals(401, Http.json(me).path("status").asInt());
    }

    @Test
    void aSignedInPatientGetsTheirNameRecordAndExercisesThroughTheGateway(Layout layout) {
        GatewaySession pat = new GatewaySession(layout).signIn(DemoUser.PAT);

        HttpResponse<String> me = pat.api("/api/v1/me");
        assertEquals(200, me.statusCode(), () -> Http.describe(me));
        assertEquals("Pat Patient", Http.json(me).path("name").asText(), () -> Http.describe(me));
        assertEquals("pat", Http.json(me).path("username").asText());
        assertTrue(Http.json(me).path("roles").toString().contains("\"patient\""), () -> Http.describe(me));

        HttpResponse<String> record = pat.api("/api/v1/patients/me");
        assertEquals(200, record.statusCode(), () -> Http.describe(record));
        assertFalse(Http.json(record).path("id").asText().isEmpty(), () -> Http.describe(record));

        HttpResponse<String> exercises = pat.api("/api/v1/exercises");
        assertEquals(200, exercises.statusCode(), () -> Http.describe(exercises));
        assertTrue(Http.json(exercises).isArray() && !Http.json(exercises).isEmpty(), () -> Http.describe(exercises));
    }

    @Test
    void aTherapistAskingForAPatientNotOnTheirCaseloadGets404(Layout layout) {
        // The demo caseload: tess treats pat, not paula.
        HttpResponse<String> paulaRecord =
                new GatewaySession(layout).signIn(DemoUser.PAULA).api("/api/v1/patients/me");
        assertEquals(200, paulaRecord.statusCode(), () -> Http.describe(paulaRecord));
        String paulaId = Http.json(paulaRecord).path("id").asText();

        GatewaySession tess = new GatewaySession(layout).signIn(DemoUser.TESS);
        HttpResponse<String> other = tess.api("/api/v1/patients/" + paulaId);
        assertEquals(404, other.statusCode(), () -> Http.describe(other));
        JsonNode problem = Http.json(other);
        assertEquals(404, problem.path("status").asInt(), () -> Http.describe(other));
    }

    @Test
    void theDischargeSummaryPdfReachesThePatientAndTheirTherapistAndNobodyElse(Layout layout) {
        GatewaySession pat = new GatewaySession(layout).signIn(DemoUser.PAT);
        String patId = Http.json(pat.api("/api/v1/patients/me")).path("id").asText();
        // Fetched as a link in the browser is: no Accept header of the web app's JSON calls.
        String url = layout.gatewayUrl() + "/api/v1/discharge-summaries/" + patId;

        for (GatewaySession reader : new GatewaySession[] {pat, new GatewaySession(layout).signIn(DemoUser.TESS)}) {
            HttpResponse<String> pdf = reader.get(url);
            assertEquals(200, pdf.statusCode(), () -> Http.describe(pdf));
            assertEquals(
                    "application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
            assertTrue(pdf.body().startsWith("%PDF-"), "a PDF, through the gateway from therapist-service");
        }
        HttpResponse<String> paula =
                new GatewaySession(layout).signIn(DemoUser.PAULA).get(url);
        assertEquals(404, paula.statusCode(), () -> Http.describe(paula));
    }

    @Test
    void aPatientDownloadsEverythingMotusHoldsAboutThemAsOneFhirBundle(Layout layout) {
        GatewaySession pat = new GatewaySession(layout).signIn(DemoUser.PAT);
        String patId = Http.json(pat.api("/api/v1/patients/me")).path("id").asText();

        HttpResponse<String> everything = pat.get(layout.gatewayUrl() + "/fhir/R4/Patient/" + patId + "/$everything");
        assertEquals(200, everything.statusCode(), () -> Http.describe(everything));
        JsonNode bundle = Http.json(everything);
        assertEquals("Bundle", bundle.path("resourceType").asText());
        assertEquals(
                "Patient",
                bundle.path("entry")
                        .path(0)
                        .path("resource")
                        .path("resourceType")
                        .asText());
        assertTrue(
                bundle.path("entry").size() > 10,
                "the demo patient's record with its readings, care team and consents: "
                        + bundle.path("entry").size());

        HttpResponse<String> paula = new GatewaySession(layout)
                .signIn(DemoUser.PAULA)
                .get(layout.gatewayUrl() + "/fhir/R4/Patient/" + patId + "/$everything");
        assertEquals(404, paula.statusCode(), () -> Http.describe(paula));
    }

    /**
     * Issue 15 item 2 through the real assembly: one CapabilityStatement merged from the three
     * owners, and each owner's resources through the gateway with the caller's session: pat's
     * CarePlan from therapist-service with his Patient included (therapist-service asks
     * patient-service with tess's own token), his visits as Appointments from the gateway itself.
     * paula, another patient, reaches neither.
     */
    @Test
    void fhirResourcesOfEveryOwnerAnswerThroughTheGatewayWithinReach(Layout layout) {
        GatewaySession tess = new GatewaySession(layout).signIn(DemoUser.TESS);
        String fhir = layout.gatewayUrl() + "/fhir/R4";

        HttpResponse<String> metadata = tess.get(fhir + "/metadata");
        assertEquals(200, metadata.statusCode(), () -> Http.describe(metadata));
        java.util.Set<String> types = new java.util.TreeSet<>();
        Http.json(metadata)
                .path("rest")
                .path(0)
                .path("resource")
                .forEach(r -> types.add(r.path("type").asText()));
        assertTrue(
                types.containsAll(java.util.List.of(
                        "Patient",
                        "Observation",
                        "CarePlan",
                        "PlanDefinition",
                        "Appointment",
                        "QuestionnaireResponse")),
                () -> "merged types: " + types);

        String patId = PatientPages.PAT_RECORD;
        HttpResponse<String> plans = tess.get(fhir + "/CarePlan?patient=" + patId + "&_include=CarePlan:subject");
        assertEquals(200, plans.statusCode(), () -> Http.describe(plans));
        java.util.List<String> entries = new java.util.ArrayList<>();
        Http.json(plans)
                .path("entry")
                .forEach(
                        e -> entries.add(e.path("resource").path("resourceType").asText() + "/"
                                + e.path("search").path("mode").asText()));
        assertTrue(entries.contains("CarePlan/match"), () -> "pat's published plan: " + entries);
        assertTrue(entries.contains("Patient/include"), () -> "pat's Patient, included: " + entries);

        HttpResponse<String> visits = tess.get(fhir + "/Appointment?patient=" + patId);
        assertEquals(200, visits.statusCode(), () -> Http.describe(visits));
        assertEquals("Bundle", Http.json(visits).path("resourceType").asText());

        GatewaySession paula = new GatewaySession(layout).signIn(DemoUser.PAULA);
        HttpResponse<String> hisPlans = paula.get(fhir + "/CarePlan?patient=" + patId);
        assertTrue(
                hisPlans.statusCode() == 404
                        || (hisPlans.statusCode() == 200
                                && Http.json(hisPlans).path("entry").isEmpty()),
                () -> Http.describe(hisPlans));
        HttpResponse<String> hisVisits = paula.get(fhir + "/Appointment?patient=" + patId);
        assertEquals(200, hisVisits.statusCode(), () -> Http.describe(hisVisits));
        assertTrue(Http.json(hisVisits).path("entry").isEmpty(), () -> Http.describe(hisVisits));
    }

    @Test
    void anEhrWithClientCredentialsReadsFhirThroughTheGatewayAsItsScopesAllow(Layout layout) {
        String fhir = layout.gatewayUrl() + "/fhir/R4";
        String patId = PatientPages.PAT_RECORD;

        // Discovery: where to get a token (public, no session).
        HttpResponse<String> smart = Http.get(fhir + "/.well-known/smart-configuration", null);
        assertEquals(200, smart.statusCode(), () -> Http.describe(smart));
        assertEquals(
                layout.issuer() + "/protocol/openid-connect/token",
                Http.json(smart).path("token_endpoint").asText());

        // Keycloak issues the token with the SMART scopes asked for (client scopes of the realm).
        String everything = KeycloakTokens.clientToken(layout, "system/*.read");
        JsonNode claims = jwtClaims(everything);
        assertTrue(claims.path("scope").asText().contains("system/*.read"), () -> "scope: " + claims);
        assertTrue(claims.path("realm_access").path("roles").toString().contains("fhir-client"), claims::toString);

        for (String path : java.util.List.of(
                "/Patient/" + patId,
                "/Observation?patient=" + patId,
                "/CarePlan?patient=" + patId + "&_include=CarePlan:subject",
                "/Appointment?patient=" + patId,
                "/Patient/" + patId + "/$everything")) {
            HttpResponse<String> read = Http.get(fhir + path, everything);
            assertEquals(200, read.statusCode(), () -> path + ": " + Http.describe(read));
            assertFalse(Http.json(read).path("resourceType").asText().isEmpty(), () -> Http.describe(read));
        }
        HttpResponse<String> plans =
                Http.get(fhir + "/CarePlan?patient=" + patId + "&_include=CarePlan:subject", everything);
        java.util.List<String> entries = new java.util.ArrayList<>();
        Http.json(plans)
                .path("entry")
                .forEach(
                        e -> entries.add(e.path("resource").path("resourceType").asText()));
        assertTrue(entries.containsAll(java.util.List.of("CarePlan", "Patient")), () -> "entries: " + entries);

        // Scopes missing: only Observation was asked for.
        String observations = KeycloakTokens.clientToken(layout, "system/Observation.read");
        assertEquals(
                200,
                Http.get(fhir + "/Observation?patient=" + patId, observations).statusCode());
        for (String path :
                java.util.List.of("/Patient/" + patId, "/CarePlan?patient=" + patId, "/Appointment?patient=" + patId)) {
            HttpResponse<String> refused = Http.get(fhir + path, observations);
            assertEquals(403, refused.statusCode(), () -> path + ": " + Http.describe(refused));
            assertEquals(
                    "OperationOutcome", Http.json(refused).path("resourceType").asText());
        }
        // A client writes nothing, reaches no REST endpoint, and a forged token is refused at the gateway.
        HttpResponse<String> write =
                Http.postJson(fhir + "/Observation", everything, "{\"resourceType\":\"Observation\"}");
        assertEquals(403, write.statusCode(), () -> Http.describe(write));
        assertEquals(
                401,
                Http.get(layout.gatewayUrl() + "/api/v1/patients/me", everything)
                        .statusCode());
        assertEquals(
                401,
                Http.get(fhir + "/Patient/" + patId, everything.substring(0, everything.length() - 4) + "AAAA")
                        .statusCode());
    }

    private static JsonNode jwtClaims(String token) {
        String payload = token.split("\\.")[1];
        try {
            return Http.JSON.readTree(new String(
                    java.util.Base64.getUrlDecoder().decode(payload), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not a JWT payload", e);
        }
    }
}
