package org.motus.problem.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.motus.problem.Problem;
import org.motus.problem.ProblemType;

/**
 * JSON bodies in every Motus service (check-ins, session logs, plans, visits, messages) are small: at
 * most 256 KiB, whatever larger transport limit a service needs for its uploads (an image, a
 * demonstration video). A JSON request whose Content-Length says more is refused with a 413 problem
 * before the body is parsed, so nothing is stored. A chunked body (no Content-Length; browsers
 * always send one for fetch) is held only to the service's transport limit
 * ({@code quarkus.http.limits.max-body-size}) and then to the fields' own limits.
 */
public class JsonBodyLimit {

    public static final long MAX_JSON_BYTES = 256 * 1024;

    @ServerRequestFilter
    public Optional<Response> refuseLargeJson(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null
                || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            return Optional.empty();
        }
        if (request.getLength() <= MAX_JSON_BYTES) {
            return Optional.empty();
        }
        Problem problem = Problem.of(
                ProblemType.PAYLOAD_TOO_LARGE,
                "A JSON body is at most 256 KiB (" + MAX_JSON_BYTES + " bytes); this one has " + request.getLength()
                        + ".");
        return Optional.of(
                Response.status(413).type(Problem.MEDIA_TYPE).entity(problem).build());
    }
}
