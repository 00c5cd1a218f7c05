package org.motus.problem.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeldRowsTest {

    /** A database that is down until told otherwise, and what it stored. */
    private static final class Database {
        boolean up;
        final List<String> stored = new ArrayList<>();
        int writes;

        void write(List<String> rows) {
            writes++;
            if (!up) {
                throw new IllegalStateException("connection refused");
            }
            stored.addAll(rows);
        }
    }

    private static final class Lines implements OutageLog.Sink {
        final List<String> errors = new ArrayList<>();
        final List<String> infos = new ArrayList<>();

        @Override
        public void error(String message, Throwable cause) {
            errors.add(message);
        }

        @Override
        public void warn(String message) {
            errors.add(message);
        }

        @Override
        public void info(String message) {
            infos.add(message);
        }
    }

    private final Database database = new Database();
    private final Lines log = new Lines();

    private HeldRows<String> held(int capacity) {
        return new HeldRows<>("Audit row", capacity, database::write, row -> row, log);
    }

    @Test
    void rowsHeldDuringAnOutageAreWrittenInOrderOnceTheDatabaseIsBack() {
        HeldRows<String> rows = held(10);
        rows.hold("a", new IllegalStateException("down"));
        rows.hold("b", new IllegalStateException("down"));
        assertEquals(0, rows.flush(), "still down: nothing written");
        assertEquals(2, rows.size(), "and nothing dropped");
        rows.hold("c", new IllegalStateException("down"));

        database.up = true;
        assertEquals(3, rows.flush());
        assertEquals(List.of("a", "b", "c"), database.stored);
        assertEquals(0, rows.size());
        assertEquals(0, rows.flush(), "written once");
        assertEquals(List.of("a", "b", "c"), database.stored);
        assertEquals(1, log.errors.size(), "one line for the outage, not one per row: " + log.errors);
        assertEquals(1, log.infos.size(), log.infos::toString);
    }

    @Test
    void beyondItsCapacityTheOldestIsDroppedAndLoggedAsLost() {
        HeldRows<String> rows = held(2);
        rows.hold("a", null);
        rows.hold("b", null);
        rows.hold("c", null);
        assertEquals(2, rows.size());
        assertTrue(
                log.errors.stream().anyMatch(line -> line.contains("lost") && line.endsWith(": a")),
                log.errors::toString);
        database.up = true;
        rows.flush();
        assertEquals(List.of("b", "c"), database.stored);
    }

    @Test
    void manyRowsAreWrittenInBatches() {
        HeldRows<String> rows = held(1_000);
        for (int i = 0; i < HeldRows.BATCH * 2 + 1; i++) {
            rows.hold("row " + i, null);
        }
        database.up = true;
        assertEquals(HeldRows.BATCH * 2 + 1, rows.flush());
        assertEquals(3, database.writes);
        assertEquals("row 0", database.stored.get(0));
        assertEquals("row " + (HeldRows.BATCH * 2), database.stored.get(HeldRows.BATCH * 2));
    }

    @Test
    void whatIsStillHeldAtShutdownIsLoggedRowByRow() {
        HeldRows<String> rows = held(10);
        rows.hold("a", null);
        rows.hold("b", null);
        log.errors.clear();
        rows.abandon();
        assertEquals(List.of("Audit row lost at shutdown: a", "Audit row lost at shutdown: b"), log.errors);
        assertEquals(0, rows.size());
    }

    @Test
    void aNewOutageIsReportedAgainAfterARecovery() {
        HeldRows<String> rows = held(10);
        rows.hold("a", null);
        database.up = true;
        rows.flush();
        database.up = false;
        rows.hold("b", null);
        assertEquals(2, log.errors.size(), log.errors::toString);
    }
}
