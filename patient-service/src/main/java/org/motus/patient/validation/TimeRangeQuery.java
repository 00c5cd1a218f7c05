package org.motus.patient.validation;

import jakarta.ws.rs.QueryParam;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code from} and {@code to} query parameters of a list in a time range (check-ins, sessions, the
 * audit trail), taken with {@code @BeanParam}: one declaration, one documentation, one default.
 */
public class TimeRangeQuery {

    /** The range a list covers when {@code from} is not given. */
    public static final Duration DEFAULT_LENGTH = Duration.ofDays(30);

    @Parameter(
            description = "Inclusive; default 30 days before 'to'",
            example = "2026-11-01T00:00:00Z",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @QueryParam("from")
    String from;

    @Parameter(
            description = "Exclusive; default now",
            example = "2026-11-30T00:00:00Z",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @QueryParam("to")
    String to;

    /** The range asked for, checked ({@link QueryParams#range}); 400 for a bad one. */
    public QueryParams.Range at(Instant now) {
        return QueryParams.range(from, to, DEFAULT_LENGTH, now);
    }
}
