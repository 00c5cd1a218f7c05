package org.motus.gateway.signalling;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.motus.gateway.access.Caller;
import org.motus.gateway.config.RouteOrder;
import org.motus.gateway.errors.ProblemResponses;
import org.motus.gateway.patients.PatientDirectory;
import org.motus.gateway.security.ApiChallenge;
import org.motus.gateway.security.CsrfRule;
import org.motus.gateway.visit.ParticipantRole;
import org.motus.gateway.visit.VisitService;
import org.motus.problem.Conflict;
import org.motus.problem.ProblemException;
import org.motus.problem.ProblemType;

/**
 * The door of the signalling socket: {@code GET /api/v1/visits/{id}/signal} has passed Quarkus
 * security like every /api call (session cookie; none: 401 problem). Here, on Quarkus's Vert.x
 * router just before {@link SignallingSocket}'s websockets-next route, it must also be an upgrade
 * (400), come from the gateway's own origin (403), be one of the visit's two participants (404) and
 * come while the visit is joinable (409), each answered with a problem body. Only an admitted
 * upgrade goes on, carrying the caller's seat in {@link #ROLE_HEADER} (set here, replacing anything
 * the client sent).
 */
@ApplicationScoped
class SignallingAdmission {

    static final String PATH = "/api/v1/visits/:visitId/signal";
    /** The admitted participant's role, for {@link SignallingSocket#open}; always written by this filter. */
    static final String ROLE_HEADER = "X-Motus-Signalling-Role";
    /** The login session the socket opens under ({@link LoginSession}), for {@link SignallingSocket#open}; always written here. */
    static final String SID_HEADER = "X-Motus-Signalling-Sid";

    static final String SUBJECT_HEADER = "X-Motus-Signalling-Subject";
    static final String EXPIRES_HEADER = "X-Motus-Signalling-Session-Expires";

    private static final Logger LOG = Logger.getLogger(SignallingAdmission.class);

    private final Vertx vertx;
    private final VisitService visits;
    private final ProblemResponses problems;
    private final LoginSessions loginSessions;
    private final PatientDirectory patients;

    SignallingAdmission(
            Vertx vertx,
            VisitService visits,
            ProblemResponses problems,
            LoginSessions loginSessions,
            PatientDirectory patients) {
        this.vertx = vertx;
        this.visits = visits;
        this.patients = patients;
        this.problems = problems;
        this.loginSessions = loginSessions;
    }

    void register(@Observes Router router) {
        router.get(PATH).order(RouteOrder.SIGNALLING_ADMISSION).handler(this::admit);
    }

    private void admit(RoutingContext context) {
        HttpServerRequest request = context.request();
        request.headers().remove(ROLE_HEADER);
        request.headers().remove(SID_HEADER);
        request.headers().remove(SUBJECT_HEADER);
        request.headers().remove(EXPIRES_HEADER);
        if (!"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            problems.send(context, ProblemType.VALIDATION, "Open this path as a WebSocket (see SIGNALLING.md).");
            return;
        }
        String origin = request.getHeader("Origin");
        HostAndPort authority = request.authority();
        if (origin != null
                && !CsrfRule.sameOrigin(origin, request.scheme(), authority == null ? null : authority.toString())) {
            problems.send(context, ProblemType.FORBIDDEN, "Cross-origin signalling sockets are not allowed.");
            return;
        }
        UUID visitId = uuid(context.pathParam("visitId"));
        if (visitId == null) {
            problems.send(context, ProblemType.NOT_FOUND, "No such visit.");
            return;
        }
        SecurityIdentity identity = context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        Caller caller = identity == null ? null : Caller.of(identity);
        LoginSession login = loginSessions.of(identity);
        if (caller == null || login == null) {
            // Unreachable while /api/* is an authenticated path.
            problems.send(context, ProblemType.UNAUTHENTICATED, ApiChallenge.DETAIL);
            return;
        }
        request.pause();
        vertx.executeBlocking(() -> admission(caller, visitId), false).onComplete(admission -> {
            request.resume();
            if (admission.failed()) {
                refuse(context, admission.cause());
                return;
            }
            ParticipantRole role = admission.result().role();
            request.headers().set(ROLE_HEADER, role.name());
            if (login.sid() != null) {
                request.headers().set(SID_HEADER, login.sid());
            }
            if (login.subject() != null) {
                request.headers().set(SUBJECT_HEADER, login.subject());
            }
            request.headers().set(EXPIRES_HEADER, Long.toString(login.expires().toEpochMilli()));
            context.next();
        });
    }

    /**
     * The visit's own rules (VisitService), then the patient's consent to telehealth (ADR 0042): a
     * patient without it is refused the room with 409, and asked again at every join, so a
     * withdrawal counts from the next one. The therapist's side needs no consent of theirs.
     */
    private VisitService.Admission admission(Caller caller, UUID visitId) {
        VisitService.Admission admission = visits.admission(caller, visitId);
        if (admission.role() == ParticipantRole.PATIENT && !patients.telehealthConsented(caller)) {
            throw new Conflict(TELEHEALTH_CONSENT_NEEDED);
        }
        return admission;
    }

    static final String TELEHEALTH_CONSENT_NEEDED =
            "Video visits need your consent to telehealth. Give it in Motus (Visits or Settings), then join again.";

    private void refuse(RoutingContext context, Throwable failure) {
        if (failure instanceof ProblemException problem) {
            problems.send(context, problem.type(), problem.getMessage());
        } else {
            LOG.errorf(failure, "Signalling admission failed");
            problems.send(context, ProblemType.INTERNAL, "Something went wrong on our side.");
        }
    }

    private static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
