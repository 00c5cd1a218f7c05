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
import java.util.Locale;
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
    public Response domain(ProblemException e, HttpHeaders headers) {
        Locale reader = reader(headers);
        return respond(Problem.of(e.type(), e.detail(reader)), reader);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers) {
        // Hibernate Validator wrote each message in the request's language already (quarkus.locales).
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .collect(Collectors.toList());
        Locale reader = reader(headers);
        return respond(
                Problem.validation(
                        ProblemTexts.format(GenericProblem.INVALID_FIELDS, reader, violations.size()), violations),
                reader);
    }

    @ServerExceptionMapper
    public Response wrongType(InvalidFormatException e, HttpHeaders headers) {
        String field = pathOf(e);
        Locale reader = reader(headers);
        return respond(
                Problem.validation(
                        ProblemTexts.format(GenericProblem.WRONG_TYPE, reader),
                        List.of(new Problem.Violation(
                                field,
                                ProblemTexts.format(
                                        GenericProblem.MUST_BE_A,
                                        reader,
                                        e.getTargetType().getSimpleName())))),
                reader);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, HttpHeaders headers) {
        String field = pathOf(e);
        Locale reader = reader(headers);
        return respond(
                Problem.validation(
                        ProblemTexts.format(GenericProblem.WRONG_SHAPE, reader),
                        List.of(new Problem.Violation(
                                field, ProblemTexts.format(GenericProblem.HAS_WRONG_SHAPE, reader)))),
                reader);
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e, HttpHeaders headers) {
        return generic(ProblemType.MALFORMED_BODY, GenericProblem.NOT_JSON, headers);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers) {
        return generic(ProblemType.UNAUTHENTICATED, GenericProblem.TOKEN_INVALID, headers);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers) {
        return generic(ProblemType.UNAUTHENTICATED, GenericProblem.SIGN_IN, headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers) {
        return generic(ProblemType.FORBIDDEN, GenericProblem.ROLE_NOT_ALLOWED, headers);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, headers);
        }
        ProblemType type = ProblemType.forStatus(status);
        Locale reader = reader(headers);
        String detail = switch (status) {
            case 404 -> ProblemTexts.format(GenericProblem.NO_SUCH_RESOURCE, reader);
            case 405 -> ProblemTexts.format(GenericProblem.METHOD_NOT_ALLOWED, reader);
            case 415 -> ProblemTexts.format(GenericProblem.SEND_JSON, reader);
            case 406 -> ProblemTexts.format(GenericProblem.NOT_ACCEPTABLE, reader);
            default -> e.getMessage() == null ? type.title(reader) : e.getMessage();
        };
        Response.ResponseBuilder answer = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, reader.toLanguageTag())
                .entity(new Problem(type.uri(), type.title(reader), status, detail, null));
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
    public Response unexpected(Throwable e, HttpHeaders headers) {
        if (DatabaseUnavailable.causes(e)) {
            LOG.warnf("Database unavailable, answered 503: %s", e.toString());
            return DatabaseUnavailable.response();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s", errorId);
        return generic(ProblemType.INTERNAL, GenericProblem.UNEXPECTED, headers, errorId);
    }

    private static Response generic(ProblemType type, GenericProblem detail, HttpHeaders headers, Object... args) {
        Locale reader = reader(headers);
        return respond(Problem.of(type, ProblemTexts.format(detail, reader, args)), reader);
    }

    private static Locale reader(HttpHeaders headers) {
        return ReaderLanguage.of(headers);
    }

    /** The problem with its title in the reader's language (ADR 0048), which the answer names. */
    private static Response respond(Problem problem, Locale reader) {
        ProblemType type = ProblemType.forUri(problem.type());
        Problem translated = type == null
                ? problem
                : new Problem(
                        problem.type(), type.title(reader), problem.status(), problem.detail(), problem.violations());
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, reader.toLanguageTag())
                .entity(translated)
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
