package org.motus.problem.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutageLogTest {

    private final List<String> lines = new ArrayList<>();
    private Instant now = Instant.parse("2026-12-05T00:00:00Z");
    private final OutageLog log = new OutageLog(
            "Dispatcher",
            new Clock() {
                @Override
                public ZoneOffset getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            },
            Duration.ofMinutes(1),
            new OutageLog.Sink() {
                @Override
                public void error(String message, Throwable cause) {
                    lines.add("ERROR " + message + " | " + cause.getMessage());
                }

                @Override
                public void warn(String message) {
                    lines.add("WARN " + message);
                }

                @Override
                public void info(String message) {
                    lines.add("INFO " + message);
                }

                @Override
                public void debug(String message) {
                    lines.add("DEBUG " + message);
                }
            });

    private void failEveryTwoSecondsFor(Duration outage) {
        for (long s = 0; s < outage.toSeconds(); s += 2) {
            log.failed(new IllegalStateException("connection refused"));
            now = now.plusSeconds(2);
        }
    }

    private long count(String level) {
        return lines.stream().filter(line -> line.startsWith(level + " ")).count();
    }

    @Test
    void aFiveMinuteOutageEveryTwoSecondsLogsOneErrorAndAWarningPerMinute() {
        failEveryTwoSecondsFor(Duration.ofMinutes(5));

        assertEquals(5, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("ERROR Dispatcher failed"), lines.get(0));
        assertTrue(lines.get(0).endsWith("| connection refused"), lines.get(0));
        for (String warning : lines.subList(1, 5)) {
            assertTrue(warning.startsWith("WARN Dispatcher still failing: 30 more failure(s)"), warning);
        }
        assertTrue(lines.get(4).contains("121 since 2026-12-05T00:00:00Z"), lines.get(4));
    }

    @Test
    void theFirstSuccessAfterAnOutageLogsOneInfoWithTheCountAndDuration() {
        failEveryTwoSecondsFor(Duration.ofSeconds(90));
        log.succeeded();
        log.succeeded();

        assertEquals("INFO Dispatcher recovered after 45 failed run(s) over 90 s", lines.get(lines.size() - 1));
        assertEquals(1, count("INFO"));
    }

    @Test
    void aNewOutageAfterARecoveryIsLoggedAsAnErrorAgain() {
        failEveryTwoSecondsFor(Duration.ofSeconds(10));
        log.succeeded();
        failEveryTwoSecondsFor(Duration.ofSeconds(4));

        assertEquals(2, count("ERROR"));
        assertEquals(0, count("WARN"));
    }

    @Test
    void successesWithoutAFailureLogNothing() {
        log.succeeded();
        log.succeeded();

        assertEquals(List.of(), lines);
    }

    @Test
    void failuresWhileShuttingDownGoToDebugOnly() {
        log.stopping();
        log.failed(new IllegalStateException("EntityManagerFactory is closed"));

        assertEquals(
                List.of(
                        "DEBUG Dispatcher failed while shutting down: java.lang.IllegalStateException: EntityManagerFactory is closed"),
                lines);
    }
}
