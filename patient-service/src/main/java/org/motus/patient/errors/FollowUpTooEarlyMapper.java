package org.motus.patient.errors;

import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.motus.patient.checkin.FollowUpTooEarly;
import org.motus.problem.Problem;
import org.motus.problem.ProblemType;

/**
 * The 422 of a follow-up taken too early carries {@code windowOpensAt} besides the usual problem
 * members (RFC 9457 extension member), so a client can schedule the reminder; the shared
 * problem-details module stays as it is.
 */
public class FollowUpTooEarlyMapper {

    /** The problem body with the extension member. */
    public record TooEarlyProblem(
            String type,
            String title,
            int status,
            String detail,
            Instant windowOpensAt,
            List<Problem.Violation> violations) {}

    @ServerExceptionMapper
    public Response tooEarly(FollowUpTooEarly e) {
        ProblemType type = e.type();
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(new TooEarlyProblem(
                        type.uri(),
                        type.title(),
                        type.status(),
                        e.getMessage(),
                        e.windowOpensAt(),
                        List.of(new Problem.Violation("occurredAt", "must not be before " + e.windowOpensAt()))))
                .build();
    }
}
