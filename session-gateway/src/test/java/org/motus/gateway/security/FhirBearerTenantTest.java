package org.motus.gateway.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FhirBearerTenantTest {

    @Test
    void onlyABearerCallUnderFhirUsesTheBearerTenant() {
        assertTrue(FhirBearerTenant.isBearerFhirCall("/fhir/R4/Observation", "Bearer abc.def.ghi"));
        assertTrue(FhirBearerTenant.isBearerFhirCall("/fhir/R4/Patient/1/$everything", "bearer abc"));
        assertTrue(FhirBearerTenant.isBearerFhirCall("/fhir", "Bearer x"));
        // The web app's calls carry the session cookie, not a bearer token.
        assertFalse(FhirBearerTenant.isBearerFhirCall("/fhir/R4/Observation", null));
        assertFalse(FhirBearerTenant.isBearerFhirCall("/fhir/R4/Observation", "Basic dXNlcjpwYXNz"));
        assertFalse(FhirBearerTenant.isBearerFhirCall("/fhir/R4/Observation", "Bearer "));
        // The REST API and the pages never take a bearer token at the gateway.
        assertFalse(FhirBearerTenant.isBearerFhirCall("/api/v1/patients/me", "Bearer abc"));
        assertFalse(FhirBearerTenant.isBearerFhirCall("/fhirish", "Bearer abc"));
        assertFalse(FhirBearerTenant.isBearerFhirCall("/", "Bearer abc"));
    }
}
