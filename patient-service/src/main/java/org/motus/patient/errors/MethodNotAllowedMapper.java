package org.motus.patient.errors;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.motus.problem.Problem;
import org.motus.problem.ProblemType;

/**
 * A 405 says which methods the path has (RFC 9110 §15.5.6: the {@code Allow} header is required),
 * in a problem body like every other error.
 */
public class MethodNotAllowedMapper {

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        Response.ResponseBuilder answer = Response.status(405).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(ProblemType.METHOD_NOT_ALLOWED, "This method is not allowed here."));
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            answer.header(HttpHeaders.ALLOW, allow);
        }
        return answer.build();
    }
}
