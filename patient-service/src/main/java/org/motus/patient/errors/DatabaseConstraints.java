package org.motus.patient.errors;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.motus.patient.problem.PatientProblems;
import org.motus.problem.Problem;
import org.motus.problem.ProblemMappers;
import org.motus.problem.ProblemTexts;
import org.motus.problem.ProblemType;
import org.motus.problem.ReaderLanguage;

/**
 * The database has the last word on constraints (pain 0-10, one idempotency key per patient, one
 * reading of a kind per session). When a race or a gap in validation lets a write reach one, the
 * answer is a problem, never a 500: a unique key is a conflict (409), a check or a missing
 * reference is invalid input (400).
 */
public class DatabaseConstraints {

    private static final Logger LOG = Logger.getLogger(DatabaseConstraints.class);

    @ServerExceptionMapper
    public Response persistence(PersistenceException e, HttpHeaders headers) {
        return mapped(e, headers);
    }

    @ServerExceptionMapper
    public Response transaction(io.quarkus.narayana.jta.QuarkusTransactionException e, HttpHeaders headers) {
        return mapped(e, headers);
    }

    private static Response mapped(RuntimeException e, HttpHeaders headers) {
        Locale reader = ReaderLanguage.of(headers);
        String state = sqlState(e);
        ProblemType type;
        String detail;
        if ("23505".equals(state)) {
            type = ProblemType.CONFLICT;
            detail = ProblemTexts.format(PatientProblems.DUPLICATE, reader);
        } else if (state != null && state.startsWith("23")) {
            type = ProblemType.VALIDATION;
            detail = "The request breaks a rule of the record (a value out of range or a reference to nothing).";
        } else {
            return new ProblemMappers().unexpected(e, headers);
        }
        LOG.debugf("Database constraint %s answered as %s: %s", state, type, e.getMessage());
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, reader.toLanguageTag())
                .entity(new Problem(type.uri(), type.title(reader), type.status(), detail, null))
                .build();
    }

    static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
