package org.motus.problem.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NewestFirstTest {

    private static final AuditFilter.Invalid INVALID =
            (name, problem) -> new IllegalStateException(name + " " + problem);

    @Test
    void aCursorSurvivesItsTokenAndAForeignTokenIsNoCursor() {
        TimeCursor cursor = new TimeCursor(Instant.parse("2026-11-30T10:15:30.123456Z"), UUID.randomUUID());
        assertEquals(cursor, TimeCursor.decode(cursor.encode()).orElseThrow());
        assertTrue(TimeCursor.decode("not a cursor").isEmpty());
        assertTrue(TimeCursor.decode("").isEmpty());
        assertTrue(cursor.encode().matches("[A-Za-z0-9_-]+"), "URL-safe without padding");
    }

    @Test
    void noFilterSearchesEverythingNewestFirst() {
        NewestFirst query =
                AuditFilter.parse(null, " ", null, null, null, null, INVALID).query();
        assertEquals("order by occurredAt desc, id desc", query.hql());
        assertEquals(Map.of(), query.parameters());
    }

    @Test
    void everyFilterAndTheCursorBecomeConditionsWithTheirParameters() {
        UUID patient = UUID.randomUUID();
        TimeCursor after = new TimeCursor(Instant.parse("2026-11-20T00:00:00Z"), UUID.randomUUID());
        AuditFilter filter = AuditFilter.parse(
                patient.toString(),
                "tess-1",
                "READ_RECORD",
                "2026-11-01T00:00:00Z",
                "2026-12-01T00:00:00Z",
                after.encode(),
                INVALID);
        NewestFirst query = filter.query().equal("visitId", null);
        assertEquals(
                "patientId = :patientId and actorSubject = :actorSubject and action = :action"
                        + " and occurredAt >= :from and occurredAt < :to"
                        + " and (occurredAt < :afterAt or (occurredAt = :afterAt and id < :afterId))"
                        + " order by occurredAt desc, id desc",
                query.hql());
        assertEquals(patient, query.parameters().get("patientId"));
        assertEquals("tess-1", query.parameters().get("actorSubject"));
        assertEquals(after.at(), query.parameters().get("afterAt"));
        assertEquals(after.id(), query.parameters().get("afterId"));
        assertEquals(7, query.parameters().size());
    }

    @Test
    void eachMalformedParameterIsNamedInTheServicesOwn400() {
        Map<String, String[]> bad = Map.of(
                "patientId", new String[] {"nope", null, null, null, null, null},
                "actor", new String[] {null, "has space", null, null, null, null},
                "action", new String[] {null, null, "lower", null, null, null},
                "from", new String[] {null, null, null, "yesterday", null, null},
                "to", new String[] {null, null, null, null, "2026-13-01", null},
                "cursor", new String[] {null, null, null, null, null, "garbage"});
        bad.forEach((name, args) -> {
            IllegalStateException e = assertThrows(
                    IllegalStateException.class,
                    () -> AuditFilter.parse(args[0], args[1], args[2], args[3], args[4], args[5], INVALID));
            assertTrue(e.getMessage().startsWith(name + " "), e.getMessage());
        });
        IllegalStateException backwards = assertThrows(
                IllegalStateException.class,
                () -> AuditFilter.parse(
                        null, null, null, "2026-12-01T00:00:00Z", "2026-12-01T00:00:00Z", null, INVALID));
        assertEquals("from must be before 'to'", backwards.getMessage());
    }

    @Test
    void aPageShowsAtMostLimitRowsAndPointsPastTheLastOneShown() {
        List<TimeCursor> rows = List.of(
                new TimeCursor(Instant.parse("2026-11-03T00:00:00Z"), UUID.randomUUID()),
                new TimeCursor(Instant.parse("2026-11-02T00:00:00Z"), UUID.randomUUID()),
                new TimeCursor(Instant.parse("2026-11-01T00:00:00Z"), UUID.randomUUID()));
        NewestFirst.Page<TimeCursor> first = NewestFirst.page(rows, 2, row -> row);
        assertEquals(rows.subList(0, 2), first.items());
        assertEquals(rows.get(1), TimeCursor.decode(first.next()).orElseThrow());
        NewestFirst.Page<TimeCursor> all = NewestFirst.page(rows, 3, row -> row);
        assertEquals(rows, all.items());
        assertNull(all.next());
        assertNull(NewestFirst.page(List.<TimeCursor>of(), 3, row -> row).next());
    }

    @Test
    void inKeepsRowsWithAnyOfTheValuesAndNoneForAnEmptyList() {
        NewestFirst query =
                new NewestFirst().in("outcome", List.of("DENIED", "NOT_FOUND")).in("action", null);
        assertEquals("outcome in :outcome order by occurredAt desc, id desc", query.hql());
        assertEquals(Map.of("outcome", List.of("DENIED", "NOT_FOUND")), query.parameters());
        assertEquals(
                "1 = 0 order by occurredAt desc, id desc",
                new NewestFirst().in("outcome", List.of()).hql());
    }
}
