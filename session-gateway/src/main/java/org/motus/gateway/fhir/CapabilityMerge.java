package org.motus.gateway.fhir;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;

/**
 * The gateway's one CapabilityStatement: the types the gateway serves itself ({@link
 * GatewayCapabilities}: Appointment, as it owns visits), and for each resource type the gateway
 * routes, the service's entry for that type, exactly as that service states it. A routed type whose
 * service did not answer, or does not list it, is left out: the statement names only what works. A
 * type the gateway serves itself is the gateway's, whatever a service states. Pure.
 */
public final class CapabilityMerge {

    private CapabilityMerge() {}

    /**
     * @param own         the entries of the types the gateway serves itself
     * @param routedTypes each routed resource type with the base URL of the service it goes to
     * @param statements  each service's statement by base URL; a service that did not answer is absent
     * @param publicBase  the gateway's FHIR base as the client called it
     * @param date        when this statement was put together
     */
    public static CapabilityStatement merge(
            List<CapabilityStatementRestResourceComponent> own,
            Map<String, String> routedTypes,
            Map<String, CapabilityStatement> statements,
            String publicBase,
            DateTimeType date) {
        return merge(own, routedTypes, Map.of(), statements, publicBase, date);
    }

    /**
     * As {@link #merge(List, Map, Map, String, DateTimeType)}, with the system-level operations the
     * gateway routes ({@code /fhir/R4/$export}): each as the service it goes to states it, and only
     * if it does (the same rule as for types).
     *
     * @param routedOperations each routed operation's name (without "$") with its service's base URL
     */
    public static CapabilityStatement merge(
            List<CapabilityStatementRestResourceComponent> own,
            Map<String, String> routedTypes,
            Map<String, String> routedOperations,
            Map<String, CapabilityStatement> statements,
            String publicBase,
            DateTimeType date) {
        CapabilityStatement merged = new CapabilityStatement();
        merged.setStatus(PublicationStatus.ACTIVE);
        merged.setDateElement(date);
        merged.setPublisher("Motus");
        merged.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        merged.getSoftware().setName("Motus");
        merged.getImplementation()
                .setDescription("Motus FHIR R4 API: each resource served by the service that owns it")
                .setUrl(publicBase);
        merged.setFhirVersion(FHIRVersion._4_0_1);
        merged.addFormat("json");
        merged.addFormat("application/fhir+json");
        CapabilityStatementRestComponent rest = merged.addRest();
        rest.setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.getSecurity()
                .setDescription("People: the Motus session (sign in at /login); the gateway calls each service with"
                        + " the signed-in person's token. A patient reaches their own record, a therapist their"
                        + " caseload; anything else answers 404. Other systems: a bearer token from Keycloak's"
                        + " client credentials grant with SMART scopes (system/*.read, system/<Type>.read,"
                        + " patient/...; read only), discovered at .well-known/smart-configuration.")
                .addService()
                .addCoding()
                .setSystem("http://terminology.hl7.org/CodeSystem/restful-security-service")
                .setCode("SMART-on-FHIR");
        java.util.Set<String> ownTypes = new java.util.HashSet<>();
        own.forEach(resource -> {
            ownTypes.add(resource.getType());
            rest.addResource(resource.copy());
        });
        routedTypes.entrySet().stream()
                .filter(route -> !ownTypes.contains(route.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .forEach(route -> entry(statements.get(route.getValue()), route.getKey())
                        .ifPresent(resource -> rest.addResource(resource.copy())));
        rest.getResource().sort(Comparator.comparing(CapabilityStatementRestResourceComponent::getType));
        routedOperations.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(route -> operation(statements.get(route.getValue()), route.getKey())
                        .ifPresent(operation -> rest.addOperation(operation.copy())));
        return merged;
    }

    private static java.util.Optional<CapabilityStatement.CapabilityStatementRestResourceOperationComponent> operation(
            CapabilityStatement statement, String name) {
        if (statement == null) {
            return java.util.Optional.empty();
        }
        return statement.getRest().stream()
                .filter(rest -> rest.getMode() == CapabilityStatement.RestfulCapabilityMode.SERVER)
                .map(CapabilityStatementRestComponent::getOperation)
                .flatMap(List::stream)
                .filter(operation -> name.equals(operation.getName()))
                .findFirst();
    }

    private static java.util.Optional<CapabilityStatementRestResourceComponent> entry(
            CapabilityStatement statement, String type) {
        if (statement == null) {
            return java.util.Optional.empty();
        }
        return statement.getRest().stream()
                .filter(rest -> rest.getMode() == CapabilityStatement.RestfulCapabilityMode.SERVER)
                .map(CapabilityStatementRestComponent::getResource)
                .flatMap(List::stream)
                .filter(resource -> type.equals(resource.getType()))
                .findFirst();
    }
}
