package org.motus.problem.log;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jboss.logging.Logger;

/**
 * Logs the failures of a job that repeats every few seconds (a scheduler run, a heartbeat) without
 * flooding the log while what it needs (usually the database) is down: the first failure is logged
 * as an ERROR with its cause, later ones are counted and summed up in one WARN at most once per
 * {@code every} (a minute by default), and the first success after failures is one INFO that says
 * how long the outage lasted and how many runs failed.
 *
 * <p>One instance per job; it is safe to call from the scheduler's threads.
 */
public final class OutageLog {

    /** Where the lines go: the job's logger in production, a list in tests. */
    public interface Sink {
        void error(String message, Throwable cause);

        void warn(String message);

        void info(String message);

        /** A failure while the application shuts down, when the job's resources are closing. */
        default void debug(String message) {}
    }

    private final String job;
    private final Clock clock;
    private final Duration every;
    private final Sink sink;

    private Instant firstFailureAt;
    private Instant lastReportAt;
    private long failures;
    private long unreported;
    private volatile boolean stopping;

    public OutageLog(String job, Clock clock, Duration every, Sink sink) {
        this.job = Objects.requireNonNull(job);
        this.clock = Objects.requireNonNull(clock);
        this.every = Objects.requireNonNull(every);
        this.sink = Objects.requireNonNull(sink);
    }

    /** Logs to {@code logger}, summing repeats up once a minute. */
    public static OutageLog to(Logger logger, String job) {
        return new OutageLog(job, Clock.systemUTC(), Duration.ofMinutes(1), sinkOf(logger));
    }

    /** The lines of a job written to {@code logger}. */
    public static Sink sinkOf(Logger logger) {
        return new Sink() {
            @Override
            public void error(String message, Throwable cause) {
                logger.error(message, cause);
            }

            @Override
            public void warn(String message) {
                logger.warn(message);
            }

            @Override
            public void info(String message) {
                logger.info(message);
            }

            @Override
            public void debug(String message) {
                logger.debug(message);
            }
        };
    }

    /**
     * The application is shutting down: failures from now on (a closed connection pool or
     * EntityManagerFactory) are expected and go to DEBUG only.
     */
    public void stopping() {
        stopping = true;
    }

    public boolean isStopping() {
        return stopping;
    }

    /** A run failed with {@code cause}. */
    public synchronized void failed(Throwable cause) {
        Instant now = clock.instant();
        if (stopping) {
            sink.debug(job + " failed while shutting down: " + cause);
            return;
        }
        failures++;
        if (firstFailureAt == null) {
            firstFailureAt = now;
            lastReportAt = now;
            sink.error(job + " failed; further failures are summed up every " + every.toSeconds() + " s", cause);
            return;
        }
        unreported++;
        if (!now.isBefore(lastReportAt.plus(every))) {
            sink.warn(job + " still failing: " + unreported + " more failure(s) since " + lastReportAt + ", " + failures
                    + " since " + firstFailureAt + "; last: " + cause);
            lastReportAt = now;
            unreported = 0;
        }
    }

    /** A run succeeded; after failures, says once that the job recovered. */
    public synchronized void succeeded() {
        if (firstFailureAt == null) {
            return;
        }
        Duration down = Duration.between(firstFailureAt, clock.instant());
        sink.info(job + " recovered after " + failures + " failed run(s) over " + down.toSeconds() + " s");
        firstFailureAt = null;
        lastReportAt = null;
        failures = 0;
        unreported = 0;
    }
}
