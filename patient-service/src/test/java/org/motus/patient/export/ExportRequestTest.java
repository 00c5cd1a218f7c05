package org.motus.patient.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.motus.problem.fhir.BadSearch;

class ExportRequestTest {

    private static final String ASYNC = "respond-async";

    private static Map<String, List<String>> query(String... nameValues) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            query.computeIfAbsent(nameValues[i], k -> new java.util.ArrayList<>())
                    .add(nameValues[i + 1]);
        }
        return query;
    }

    @Test
    void withoutParametersEveryTypeIsExportedAsFhirNdjson() {
        ExportRequest request = ExportRequest.parse(Map.of(), ASYNC);
        assertEquals(EnumSet.allOf(ExportType.class), request.types());
        assertEquals(Optional.empty(), request.since());
        assertEquals("application/fhir+ndjson", request.outputFormat());
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/fhir+ndjson", "application/ndjson", "ndjson", "application/fhir ndjson"})
    void eachNdjsonSpellingIsAccepted(String format) {
        assertTrue(ExportRequest.FORMATS.contains(
                ExportRequest.parse(query("_outputFormat", format), ASYNC).outputFormat()));
    }

    @Test
    void typesAreReadFromCommaListsAndRepeatsAndWrittenInTheServersOrder() {
        ExportRequest request = ExportRequest.parse(query("_type", "Flag,Patient", "_type", "Observation"), ASYNC);
        assertEquals(List.of(ExportType.PATIENT, ExportType.OBSERVATION, ExportType.FLAG), request.typesInOrder());
    }

    @ParameterizedTest
    @CsvSource({
        "2026-12-01T00:00:00Z, 2026-12-01T00:00:00Z",
        "2026-12-01T01:00:00.250+01:00, 2026-12-01T00:00:00.250Z",
        "2026-12-01T01:00:00 01:00, 2026-12-01T00:00:00Z"
    })
    void sinceIsAFhirInstantWithItsOffset(String since, String utc) {
        assertEquals(
                Optional.of(Instant.parse(utc)),
                ExportRequest.parse(query("_since", since), ASYNC).since());
    }

    @Test
    void respondAsyncMayComeAmongOtherPreferences() {
        assertTrue(ExportRequest.respondAsync("handling=lenient, respond-async"));
        assertTrue(ExportRequest.respondAsync("Respond-Async"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "_type|Practitioner|Practitioner",
                "_type|Patient,|_type=",
                "_type|patient|patient",
                "_outputFormat|application/fhir+json|_outputFormat",
                "_since|2026-12-01|FHIR instant",
                "_since|2026-12-01T00:00:00|FHIR instant",
                "_since|2026-02-30T00:00:00Z|no such instant",
                "_typeFilter|Observation?code=x|_typeFilter",
                "_elements|id|_elements",
                "patient|Patient/1|patient",
                "includeAssociatedData|LatestProvenanceResources|includeAssociatedData"
            })
    void aBadOrUnsupportedParameterIsRefusedByName(String name, String value, String named) {
        BadSearch bad = assertThrows(BadSearch.class, () -> ExportRequest.parse(query(name, value), ASYNC));
        assertTrue(bad.getMessage().contains(named), bad::getMessage);
    }

    @Test
    void aParameterGivenTwiceIsRefused() {
        assertThrows(
                BadSearch.class,
                () -> ExportRequest.parse(
                        query("_since", "2026-12-01T00:00:00Z", "_since", "2026-12-02T00:00:00Z"), ASYNC));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "respond-sync", "handling=strict"})
    void withoutRespondAsyncNothingIsQueued(String prefer) {
        assertThrows(BadSearch.class, () -> ExportRequest.parse(Map.of(), prefer));
        assertThrows(BadSearch.class, () -> ExportRequest.parse(Map.of(), null));
    }
}
