package org.motus.patient.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.motus.problem.Problem;

class DatabaseConstraintsTest {

    private final DatabaseConstraints mapper = new DatabaseConstraints();

    @Test
    void aLostDatabaseConnectionIs503WithRetryAfterNot500() {
        Response answer = mapper.persistence(
                new PersistenceException(
                        "could not execute statement", new SQLException("An I/O error occurred", "08006")),
                null);
        assertEquals(503, answer.getStatus());
        assertEquals("5", answer.getHeaderString(HttpHeaders.RETRY_AFTER));
        assertEquals("urn:motus:problem:upstream-unavailable", ((Problem) answer.getEntity()).type());
    }

    @Test
    void aCommitThatCouldNotReachTheDatabaseIs503() {
        Response answer = mapper.transaction(
                new io.quarkus.narayana.jta.QuarkusTransactionException(
                        new SQLException("Sorry, acquisition timeout!")),
                null);
        assertEquals(503, answer.getStatus());
        assertEquals("5", answer.getHeaderString(HttpHeaders.RETRY_AFTER));
    }

    @Test
    void aUniqueKeyIsStillAConflictAndACheckStillInvalidInput() {
        Response duplicate = mapper.persistence(
                new PersistenceException("duplicate", new SQLException("duplicate key value", "23505")), null);
        assertEquals(409, duplicate.getStatus());
        assertNull(duplicate.getHeaderString(HttpHeaders.RETRY_AFTER));
        Response check = mapper.persistence(
                new PersistenceException("check", new SQLException("violates check constraint", "23514")), null);
        assertEquals(400, check.getStatus());
    }

    @Test
    void anyOtherDatabaseFailureIsAnUnexpected500() {
        Response answer =
                mapper.persistence(new PersistenceException("syntax", new SQLException("syntax error", "42601")), null);
        assertEquals(500, answer.getStatus());
    }
}
