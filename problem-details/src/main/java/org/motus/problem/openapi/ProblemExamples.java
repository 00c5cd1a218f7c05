package org.motus.problem.openapi;

import java.util.Map;
import org.motus.problem.ProblemType;

/** One example body per standard problem type, for the OpenAPI documents of every Motus service. */
public final class ProblemExamples {

    private ProblemExamples() {}

    public static final String VALIDATION = """
            {"type":"urn:motus:problem:validation","title":"Invalid request","status":400,
             "detail":"The request has 1 invalid field.","violations":[{"field":"pain","message":"must be less than or equal to 10"}]}""";
    public static final String UNAUTHENTICATED = """
            {"type":"urn:motus:problem:unauthenticated","title":"Not signed in","status":401,"detail":"The access token is missing, invalid or expired."}""";
    public static final String FORBIDDEN = """
            {"type":"urn:motus:problem:forbidden","title":"Forbidden","status":403,"detail":"Your role does not allow this."}""";
    public static final String NOT_FOUND = """
            {"type":"urn:motus:problem:not-found","title":"Not found","status":404,"detail":"No patient 0a7e0000-0000-4000-8000-000000000002."}""";
    public static final String CONFLICT = """
            {"type":"urn:motus:problem:conflict","title":"Conflict","status":409,
             "detail":"This Idempotency-Key was already used for a different request."}""";
    public static final String PAYLOAD_TOO_LARGE = """
            {"type":"urn:motus:problem:payload-too-large","title":"Payload too large","status":413,
             "detail":"An image is at most 5 MiB (5242880 bytes); this one has 6815744."}""";
    /** A JSON body over {@code http.JsonBodyLimit}'s 256 KiB, which every service refuses before reading it. */
    public static final String JSON_TOO_LARGE = """
            {"type":"urn:motus:problem:payload-too-large","title":"Payload too large","status":413,
             "detail":"A JSON body is at most 256 KiB (262144 bytes); this one has 307200."}""";

    public static final String TOO_MANY_REQUESTS = """
            {"type":"urn:motus:problem:too-many-requests","title":"Too many requests","status":429,
             "detail":"Too many changes in a short time. Nothing was saved; try again in 12 seconds."}""";
    public static final String UNSUPPORTED_MEDIA_TYPE = """
            {"type":"urn:motus:problem:unsupported-media-type","title":"Unsupported media type","status":415,
             "detail":"Send application/json; got text/plain."}""";
    public static final String RULE_VIOLATION = """
            {"type":"urn:motus:problem:rule-violation","title":"Clinical rule violated","status":422,
             "detail":"Weekly load changes are 5-10 % (clinical-rules.md §5).",
             "violations":[{"field":"percent","message":"must be between 5 and 10"}]}""";
    public static final String UPSTREAM_UNAVAILABLE = """
            {"type":"urn:motus:problem:upstream-unavailable","title":"Service unavailable","status":503,
             "detail":"patient-service did not answer; try again shortly."}""";
    public static final String INTERNAL = """
            {"type":"urn:motus:problem:internal","title":"Unexpected error","status":500,"detail":"Something went wrong on our side."}""";

    /** The example for each status a Motus service answers with a standard problem. */
    public static final Map<Integer, String> BY_STATUS = Map.ofEntries(
            Map.entry(400, VALIDATION),
            Map.entry(401, UNAUTHENTICATED),
            Map.entry(403, FORBIDDEN),
            Map.entry(404, NOT_FOUND),
            Map.entry(409, CONFLICT),
            Map.entry(413, PAYLOAD_TOO_LARGE),
            Map.entry(415, UNSUPPORTED_MEDIA_TYPE),
            Map.entry(422, RULE_VIOLATION),
            Map.entry(429, TOO_MANY_REQUESTS),
            Map.entry(500, INTERNAL),
            Map.entry(503, UPSTREAM_UNAVAILABLE));

    /** The example's name in the document, after its problem type ("validation", "not-found", ...). */
    public static String name(int status) {
        if (status == 422) {
            return "rule-violation";
        }
        return ProblemType.forStatus(status).uri().substring("urn:motus:problem:".length());
    }
}
