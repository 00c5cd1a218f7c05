package org.motus.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * "The database cannot be reached right now" as an answer: 503 problem details with
 * {@code Retry-After}, so a client (the web outbox) tries again instead of giving up, and nothing
 * was written (the transaction never got a connection, or lost it and rolled back).
 *
 * <p>Recognised anywhere in the cause chain (suppressed exceptions included), without a compile-time dependency on Agroal or
 * Hibernate (this jar is shared by every service):
 * <ul>
 * <li>an {@link SQLException} of SQL state class {@code 08} (connection exception: refused, broken,
 * lost; what PgJDBC raises and what Hibernate's {@code JDBCConnectionException} wraps);</li>
 * <li>{@code 57P01}-{@code 57P03} (the server is shutting down, crashed, or still starting);</li>
 * <li>{@link SQLTransientConnectionException};</li>
 * <li>Agroal's pool acquisition timeout (an {@link SQLException} without a state whose message
 * names the acquisition timeout: Agroal has no type or state for it);</li>
 * <li>a {@link ConnectException} (the socket was refused).</li>
 * </ul>
 */
public final class DatabaseUnavailable {

    /** Seconds a client should wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    static final String DETAIL = "The database is unavailable right now; nothing was changed. Try again shortly.";

    private static final Set<String> SERVER_NOT_ACCEPTING = Set.of("57P01", "57P02", "57P03");
    private static final int MAX_EXCEPTIONS = 64;

    private DatabaseUnavailable() {}

    /**
     * Whether {@code failure}, one of its causes, or an exception suppressed along the way (a failed
     * commit keeps the driver's exception as a suppressed {@code XAException}), says the database
     * could not be reached. Looks at no more than {@value #MAX_EXCEPTIONS} exceptions.
     */
    public static boolean causes(Throwable failure) {
        Deque<Throwable> pending = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (failure != null) {
            pending.add(failure);
        }
        while (!pending.isEmpty() && seen.size() < MAX_EXCEPTIONS) {
            Throwable t = pending.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (isUnavailable(t)) {
                return true;
            }
            if (t.getCause() != null) {
                pending.add(t.getCause());
            }
            pending.addAll(Arrays.asList(t.getSuppressed()));
        }
        return false;
    }

    private static boolean isUnavailable(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof ConnectException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state == null) {
                String message = sql.getMessage();
                return message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
            }
            return state.startsWith("08") || SERVER_NOT_ACCEPTING.contains(state);
        }
        return false;
    }

    /** The 503 answer: problem details, {@code Retry-After}, never cached. */
    public static Response response() {
        return Response.status(ProblemType.UPSTREAM_UNAVAILABLE.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(Problem.of(ProblemType.UPSTREAM_UNAVAILABLE, DETAIL))
                .build();
    }
}
