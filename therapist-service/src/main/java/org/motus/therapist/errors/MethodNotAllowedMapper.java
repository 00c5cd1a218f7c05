package org.motus.therapist.errors;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.motus.problem.Problem;
import org.motus.problem.ProblemType;

/**
 * RFC 9110 for the methods of a path: {@code OPTIONS} answers with the path's own methods in
 * {@code Allow}, and a 405 (a method the path does not have) names them too, with a problem body.
 * The shared {@code ProblemMappers.web} mapper writes the 405 problem but has no Allow to give.
 */
public class MethodNotAllowedMapper {

    private final AllowedMethods allowed;

    public MethodNotAllowedMapper(AllowedMethods allowed) {
        this.allowed = allowed;
    }

    @ServerRequestFilter(preMatching = true)
    public Response options(ContainerRequestContext request) {
        if (!HttpMethod.OPTIONS.equals(request.getMethod())) {
            return null;
        }
        String allow = allowed.allow(request.getUriInfo().getRequestUri().getRawPath());
        return allow == null
                ? null
                : Response.ok().header(HttpHeaders.ALLOW, allow).build();
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        ProblemType type = ProblemType.METHOD_NOT_ALLOWED;
        Response.ResponseBuilder response = Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type.uri(), type.title(), type.status(), "This method is not allowed here.", null));
        String allow = allowed.allow(uri.getRequestUri().getRawPath());
        if (allow != null) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        return response.build();
    }

    /** Whatever produced a 405 (also the shared mapper), it says which methods the path has. */
    @ServerResponseFilter
    public void allowOn405(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 405 && !response.getHeaders().containsKey(HttpHeaders.ALLOW)) {
            String allow = allowed.allow(request.getUriInfo().getRequestUri().getRawPath());
            if (allow != null) {
                response.getHeaders().putSingle(HttpHeaders.ALLOW, allow);
            }
        }
    }
}
