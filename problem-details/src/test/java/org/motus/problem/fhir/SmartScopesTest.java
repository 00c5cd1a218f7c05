package org.motus.problem.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.motus.problem.fhir.SmartScopes.Context;

class SmartScopesTest {

    @Test
    void aTokenWithoutSmartScopesHasNone() {
        assertTrue(SmartScopes.parse(null).isEmpty());
        assertTrue(SmartScopes.parse("  ").isEmpty());
        assertTrue(SmartScopes.parse("openid profile email motus-api").isEmpty());
    }

    @Test
    void version1ReadsAndWildcards() {
        SmartScopes scopes = SmartScopes.parse("openid system/Observation.read patient/*.read");
        assertEquals(Optional.of(Context.SYSTEM), scopes.broadestRead("Observation"));
        assertEquals(Optional.of(Context.PATIENT), scopes.broadestRead("Patient"));
        assertEquals(EnumSet.of(Context.SYSTEM, Context.PATIENT), scopes.readContexts("Observation"));
        assertTrue(scopes.readsEveryType(Context.PATIENT));
        assertFalse(scopes.readsEveryType(Context.SYSTEM));
        assertEquals(
                Optional.of(Context.SYSTEM), SmartScopes.parse("system/*.*").broadestRead("Flag"));
    }

    @Test
    void version2ReadOrSearchLettersGrantARead() {
        assertEquals(
                Optional.of(Context.SYSTEM),
                SmartScopes.parse("system/Observation.rs").broadestRead("Observation"));
        assertEquals(Optional.of(Context.USER), SmartScopes.parse("user/Flag.r").broadestRead("Flag"));
        assertEquals(Optional.of(Context.USER), SmartScopes.parse("user/Flag.s").broadestRead("Flag"));
        assertEquals(
                Optional.of(Context.SYSTEM), SmartScopes.parse("system/*.cruds").broadestRead("CarePlan"));
    }

    @Test
    void writesAndMalformedScopesGrantNoRead() {
        for (String claim : Set.of(
                "system/Observation.write",
                "system/Observation.cud",
                "system/Observation.",
                "system/Observation.sr", // v2 letters out of order
                "system/observation.read", // types begin with a capital
                "System/Observation.read",
                "machine/Observation.read",
                "system/Observation.read?category=vital-signs",
                "system//Observation.read",
                "system/Obs-ervation.read",
                "system/*.readx")) {
            SmartScopes scopes = SmartScopes.parse(claim);
            assertTrue(scopes.isEmpty(), claim);
            assertEquals(Optional.empty(), scopes.broadestRead("Observation"), claim);
        }
    }

    @Test
    void aTypeGrantIsForThatTypeOnly() {
        SmartScopes scopes = SmartScopes.parse("system/Observation.read");
        assertEquals(Optional.empty(), scopes.broadestRead("Patient"));
        assertEquals(Optional.empty(), scopes.broadestRead("ObservationDefinition"));
        assertFalse(scopes.readsEveryType(Context.SYSTEM));
    }

    @Test
    void theBroadestContextWins() {
        SmartScopes scopes = SmartScopes.parse("patient/Patient.read user/Patient.read system/Patient.read");
        assertEquals(Optional.of(Context.SYSTEM), scopes.broadestRead("Patient"));
        assertEquals(
                Optional.of(Context.USER),
                SmartScopes.parse("patient/Patient.read user/Patient.read").broadestRead("Patient"));
        assertEquals(
                "patient/Patient.read user/Patient.read",
                SmartScopes.parse("patient/Patient.read user/Patient.rs").toString());
    }

    @Test
    void theResourceTypeOfARequestPath() {
        assertEquals(Optional.of("Observation"), SmartScopes.resourceTypeOf("/fhir/R4/Observation"));
        assertEquals(Optional.of("Patient"), SmartScopes.resourceTypeOf("/fhir/R4/Patient/42/$everything"));
        assertEquals(Optional.of("Flag"), SmartScopes.resourceTypeOf("fhir/R4/Flag?patient=1"));
        assertEquals(Optional.of("CarePlan"), SmartScopes.resourceTypeOf("CarePlan/7"));
        assertEquals(Optional.empty(), SmartScopes.resourceTypeOf("/fhir/R4/metadata"));
        assertEquals(Optional.empty(), SmartScopes.resourceTypeOf("/fhir/R4/$export"));
        assertEquals(Optional.empty(), SmartScopes.resourceTypeOf("/fhir/R4/"));
        assertEquals(Optional.empty(), SmartScopes.resourceTypeOf(null));
    }

