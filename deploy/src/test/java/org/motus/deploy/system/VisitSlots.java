package org.motus.deploy.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The gateway refuses a second visit in a therapist's or a patient's slot (409). System tests book
 * Tess's visits "now" one after another on the same assembly, so before booking one a test frees
 * the slot: every open visit of the therapist's that overlaps it is cancelled when it has not
 * started yet, and ended otherwise (a visit nobody attended may be closed once its time has come).
 */
final class VisitSlots {

    private VisitSlots() {}

    /** Frees [start, start + minutes) in {@code therapist}'s diary; returns the ids of the visits it closed. */
    static List<String> free(SignedIn therapist, String gatewayUrl, Instant start, int minutes) {
        HttpResponse<String> listed = therapist.api("GET", gatewayUrl + "/api/v1/visits", null);
        assertEquals(200, listed.statusCode(), () -> Http.describe(listed));
        JsonNode visits = Http.json(listed);
        Instant end = start.plusSeconds(60L * minutes);
        Instant now = Instant.now();
        List<String> closed = new ArrayList<>();
        for (String list : List.of("upcoming", "past")) {
            for (JsonNode visit : visits.path(list)) {
                String status = visit.path("status").asText();
                if (!List.of("SCHEDULED", "WAITING", "IN_PROGRESS").contains(status)
                        || !"therapist".equals(visit.path("yourRole").asText())) {
                    continue;
                }
                Instant from = Instant.parse(visit.path("start").asText());
                Instant to = Instant.parse(visit.path("end").asText());
                if (!(from.isBefore(end) && start.isBefore(to))) {
                    continue;
                }
                String id = visit.path("id").asText();
                String step = status.equals("IN_PROGRESS") || !now.isBefore(from) ? "end" : "cancel";
                HttpResponse<String> done = therapist.api(
                        "POST",
                        gatewayUrl + "/api/v1/visits/" + id + "/" + step,
                        step.equals("cancel") ? "{\"reason\":\"Freeing the slot for a system test\"}" : null);
                assertEquals(200, done.statusCode(), () -> step + " visit " + id + ": " + Http.describe(done));
                closed.add(id);
            }
        }
        return closed;
    }
}
