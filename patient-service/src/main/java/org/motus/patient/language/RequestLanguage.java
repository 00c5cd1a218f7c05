package org.motus.patient.language;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.motus.patient.rules.AdviceWords;

/**
 * The language of the screen a request came from: its Accept-Language (the web app sends the
 * language it shows). What the patient reads in an answer (the rules' advice) is written in it;
 * English outside a request or without the header.
 */
@ApplicationScoped
public class RequestLanguage {

    public AdviceWords adviceWords() {
        if (!Arc.container().requestContext().isActive()) {
            return AdviceWords.EN;
        }
        CurrentVertxRequest current =
                Arc.container().instance(CurrentVertxRequest.class).get();
        RoutingContext request = current == null ? null : current.getCurrent();
        return request == null
                ? AdviceWords.EN
                : AdviceWords.forAcceptLanguage(request.request().getHeader("Accept-Language"));
    }
}
