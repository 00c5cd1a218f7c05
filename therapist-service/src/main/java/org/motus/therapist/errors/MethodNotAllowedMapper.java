package org.motus.therapist.errors;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.motus.problem.Problem;
import org.motus.problem.ProblemType;

/**
 * A 405 names the methods the resource does allow in {@code Allow} (RFC 9110 §15.5.6), which the
 * shared {@code ProblemMappers.web} mapper drops when it writes the problem body.
 */
public class MethodNotAllowedMapper {

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        ProblemType type = ProblemType.METHOD_NOT_ALLOWED;
        Response.ResponseBuilder response = Response.status(type.status()).type(Problem.MEDIA_TYPE)
                .entity(new Problem(type.uri(), type.title(), type.status(), "This method is not allowed here.", null));
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        return response.build();
    }
}
