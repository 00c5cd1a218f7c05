package org.motus.gateway.errors;

import ca.uhn.fhir.context.FhirContext;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * The gateway's own errors under /fhir (no session, an unknown resource type, a service that is
 * down) as FHIR wants them: an OperationOutcome with the HTTP status, written with HAPI's R4 model.
 * The services answer their own errors the same way.
 */
public final class FhirOutcomes {

    public static final String MEDIA_TYPE = "application/fhir+json;charset=UTF-8";
    public static final String PREFIX = "/fhir";

    private FhirOutcomes() {}

    public static boolean isFhir(String path) {
        return path != null && (path.equals(PREFIX) || path.startsWith(PREFIX + "/"));
    }

    public static OperationOutcome of(int status, String detail) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(status >= 500 ? IssueSeverity.FATAL : IssueSeverity.ERROR)
                .setCode(issueType(status))
                .setDiagnostics(detail);
        return outcome;
    }

    public static String json(OperationOutcome outcome) {
        return FhirContext.forR4Cached().newJsonParser().encodeResourceToString(outcome);
    }

    /** Ends the response with an OperationOutcome, unless it has ended already. */
    public static void send(HttpServerResponse response, int status, String detail) {
        if (response.ended()) {
            return;
        }
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(json(of(status, detail)));
    }

    static IssueType issueType(int status) {
        return switch (status) {
            case 400, 413, 415 -> IssueType.INVALID;
            case 401 -> IssueType.LOGIN;
            case 403 -> IssueType.FORBIDDEN;
            case 404 -> IssueType.NOTFOUND;
            case 405 -> IssueType.NOTSUPPORTED;
            case 409 -> IssueType.CONFLICT;
            case 429 -> IssueType.THROTTLED;
            case 503 -> IssueType.TRANSIENT;
            default -> IssueType.EXCEPTION;
        };
    }
}
