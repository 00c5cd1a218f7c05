package org.motus.patient.errors;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.motus.patient.checkin.FollowUpTooEarly;
import org.motus.patient.problem.PatientProblems;
import org.motus.problem.Problem;
import org.motus.problem.ProblemTexts;
import org.motus.problem.ProblemType;
import org.motus.problem.ReaderLanguage;

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
    public Response tooEarly(FollowUpTooEarly e, HttpHeaders headers) {
        ProblemType type = e.type();
        Locale reader = ReaderLanguage.of(headers);
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, reader.toLanguageTag())
                .entity(new TooEarlyProblem(
                        type.uri(),
                        type.title(reader),
                        type.status(),
                        e.detail(reader),
                        e.windowOpensAt(),
                        List.of(new Problem.Violation(
                                "occurredAt",
                                ProblemTexts.format(
                                        PatientProblems.FOLLOW_UP_NOT_BEFORE,
                                        reader,
                                        e.windowOpensAt().toString())))))
                .build();
    }
}
