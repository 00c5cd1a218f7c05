package org.motus.problem.search;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters of a paged list (ADR 0044), for {@code @BeanParam}: {@code limit} and
 * {@code cursor}. Each list names its default and maximum in its operation's description.
 */
public class PageQuery {

    @Parameter(
            description = "How many rows to answer: from 1 to the list's maximum (see the operation); its default"
                    + " when absent",
            example = "50",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
    @QueryParam(PageRequest.LIMIT)
    String limit;

    @Parameter(
            description = "Where the previous page stopped: take the whole next-page URL from its"
                    + " `Link: <...>; rel=\"next\"` header; absent for the first page",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z0-9_-]{1,200}$"))
    @QueryParam(PageRequest.CURSOR)
    String cursor;

    /** The page asked for; 400 problem details for a limit outside 1..max or a cursor this code did not write. */
    public PageRequest page(int defaultLimit, int maxLimit) {
        return PageRequest.parse(
                limit,
                cursor,
                defaultLimit,
                maxLimit,
                (name, problem) -> new BadRequestException(name + " " + problem + "."));
    }
}
