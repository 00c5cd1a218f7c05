package org.motus.problem.http;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.motus.problem.Problem;
import org.motus.problem.ProblemMappers;
import org.motus.problem.ProblemType;

/**
 * RFC 9110 for the methods of a path, in every service: {@code OPTIONS} answers with the path's own
 * methods in {@code Allow} (§9.3.7), and a method the path does not have answers 405 with a problem
 * body and {@code Allow} (§15.5.6).
 * <p>
 * Quarkus REST answers such a request 404 rather than 405 where several resource classes share a
 * path prefix ({@code /api/v1/patients/{id}/...}, {@code /api/v1/visits/{id}/ice-servers}), so a
 * routing 404 is checked against the service's own resource methods too: when the path is one of
 * theirs with other methods, the answer is 405; otherwise it stays 404.
 */
public class MethodNotAllowed {

    private final AllowedMethods allowed;

    public MethodNotAllowed(AllowedMethods allowed) {
        this.allowed = allowed;
    }

    @ServerRequestFilter(preMatching = true)
    public Response options(ContainerRequestContext request) {
        if (!HttpMethod.OPTIONS.equals(request.getMethod())) {
            return null;
        }
        String allow = allowed.allow(pathOf(request));
        return allow == null
                ? null
                : Response.ok().header(HttpHeaders.ALLOW, allow).build();
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, ContainerRequestContext request) {
        return methodNotAllowed(allowed.allow(pathOf(request)));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, ContainerRequestContext request, HttpHeaders headers) {
        String allow = allowed.allow(pathOf(request));
        if (allow == null || allowsMethod(allow, request.getMethod())) {
            return new ProblemMappers().web(e, headers);
        }
        return methodNotAllowed(allow);
    }

    /** Whatever produced a 405 (also the shared {@code ProblemMappers.web}), it says which methods the path has. */
    @ServerResponseFilter
    public void allowOn405(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 405 && !response.getHeaders().containsKey(HttpHeaders.ALLOW)) {
            String allow = allowed.allow(pathOf(request));
            if (allow != null) {
                response.getHeaders().putSingle(HttpHeaders.ALLOW, allow);
            }
        }
    }

    private static boolean allowsMethod(String allow, String method) {
        for (String each : allow.split(",")) {
            if (each.strip().equals(method)) {
                return true;
            }
        }
        return false;
    }

    private static String pathOf(ContainerRequestContext request) {
        return request.getUriInfo().getRequestUri().getRawPath();
    }

    private static Response methodNotAllowed(String allow) {
        Response.ResponseBuilder answer = Response.status(ProblemType.METHOD_NOT_ALLOWED.status())
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(ProblemType.METHOD_NOT_ALLOWED, "This method is not allowed here."));
        if (allow != null) {
            answer.header(HttpHeaders.ALLOW, allow);
        }
        return answer.build();
    }
}
