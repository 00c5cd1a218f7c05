package org.motus.gateway.fhir;

import ca.uhn.fhir.context.FhirContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Appointment;
import org.jboss.logging.Logger;
import org.motus.gateway.access.Caller;
import org.motus.gateway.config.RouteOrder;
import org.motus.gateway.errors.FhirOutcomes;
import org.motus.gateway.security.ApiChallenge;
import org.motus.gateway.visit.VisitQuery;
import org.motus.gateway.visit.VisitService;
import org.motus.problem.DatabaseUnavailable;
import org.motus.problem.ProblemException;
import org.motus.problem.fhir.BadSearch;
import org.motus.problem.fhir.MachineGrant;

/**
 * {@code GET /fhir/R4/Appointment/{id}} and {@code GET /fhir/R4/Appointment?...}: the gateway's video
 * visits as FHIR R4 Appointments, served here because the gateway owns them (ADR 0034: each owner
 * serves its records). The same door as the visit API: {@link VisitService} with its access rules
 * (the two participants only; anyone else, admins included, 404) and its audit rows (VISIT_READ for a
 * read, VISITS_LISTED per patient a search shows). On Quarkus's Vert.x router before the /fhir
 * catch-all; /fhir is already authenticated by the session (none: 401 OperationOutcome). Errors are
 * OperationOutcomes: 400 for what cannot be read, 404 out of reach, 405 for other methods.
 */
@ApplicationScoped
public class FhirAppointments {

    static final String TYPE = "Appointment";
    static final String PATH = "/fhir/R4/" + TYPE;
    private static final Logger LOG = Logger.getLogger(FhirAppointments.class);

    private final Vertx vertx;
    private final VisitService visits;
    private final Clock clock;

    FhirAppointments(Vertx vertx, VisitService visits, Clock clock) {
        this.vertx = vertx;
        this.visits = visits;
        this.clock = clock;
    }

    void register(@Observes Router router) {
        router.route(PATH).order(RouteOrder.API_PROXY + 1).handler(context -> answer(context, null));
        router.route(PATH + "/:id")
                .order(RouteOrder.API_PROXY + 1)
                .handler(context -> answer(context, context.pathParam("id")));
    }

    /** What the blocking part hands back to the event loop: a status and a FHIR JSON body. */
    private record Answer(int status, String body) {}

    private void answer(RoutingContext context, String id) {
        if (context.request().method() != HttpMethod.GET) {
            context.response().putHeader(HttpHeaders.ALLOW, "GET");
            FhirOutcomes.send(
                    context.response(),
                    405,
                    "Appointments are read-only here: GET " + PATH + "/{id} or search GET " + PATH + "?...");
            return;
        }
        SecurityIdentity identity = context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        Caller caller = identity == null ? null : Caller.of(identity);
        if (caller == null) {
            // Unreachable while /fhir is an authenticated path (security.ApiChallenge answers first).
            FhirOutcomes.send(context.response(), 401, ApiChallenge.DETAIL);
            return;
        }
        // A machine client (ADR 0054) reads what its SMART scopes grant; a person as the visit list does.
        Optional<MachineGrant> grant = Optional.empty();
        if (identity.hasRole(MachineGrant.ROLE)) {
            JsonWebToken token = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt : null;
            String scope = token == null ? null : token.getClaim("scope");
            Object patient = token == null ? null : token.getClaim("patient");
            grant = MachineGrant.forRequest(scope, patient, context.normalizedPath());
            if (grant.isEmpty()) {
                FhirOutcomes.send(
                        context.response(), 403, "The scopes of the access token do not allow reading " + TYPE + ".");
                return;
            }
        }
        Optional<MachineGrant> granted = grant;
        String base = context.request().scheme() + "://" + context.request().authority() + "/fhir/R4";
        Map<String, List<String>> parameters = parameters(context.queryParams());
        vertx.executeBlocking(
                        () -> id == null ? search(caller, granted, parameters, base) : read(caller, granted, id), false)
                .onComplete(done -> {
                    if (context.response().ended()) {
                        return;
                    }
                    if (done.failed()) {
                        String errorId = UUID.randomUUID().toString();
                        LOG.errorf(done.cause(), "FHIR Appointment call failed (error id %s)", errorId);
                        FhirOutcomes.send(
                                context.response(),
                                500,
                                "Something went wrong on our side (error id " + errorId + ").");
                        return;
                    }
                    Answer answer = done.result();
                    context.response()
                            .setStatusCode(answer.status())
                            .putHeader(HttpHeaders.CONTENT_TYPE, FhirOutcomes.MEDIA_TYPE)
                            .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                            .end(answer.body());
                });
    }

    private Answer read(Caller caller, Optional<MachineGrant> grant, String id) {
        return answered(() -> {
            if (!AppointmentSearch.FHIR_ID.matcher(id).matches()) {
                throw new BadSearch("Appointment/" + id + ": not a FHIR id (1-64 letters, digits, '-' and '.').");
            }
            UUID visitId;
            try {
                visitId = UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                // A well-formed id that is no visit's: like any visit out of reach, not found.
                throw new org.motus.problem.NotFound("No Appointment " + id + ".");
            }
            return Appointments.of(
                    grant.isPresent()
                            ? visits.summaryForClient(caller, grant.get(), visitId)
                            : visits.summary(caller, visitId));
        });
    }

    private Answer search(
            Caller caller, Optional<MachineGrant> grant, Map<String, List<String>> parameters, String base) {
        return answered(() -> {
            AppointmentSearch search = AppointmentSearch.parse(parameters);
            VisitQuery.Page page = grant.isPresent()
                    ? visits.searchForClient(caller, grant.get(), search.query(), search.count(), search.after())
                    : visits.search(caller, search.query(), search.count(), search.after());
            List<Appointment> appointments =
                    page.visits().stream().map(Appointments::of).toList();
            return SearchBundle.searchset(base, TYPE, search.used(), appointments, page.next(), clock.instant());
        });
    }

    /** The resource as FHIR JSON, or a failure this API names (400, 404, 503...) as an OperationOutcome. */
    private static Answer answered(java.util.function.Supplier<IBaseResource> work) {
        try {
            return new Answer(200, FhirContext.forR4Cached().newJsonParser().encodeResourceToString(work.get()));
        } catch (ProblemException problem) {
            int status = problem.type().status();
            return new Answer(status, FhirOutcomes.json(FhirOutcomes.of(status, problem.getMessage())));
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causes(e)) {
                LOG.warnf("FHIR Appointment call without the database: %s", e.toString());
                return new Answer(
                        503, FhirOutcomes.json(FhirOutcomes.of(503, "Visits are unavailable right now; try again.")));
            }
            throw e;
        }
    }

    private static Map<String, List<String>> parameters(MultiMap query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String name : query.names()) {
            parameters.put(name, new ArrayList<>(query.getAll(name)));
        }
        return parameters;
    }
}
