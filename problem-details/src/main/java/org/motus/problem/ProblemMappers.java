package org.motus.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every failure a resource can raise to problem details, once for all services.
 * Unexpected failures are logged with an id the response repeats; no stack trace leaves.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response domain(ProblemException e) {
        return respond(Problem.of(e.type(), e.getMessage()));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .collect(Collectors.toList());
        return respond(Problem.validation("The request has " + violations.size() + " invalid field(s).", violations));
    }

    @ServerExceptionMapper
    public Response wrongType(InvalidFormatException e) {
        String field = pathOf(e);
        return respond(Problem.validation(
                "A field has the wrong type.",
                List.of(new Problem.Violation(
                        field, "must be a " + e.getTargetType().getSimpleName()))));
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        String field = pathOf(e);
        return respond(Problem.validation(
                "A field has the wrong shape.", List.of(new Problem.Violation(field, "has the wrong type or shape"))));
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e) {
        return respond(Problem.of(ProblemType.MALFORMED_BODY, "The request body is not valid JSON."));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return respond(Problem.of(ProblemType.UNAUTHENTICATED, "The access token is missing, invalid or expired."));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return respond(Problem.of(ProblemType.UNAUTHENTICATED, "Sign in to use this endpoint."));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(ProblemType.FORBIDDEN, "Your role does not allow this."));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "No such resource.";
            case 405 -> "This method is not allowed here.";
            case 415 -> "Send application/json.";
            case 406 -> "This resource cannot answer in the requested media type.";
            default -> e.getMessage() == null ? type.title() : e.getMessage();
        };
        Response.ResponseBuilder answer = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type.uri(), type.title(), status, detail, null));
        // A 405 keeps the Allow header it was raised with (RFC 9110 §15.5.6); http.MethodNotAllowed adds
        // it where the exception had none.
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (status == 405 && allow != null) {
            answer.header(HttpHeaders.ALLOW, allow);
        }
        return answer.build();
    }

    /**
     * Anything else: 503 with {@code Retry-After} when the database could not be reached
     * ({@link DatabaseUnavailable}), otherwise 500 with an error id.
     */
    @ServerExceptionMapper(priority = Integer.MAX_VALUE)
    public Response unexpected(Throwable e) {
        if (DatabaseUnavailable.causes(e)) {
            LOG.warnf("Database unavailable, answered 503: %s", e.toString());
            return DatabaseUnavailable.response();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s", errorId);
        return respond(
                Problem.of(ProblemType.INTERNAL, "Something went wrong on our side (error id " + errorId + ")."));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // "method.arg0.field" paths from resource parameters: keep what the client sent.
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    private static String pathOf(MismatchedInputException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "body" : path;
    }
}
