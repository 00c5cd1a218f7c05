package org.motus.gateway.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.junit.jupiter.api.Test;
import org.motus.gateway.visit.VisitQuery;
import org.motus.gateway.visit.VisitStatus;
import org.motus.problem.fhir.BadSearch;

/** Reading Appointment search parameters and the status mapping both ways, without a server. */
class AppointmentSearchTest {

    @Test
    void everyVisitStatusIsFoundAgainByTheAppointmentStatusItMapsTo() {
        for (VisitStatus status : VisitStatus.values()) {
            for (boolean held : new boolean[] {true, false}) {
                AppointmentStatus mapped = Appointments.status(status, held);
                assertTrue(
                        Appointments.visitsIn(mapped).stream()
                                .anyMatch(f -> f.status() == status && (f.callHeld() == null || f.callHeld() == held)),
                        status + " held=" + held + " -> " + mapped);
            }
        }
    }

    @Test
    void everyAppointmentStatusFindsOnlyVisitsThatMapToIt() {
        for (AppointmentStatus wanted : AppointmentStatus.values()) {
            if (wanted == AppointmentStatus.NULL) {
                continue;
            }
            for (VisitQuery.StatusFilter filter : Appointments.visitsIn(wanted)) {
                for (boolean held : new boolean[] {true, false}) {
                    if (filter.callHeld() == null || filter.callHeld() == held) {
                        assertEquals(wanted, Appointments.status(filter.status(), held), filter.toString());
                    }
                }
            }
        }
        assertEquals(List.of(), Appointments.visitsIn(AppointmentStatus.WAITLIST));
        assertEquals(
                List.of(new VisitQuery.StatusFilter(VisitStatus.ENDED, false)),
                Appointments.visitsIn(AppointmentStatus.NOSHOW));
    }

    @Test
    void referencesCommasAndRepeatsReadAsOrAndAnd() {
        UUID pat = UUID.randomUUID();
        UUID paula = UUID.randomUUID();
        AppointmentSearch search = AppointmentSearch.parse(Map.of(
                "patient", List.of("Patient/" + pat + "," + paula),
                "actor", List.of("tess", "Patient/" + pat),
                "date", List.of("ge2026-12-01", "lt2026-12-03T10:00:00+01:00"),
                "_count", List.of("500"),
                "_elements", List.of("status")));
        assertEquals(
                List.of(
                        new VisitQuery.Participants(Set.of(pat, paula), Set.of()),
                        new VisitQuery.Participants(Set.of(), Set.of("tess")),
                        new VisitQuery.Participants(Set.of(pat), Set.of())),
                search.query().participants());
        assertEquals(Instant.parse("2026-12-01T00:00:00Z"), search.query().startFrom());
        assertEquals(Instant.parse("2026-12-03T09:00:00Z"), search.query().startBefore());
        assertNull(search.query().statuses());
        assertEquals(100, search.count());
        assertEquals(Set.of("patient", "actor", "date", "_count"), search.used().keySet());
    }

    @Test
    void aBareActorIdThatIsAUuidMayBeEitherParticipant() {
        UUID id = UUID.randomUUID();
        assertEquals(
                List.of(new VisitQuery.Participants(Set.of(id), Set.of(id.toString()))),
                AppointmentSearch.parse(Map.of("actor", List.of(id.toString())))
                        .query()
                        .participants());
    }

    @Test
    void aCursorComesBackAsTheKeyItWasMadeOf() {
        VisitQuery.Key key = new VisitQuery.Key(Instant.parse("2026-12-05T08:30:00.123456Z"), UUID.randomUUID());
        assertEquals(
                key,
                AppointmentSearch.parse(Map.of(SearchCursor.PARAMETER, List.of(SearchCursor.encode(key))))
                        .after());
        assertThrows(BadSearch.class, () -> SearchCursor.decode("bm9wZQ"));
    }
}
