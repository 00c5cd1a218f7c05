package org.motus.problem.search;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The answer to a paged list (ADR 0044): the page's rows as the JSON array they always were, and,
 * when more rows follow, an RFC 8288 {@code Link: <...>; rel="next"} header whose target is this
 * request with the next cursor. The target is path-absolute (no host), so it is right behind the
 * gateway, which serves the same paths.
 */
public final class NextLink {

    public static final String HEADER = "Link";

    private NextLink() {}

    public static <T> RestResponse<List<T>> ok(PageRequest.Paged<T> page, UriInfo request) {
        RestResponse.ResponseBuilder<List<T>> answer = RestResponse.ResponseBuilder.ok(page.items());
        if (page.next() != null) {
            answer.header(HEADER, "<" + target(request.getRequestUri(), page.next()) + ">; rel=\"next\"");
        }
        return answer.build();
    }

    /** This request's path and query with {@code cursor} set to the next page's. */
    static String target(URI request, String cursor) {
        URI next = UriBuilder.fromUri(request)
                .replaceQueryParam(PageRequest.CURSOR, cursor)
                .build();
        return next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
    }
}
