package org.motus.therapist.errors;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.motus.problem.Problem;

/**
 * Problem details with field violations for {@link FieldProblems}; more specific than the shared
 * {@code ProblemMappers.domain} mapper, which maps every other domain exception.
 */
public class FieldProblemsMapper {

    @ServerExceptionMapper
    public Response fieldProblems(FieldProblems e) {
        Problem problem = e.toProblem();
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }
}
