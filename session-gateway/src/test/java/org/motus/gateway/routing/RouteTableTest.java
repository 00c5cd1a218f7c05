package org.motus.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RouteTableTest {

    private final RouteTable table = RouteTable.of(Map.of(
            "/api/v1/patients", "http://localhost:8081",
            "/api/v1/exercises", "http://localhost:8082",
            "/api/v1/patients/care-team", "https://care.example:9443/base/"));

    @ParameterizedTest
    @CsvSource({
        "/api/v1/patients,             /api/v1/patients",
        "/api/v1/patients/me,          /api/v1/patients",
        "/api/v1/patients/42/plans,    /api/v1/patients",
        "/api/v1/exercises,            /api/v1/exercises",
        "/api/v1/exercises/7,          /api/v1/exercises",
        "/api/v1/patients/care-team/x, /api/v1/patients/care-team",
    })
    void longestWholeSegmentPrefixOwnsThePath(String path, String owner) {
        assertEquals(owner, table.match(path).orElseThrow().prefix());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/patientsX", "/api/v1/me", "/api/v1", "/", "/patients", "/api/v2/patients"})
    void pathsNoRouteOwnsStayWithTheGateway(String path) {
        assertTrue(table.match(path).isEmpty());
    }

    @Test
    void upstreamKeepsSchemePortAndBasePath() {
        Upstream upstream =
                table.match("/api/v1/patients/care-team").orElseThrow().upstream();
        assertEquals(new Upstream("care.example", 9443, true, "/base"), upstream);
        assertEquals("/base/api/v1/patients/care-team?a=1", upstream.uriFor("/api/v1/patients/care-team", "a=1"));
        assertEquals(new Upstream("localhost", 80, false, ""), Upstream.parse("http://localhost"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/patients", "/api/v1/patients/", "/api/v1/*", "/api/v1/../admin", "api/v1/x"})
    void routesOutsideApiOrWithWildcardsAreRejected(String prefix) {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> RouteTable.of(Map.of(prefix, "http://localhost:8081")));
        assertTrue(e.getMessage().contains(prefix), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:8081", "ftp://localhost", "http://", "http://localhost:8081?x=1", "not a url"})
    void upstreamsThatAreNotHttpUrlsAreRejected(String baseUrl) {
        assertThrows(IllegalArgumentException.class, () -> RouteTable.of(Map.of("/api/v1/x", baseUrl)));
    }

    @Test
    void fhirResourceTypesRouteLikeApiPrefixes() {
        RouteTable fhir = RouteTable.of(Map.of("/fhir/R4/Observation", "http://localhost:8081"));
        assertEquals(
                "/fhir/R4/Observation",
                fhir.match("/fhir/R4/Observation/pain-1").orElseThrow().prefix());
        assertTrue(fhir.match("/fhir/R4/ObservationDefinition").isEmpty());
        assertThrows(
                IllegalArgumentException.class,
                () -> RouteTable.of(Map.of("/fhir/Observation", "http://localhost:8081")));
    }

    @Test
    void systemLevelFhirOperationsRouteWithTheirDollarSentAsIsOrPercentEncoded() {
        RouteTable fhir = RouteTable.of(Map.of(
                "/fhir/R4/$export", "http://localhost:8081",
                "/fhir/R4/$export-status", "http://localhost:8081",
                "/fhir/R4/$export-file", "http://localhost:8081"));
        assertEquals(
                "/fhir/R4/$export", fhir.match("/fhir/R4/$export").orElseThrow().prefix());
        assertEquals(
                "/fhir/R4/$export",
                fhir.match("/fhir/R4/%24export").orElseThrow().prefix());
        assertEquals(
                "/fhir/R4/$export-status",
                fhir.match("/fhir/R4/%24export-status/5d0c").orElseThrow().prefix());
        assertEquals(
                "/fhir/R4/$export-file",
                fhir.match("/fhir/R4/$export-file/5d0c/1").orElseThrow().prefix());
        assertTrue(fhir.match("/fhir/R4/$exports").isEmpty());
        assertTrue(fhir.match("/api/v1/%24export").isEmpty());
    }
}
