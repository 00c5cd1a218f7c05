package org.motus.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    /** What Hibernate throws around a failed connection: a JDBCException subclass holding the driver's exception. */
    private static RuntimeException hibernate(String message, SQLException cause) {
        return new JdbcFailure(message, cause);
    }

    /** Stands in for Hibernate's JDBCException (this module does not depend on Hibernate). */
    private static final class JdbcFailure extends RuntimeException {
        JdbcFailure(String message, SQLException cause) {
            super(message, cause);
        }
    }

    @Test
    void aRefusedOrBrokenConnectionIsUnavailable() {
        assertTrue(DatabaseUnavailable.causes(new SQLException("Connection to localhost:15432 refused.", "08001")));
        assertTrue(DatabaseUnavailable.causes(
                hibernate("could not execute statement", new SQLException("An I/O error occurred", "08006"))));
        assertTrue(DatabaseUnavailable.causes(new SQLException("connection failure", "08003")));
    }

    @Test
    void aServerShuttingDownOrStartingUpIsUnavailable() {
        assertTrue(DatabaseUnavailable.causes(
                new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseUnavailable.causes(new SQLException("crash shutdown", "57P02")));
        assertTrue(DatabaseUnavailable.causes(new SQLException("the database system is starting up", "57P03")));
        assertFalse(DatabaseUnavailable.causes(new SQLException("canceling statement due to user request", "57014")));
    }

    @Test
    void agroalsAcquisitionTimeoutsAreUnavailableDeepInTheChain() {
        RuntimeException sorry = new IllegalStateException(
                "transaction failed",
                hibernate("Unable to acquire JDBC Connection", new SQLException("Sorry, acquisition timeout!")));
        assertTrue(DatabaseUnavailable.causes(sorry));
        assertTrue(DatabaseUnavailable.causes(
                new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException())));
    }

    @Test
    void aTransientConnectionExceptionOrARefusedSocketIsUnavailable() {
        assertTrue(DatabaseUnavailable.causes(new SQLTransientConnectionException("pool exhausted")));
        assertTrue(DatabaseUnavailable.causes(new RuntimeException(new ConnectException("Connection refused"))));
    }

    @Test
    void constraintAndProgrammingErrorsAreNotUnavailable() {
        assertFalse(DatabaseUnavailable.causes(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseUnavailable.causes(new SQLException("syntax error", "42601")));
        assertFalse(DatabaseUnavailable.causes(new SQLException("no state, no timeout")));
        assertFalse(DatabaseUnavailable.causes(new SQLException((String) null)));
        assertFalse(DatabaseUnavailable.causes(hibernate("could not execute", new SQLException("dup", "23505"))));
        assertFalse(DatabaseUnavailable.causes(new IllegalStateException("unrelated")));
        assertFalse(DatabaseUnavailable.causes(null));
    }

    @Test
    void aCommitThatLostItsConnectionIsUnavailableThroughASuppressedException() {
        // Narayana: RollbackException("Could not commit transaction") with the XAException suppressed.
        RuntimeException rollback = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        Exception xa = new Exception(
                "Error trying to transactionCommit local transaction",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        rollback.addSuppressed(xa);
        assertTrue(DatabaseUnavailable.causes(new RuntimeException(rollback)));
        RuntimeException unrelated = new IllegalStateException("commit failed");
        unrelated.addSuppressed(new SQLException("duplicate key", "23505"));
        assertFalse(DatabaseUnavailable.causes(unrelated));
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertFalse(DatabaseUnavailable.causes(first));
    }

    @Test
    void theAnswerIs503ProblemDetailsWithRetryAfter() {
        Response answer = DatabaseUnavailable.response();
        assertEquals(503, answer.getStatus());
        assertEquals(Problem.MEDIA_TYPE, answer.getMediaType().toString());
        assertEquals("5", answer.getHeaderString(HttpHeaders.RETRY_AFTER));
        assertEquals("no-store", answer.getHeaderString(HttpHeaders.CACHE_CONTROL));
        Problem problem = (Problem) answer.getEntity();
        assertEquals("urn:motus:problem:upstream-unavailable", problem.type());
        assertEquals(503, problem.status());
        assertEquals(DatabaseUnavailable.DETAIL, problem.detail());
    }

    @Test
    void theCatchAllMapperAnswers503ForAnUnreachableDatabaseAnd500Otherwise() {
        ProblemMappers mappers = new ProblemMappers();
        Response unavailable = mappers.unexpected(
                hibernate("Unable to acquire JDBC Connection", new SQLException("refused", "08001")), null);
        assertEquals(503, unavailable.getStatus());
        assertEquals("5", unavailable.getHeaderString(HttpHeaders.RETRY_AFTER));

        Response unexpected = mappers.unexpected(new IllegalStateException("bug"), null);
        assertEquals(500, unexpected.getStatus());
        assertEquals(null, unexpected.getHeaderString(HttpHeaders.RETRY_AFTER));
        assertTrue(((Problem) unexpected.getEntity()).detail().contains("error id"));
    }
}
