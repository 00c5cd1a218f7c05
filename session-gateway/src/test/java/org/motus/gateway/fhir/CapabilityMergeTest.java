package org.motus.gateway.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.junit.jupiter.api.Test;

class CapabilityMergeTest {

    private static final String PATIENTS = "http://patients:8081";
    private static final String THERAPISTS = "http://therapists:8082";

    @Test
    void eachRoutedTypeComesFromItsOwnServiceAndNothingElse() {
        Map<String, String> routed = new LinkedHashMap<>();
        routed.put("Patient", PATIENTS);
        routed.put("CarePlan", THERAPISTS);
        routed.put("Flag", PATIENTS);
        Map<String, CapabilityStatement> statements = Map.of(
                PATIENTS, statement(PATIENTS, "Patient", "Flag", "CarePlan"),
                THERAPISTS, statement(THERAPISTS, "CarePlan", "Patient"));

        CapabilityStatement merged = CapabilityMerge.merge(
                List.of(), routed, statements, "https://motus.example/fhir/R4", new DateTimeType("2026-12-04"));

        List<CapabilityStatementRestResourceComponent> resources =
                merged.getRestFirstRep().getResource();
        assertEquals(
                List.of("CarePlan", "Flag", "Patient"),
                resources.stream()
                        .map(CapabilityStatementRestResourceComponent::getType)
                        .toList());
        assertEquals("from " + THERAPISTS, resources.get(0).getDocumentation());
        assertEquals("from " + PATIENTS, resources.get(2).getDocumentation());
        assertEquals("https://motus.example/fhir/R4", merged.getImplementation().getUrl());
    }

    @Test
    void aTypeWhoseServiceIsSilentOrDoesNotStateItIsLeftOut() {
        Map<String, String> routed = Map.of("Patient", PATIENTS, "CarePlan", THERAPISTS, "Flag", PATIENTS);
        Map<String, CapabilityStatement> statements = Map.of(PATIENTS, statement(PATIENTS, "Patient"));

        CapabilityStatement merged = CapabilityMerge.merge(
                List.of(), routed, statements, "http://localhost:8080/fhir/R4", new DateTimeType("2026-12-04"));

        assertEquals(
                List.of("Patient"),
                merged.getRestFirstRep().getResource().stream()
                        .map(CapabilityStatementRestResourceComponent::getType)
                        .toList());
    }

    @Test
    void theGatewaysOwnTypesAreListedAsTheGatewayStatesThemWhateverAServiceSays() {
        Map<String, String> routed = Map.of("Patient", PATIENTS, "Appointment", PATIENTS);
        Map<String, CapabilityStatement> statements = Map.of(PATIENTS, statement(PATIENTS, "Patient", "Appointment"));

        CapabilityStatement merged = CapabilityMerge.merge(
                GatewayCapabilities.resources(),
                routed,
                statements,
                "http://localhost:8080/fhir/R4",
                new DateTimeType("2026-12-04"));

        List<CapabilityStatementRestResourceComponent> resources =
                merged.getRestFirstRep().getResource();
        assertEquals(
                List.of("Appointment", "Patient"),
                resources.stream()
                        .map(CapabilityStatementRestResourceComponent::getType)
                        .toList());
        assertEquals(
                GatewayCapabilities.resources().get(0).getDocumentation(),
                resources.get(0).getDocumentation());
    }

    @Test
    void onlyTheFhirRoutesOfTheRouteTableNameTypes() {
        Map<String, String> routes = new LinkedHashMap<>();
        routes.put("/api/v1/patients", PATIENTS);
        routes.put("/fhir/R4/Observation", PATIENTS);
        routes.put("/fhir/R4/Flag", PATIENTS);
        assertEquals(Map.of("Observation", PATIENTS, "Flag", PATIENTS), FhirGateway.routedTypes(routes));
    }

    @Test
    void aRoutedSystemLevelOperationIsKeptAsItsServiceStatesIt() {
        CapabilityStatement patients = statement(PATIENTS, "Patient");
        patients.getRestFirstRep()
                .addOperation()
                .setName("export")
                .setDefinition("http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export");
        patients.getRestFirstRep().addOperation().setName("not-routed").setDefinition("urn:x");

        CapabilityStatement merged = CapabilityMerge.merge(
                List.of(),
                Map.of("Patient", PATIENTS),
                Map.of("export", PATIENTS, "export-status", PATIENTS, "reindex", THERAPISTS),
                Map.of(PATIENTS, patients, THERAPISTS, statement(THERAPISTS)),
                "http://localhost:8080/fhir/R4",
                new DateTimeType("2026-12-04"));

        assertEquals(
                List.of("export"),
                merged.getRestFirstRep().getOperation().stream()
                        .map(o -> o.getName())
                        .toList());
        assertEquals(
                "http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export",
                merged.getRestFirstRep().getOperationFirstRep().getDefinition());
    }

    @Test
    void operationRoutesNameOperationsNotTypes() {
        Map<String, String> routes = new LinkedHashMap<>();
        routes.put("/fhir/R4/Patient", PATIENTS);
        routes.put("/fhir/R4/$export", PATIENTS);
        routes.put("/fhir/R4/$export-file", PATIENTS);
        assertEquals(Map.of("Patient", PATIENTS), FhirGateway.routedTypes(routes));
        assertEquals(Map.of("export", PATIENTS, "export-file", PATIENTS), FhirGateway.routedOperations(routes));
    }

    /** A service's statement whose every entry says which service stated it. */
    private static CapabilityStatement statement(String service, String... types) {
        CapabilityStatement statement = new CapabilityStatement();
        var rest = statement.addRest().setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        for (String type : types) {
            rest.addResource().setType(type).setDocumentation("from " + service);
        }
        return statement;
    }
}
