package org.motus.therapist.errors;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.motus.problem.Problem;
import org.motus.problem.ReaderLanguage;

/**
 * Problem details with field violations for {@link FieldProblems}; more specific than the shared
 * {@code ProblemMappers.domain} mapper, which maps every other domain exception.
 */
public class FieldProblemsMapper {

    @ServerExceptionMapper
    public Response fieldProblems(FieldProblems e, HttpHeaders headers) {
        // The title and the count in the reader's language (ADR 0048); the field messages stay English.
        Locale reader = ReaderLanguage.of(headers);
        Problem problem = e.toProblem(reader);
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, reader.toLanguageTag())
                .entity(problem)
                .build();
    }
}
