package org.motus.patient.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.motus.problem.fhir.BadSearch;
import org.motus.problem.fhir.DateBounds;

class SearchParamsTest {

    private static final Instant DAY = Instant.parse("2026-11-02T00:00:00Z");
    private static final Instant NEXT_DAY = Instant.parse("2026-11-03T00:00:00Z");

    @Test
    void aDayWithAPrefixCoversTheWholeDay() {
        assertEquals(new DateBounds(DAY, null), DateBounds.parse(List.of("ge2026-11-02")));
        assertEquals(new DateBounds(NEXT_DAY, null), DateBounds.parse(List.of("gt2026-11-02")));
        assertEquals(new DateBounds(null, NEXT_DAY), DateBounds.parse(List.of("le2026-11-02")));
        assertEquals(new DateBounds(null, DAY), DateBounds.parse(List.of("lt2026-11-02")));
        assertEquals(new DateBounds(DAY, NEXT_DAY), DateBounds.parse(List.of("2026-11-02")));
        assertEquals(new DateBounds(DAY, NEXT_DAY), DateBounds.parse(List.of("eq2026-11-02")));
    }

    @Test
    void anInstantIsItsMicrosecondInItsOffset() {
        Instant at = Instant.parse("2026-11-02T08:00:00Z");
        assertEquals(new DateBounds(at, null), DateBounds.parse(List.of("ge2026-11-02T10:00:00+02:00")));
        assertEquals(new DateBounds(at.plusNanos(1_000), null), DateBounds.parse(List.of("gt2026-11-02T08:00:00Z")));
        assertEquals(new DateBounds(null, at), DateBounds.parse(List.of("lt2026-11-02T08:00:00Z")));
    }

    @Test
    void severalValuesNarrowTogether() {
        DateBounds bounds = DateBounds.parse(List.of("ge2026-11-01", "lt2026-11-03", "ge2026-11-02", "le2026-11-05"));
        assertEquals(new DateBounds(DAY, NEXT_DAY), bounds);
        assertTrue(bounds.contains(DAY));
        assertFalse(bounds.contains(NEXT_DAY));
        assertEquals(DateBounds.ALL, DateBounds.parse(List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "sa2026-11-02", "2026-13-01", "2026-11-02T25:00:00Z", "2026-11-02T08:00", ""})
    void anUnreadableDateIsABadSearch(String value) {
        assertThrows(BadSearch.class, () -> DateBounds.parse(List.of(value)));
    }

    @Test
    void aCursorReadsBackWhatItWrote() {
        Cursor cursor = new Cursor(Instant.parse("2026-11-02T08:00:00.123456Z"), 2, UUID.randomUUID());
        assertEquals(cursor, Cursor.decode(cursor.encode()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bm90LWEtY3Vyc29y", "%%%", "", "MjAyNi0xMS0wMlQwODowMDowMFp8eHwx"})
    void aCursorThisServerDidNotWriteIsABadSearch(String token) {
        assertThrows(BadSearch.class, () -> Cursor.decode(token));
    }

    @Test
    void cursorsOrderByTimeThenTableThenIdAsText() {
        Instant at = Instant.parse("2026-11-02T08:00:00Z");
        UUID low = UUID.fromString("00000000-0000-4000-8000-000000000001");
        UUID high = UUID.fromString("f0000000-0000-4000-8000-000000000001"); // negative as a signed long
        assertTrue(new Cursor(at, 0, high).compareTo(new Cursor(at.plusMillis(1), 0, low)) < 0);
        assertTrue(new Cursor(at, 0, high).compareTo(new Cursor(at, 1, low)) < 0);
        assertTrue(new Cursor(at, 1, low).compareTo(new Cursor(at, 1, high)) < 0);
    }

    @Test
    void countDefaultsTo20AndIsServedAtMost100() {
        assertEquals(20, SearchParams.count(null));
        assertEquals(1, SearchParams.count("1"));
        assertEquals(100, SearchParams.count("100"));
        assertEquals(100, SearchParams.count("5000"));
        assertThrows(BadSearch.class, () -> SearchParams.count("0"));
        assertThrows(BadSearch.class, () -> SearchParams.count("-3"));
        assertThrows(BadSearch.class, () -> SearchParams.count("ten"));
    }

    @Test
    void thePatientIsOneIdWithOrWithoutItsType() {
        UUID id = UUID.randomUUID();
        assertEquals(id, SearchParams.patient(List.of(id.toString())));
        assertEquals(id, SearchParams.patient(List.of("Patient/" + id)));
        assertThrows(BadSearch.class, () -> SearchParams.patient(List.of()));
        assertThrows(BadSearch.class, () -> SearchParams.patient(List.of("Practitioner/" + id)));
        assertThrows(BadSearch.class, () -> SearchParams.patient(List.of(id + "," + id)));
        assertThrows(BadSearch.class, () -> SearchParams.patient(List.of(id.toString(), id.toString())));
    }

    @Test
    void aTokenMatchesItsCodeInItsSystemOrInAny() {
        List<SearchParams.Token> tokens = SearchParams.tokens(List.of("http://loinc.org|72514-3,8867-4", "|local"));
        assertTrue(tokens.get(0).matches("http://loinc.org", "72514-3"));
        assertFalse(tokens.get(0).matches("http://snomed.info/sct", "72514-3"));
        assertTrue(tokens.get(1).matches("http://loinc.org", "8867-4"));
        assertFalse(tokens.get(2).matches("http://loinc.org", "local"));
        assertThrows(BadSearch.class, () -> SearchParams.tokens(List.of("http://loinc.org|")));
    }

    @Test
    void aPageEndsAtCountAndItsLastKeyIsTheNextCursor() {
        Instant at = Instant.parse("2026-11-02T08:00:00Z");
        List<Keyed> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rows.add(new Keyed(
                    new Cursor(at.plusSeconds(i), i % 2, UUID.randomUUID()), new org.hl7.fhir.r4.model.Flag()));
        }
        java.util.Collections.shuffle(rows);
        Page first = Keyed.page(rows, null, 2);
        assertEquals(2, first.resources().size());
        assertEquals(at.plusSeconds(1), first.next().at());
        Page rest = Keyed.page(rows, first.next(), 3);
        assertEquals(3, rest.resources().size());
        assertNull(rest.next());
    }
}
