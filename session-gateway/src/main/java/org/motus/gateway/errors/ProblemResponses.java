package org.motus.gateway.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.motus.problem.Problem;
import org.motus.problem.ProblemType;
import org.motus.problem.ReaderLanguage;

/**
 * Writes RFC 9457 problem details for answers that do not come from a REST resource: the
 * authentication challenge on /api, the CSRF check, an unreachable service behind the proxy.
 * REST resources throw exceptions instead, which problem-details' mappers turn into the same body.
 */
@ApplicationScoped
public class ProblemResponses {

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    public Buffer body(Problem problem) {
        try {
            return Buffer.buffer(json.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            // A record of strings and an int always serialises; keep the answer well-formed anyway.
            return Buffer.buffer("{\"status\":" + problem.status() + "}");
        }
    }

    /**
     * Ends the response with the problem, replacing whatever status a challenge had set; under
     * /fhir the same status with an OperationOutcome ({@link FhirOutcomes}).
     */
    public void send(RoutingContext context, ProblemType type, String detail) {
        if (FhirOutcomes.isFhir(context.normalizedPath())) {
            FhirOutcomes.send(context.response(), type.status(), detail);
            return;
        }
        // The title in the reader's language (ADR 0048); these details are the gateway's own, in English.
        Locale reader = ReaderLanguage.of(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        context.response().putHeader(HttpHeaders.CONTENT_LANGUAGE, reader.toLanguageTag());
        send(context.response(), new Problem(type.uri(), type.title(reader), type.status(), detail, null));
    }

    public void send(HttpServerResponse response, Problem problem) {
        if (response.ended()) {
            return;
        }
        response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(body(problem));
    }
}