    @Test
    void theReadARequestPathNeeds() {
        SmartScopes observations = SmartScopes.parse("system/Observation.read patient/Patient.read");
        assertEquals(Optional.of(Context.SYSTEM), observations.readContextFor("/fhir/R4/Observation"));
        assertEquals(Optional.of(Context.PATIENT), observations.readContextFor("/fhir/R4/Patient/1"));
        // $everything returns every type: a grant of one or two is not enough.
        assertEquals(Optional.empty(), observations.readContextFor("/fhir/R4/Patient/1/$everything"));
        assertEquals(Optional.empty(), observations.readContextFor("/fhir/R4/$export"));
        SmartScopes patientWide = SmartScopes.parse("patient/*.read");
        assertEquals(Optional.of(Context.PATIENT), patientWide.readContextFor("/fhir/R4/Patient/1/%24everything"));
        // A system-level operation needs the system context.
        assertEquals(Optional.empty(), patientWide.readContextFor("/fhir/R4/$export"));
        SmartScopes systemWide = SmartScopes.parse("system/*.read patient/*.read");
        assertEquals(Optional.of(Context.SYSTEM), systemWide.readContextFor("/fhir/R4/$export"));
        assertEquals(Optional.of(Context.SYSTEM), systemWide.readContextFor("/fhir/R4/Patient/1/$everything"));
        assertEquals(Optional.of(Context.SYSTEM), systemWide.readContextFor("/fhir/R4/Flag"));
        // Patient/$export is every type of every patient: a Patient scope is not enough.
        assertEquals(
                Optional.empty(), SmartScopes.parse("system/Patient.read").readContextFor("/fhir/R4/Patient/$export"));
        assertEquals(Optional.empty(), patientWide.readContextFor("/fhir/R4/Patient/%24export"));
        assertEquals(Optional.of(Context.SYSTEM), systemWide.readContextFor("/fhir/R4/Patient/$export"));
        assertEquals(Optional.of(Context.SYSTEM), systemWide.readContextFor("/fhir/R4/$export-status/1"));
    }

    @Test
    void whatAMachineClientIsRefused() {
        SmartScopes scopes = SmartScopes.parse("system/Observation.read user/Flag.read");
        assertEquals(Optional.empty(), scopes.refusal(true, "GET", "/fhir/R4/Observation"));
        assertEquals(Optional.of("reading Patient"), scopes.refusal(true, "GET", "/fhir/R4/Patient/1"));
        // user/ scopes borrow a person's reach: a client has none.
        assertEquals(Optional.of("reading Flag"), scopes.refusal(true, "GET", "/fhir/R4/Flag"));
        assertEquals(Optional.of("writing"), scopes.refusal(true, "POST", "/fhir/R4/Observation"));
        assertEquals(
                Optional.of("writing"), SmartScopes.parse("system/*.*").refusal(true, "DELETE", "/fhir/R4/Flag/1"));
        assertEquals(
                Optional.of("reading Observation"),
                SmartScopes.parse(null).refusal(true, "GET", "/fhir/R4/Observation"));
        assertEquals(Optional.of("reading this"), scopes.refusal(true, "GET", "/fhir/R4/$export"));
        assertEquals(Optional.empty(), SmartScopes.parse(null).refusal(true, "GET", "/fhir/R4/metadata"));
        assertEquals(Optional.empty(), SmartScopes.parse(null).refusal(true, "GET", "/fhir/R4/metadata/"));
    }

    @Test
    void scopesNarrowAPersonOnlyWhenTheTokenHasThem() {
        SmartScopes none = SmartScopes.parse("openid profile");
        assertEquals(Optional.empty(), none.refusal(false, "GET", "/fhir/R4/Observation"));
        assertEquals(Optional.empty(), none.refusal(false, "POST", "/fhir/R4/Observation"));
        SmartScopes some = SmartScopes.parse("patient/Observation.read");
        assertEquals(Optional.empty(), some.refusal(false, "GET", "/fhir/R4/Observation"));
        assertEquals(Optional.of("reading Flag"), some.refusal(false, "GET", "/fhir/R4/Flag"));
        assertEquals(Optional.empty(), SmartScopes.parse("user/*.read").refusal(false, "GET", "/fhir/R4/Flag"));
    }
}
