package org.motus.gateway.reminder;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * patient-service's visit reminders, called with the gateway's own service account (OIDC client
 * {@code notifier}: Keycloak client credentials of {@code motus-notifier}, realm role
 * {@code notifier}), never with a user's token: a reminder is the gateway's doing, not the caller's.
 * Base URL {@code quarkus.rest-client.notifier.url} ({@code motus.services.patient-url}). Both calls
 * are idempotent; a 2xx is patient-service's acknowledgement.
 */
@RegisterRestClient(configKey = "notifier")
@OidcClientFilter("notifier")
@Path("/api/v1/notifications/visit-reminders")
public interface NotifierClient {

    /** Remind the patient before {@code startsAt}; a new {@code startsAt} reschedules the reminders. */
    @PUT
    @Path("/{visitId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    ScheduledReminders remind(@PathParam("visitId") UUID visitId, ReminderRequest request);

    /** No reminders for the visit (204, also when there were none). */
    @DELETE
    @Path("/{visitId}")
    void cancel(@PathParam("visitId") UUID visitId);

    /** The body of {@link #remind}. */
    record ReminderRequest(UUID patientId, Instant startsAt) {}

    /** patient-service's answer to {@link #remind}; read to check it took the start the gateway sent. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ScheduledReminders(UUID visitId, UUID patientId, Instant startsAt, List<Reminder> reminders) {}

    /** One planned reminder: {@code VISIT_DAY_BEFORE} or {@code VISIT_SOON}, when, and its status. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reminder(String kind, Instant dueAt, String status) {}
}
