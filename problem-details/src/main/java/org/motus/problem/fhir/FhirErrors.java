package org.motus.problem.fhir;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.motus.problem.Problem;

/**
 * Every error under {@code /fhir/} as an OperationOutcome instead of problem details. The mapping
 * from failures to statuses stays in one place (problem-details' mappers: 400 bad search, 401 no or
 * bad token, 403 role, 404 out of reach, 405, 415, 422, 500 with an error id, 503); this only
 * changes the body's shape and media type, so FHIR and REST answer the same failure alike.
 */
public class FhirErrors {

    @ServerResponseFilter
    public void asOperationOutcome(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem) || !isFhir(request)) {
            return;
        }
        String detail = problem.detail();
        if (problem.violations() != null && !problem.violations().isEmpty()) {
            detail += " "
                    + problem.violations().stream()
                            .map(v -> v.field() + ": " + v.message())
                            .reduce((a, b) -> a + "; " + b)
                            .orElse("");
        }
        response.setEntity(OperationOutcomes.of(response.getStatus(), detail), null, MediaType.valueOf(Fhir.JSON_UTF8));
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, Fhir.JSON_UTF8);
    }

    static boolean isFhir(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return path.equals("/fhir") || path.startsWith("/fhir/");
    }
}
