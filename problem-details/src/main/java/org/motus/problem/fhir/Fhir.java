package org.motus.problem.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * HAPI FHIR's R4 context, built once (it scans the whole model, so it is expensive) and shared:
 * the one place that writes and reads FHIR JSON in a service. With the other classes of this
 * package it is shared by every service that serves FHIR (ADR 0050). Parsers are cheap and not meant
 * to be shared between threads, so each call gets its own.
 */
@ApplicationScoped
public class Fhir {

    /** The media type of FHIR JSON (R4, section 3.1.0.1.7). */
    public static final String JSON = "application/fhir+json";

    public static final String JSON_UTF8 = JSON + ";charset=UTF-8";

    /** Where this service's FHIR endpoints live, below the service's (or the gateway's) root. */
    public static final String BASE_PATH = "/fhir/R4";

    private final FhirContext context = FhirContext.forR4Cached();

    public FhirContext context() {
        return context;
    }

    /** A JSON parser that leaves out empty elements and writes no narrative-free ids twice. */
    public IParser json() {
        return context.newJsonParser().setSuppressNarratives(true);
    }
}
