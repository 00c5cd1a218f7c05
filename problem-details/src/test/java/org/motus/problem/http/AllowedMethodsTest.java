package org.motus.problem.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AllowedMethodsTest {

    @Test
    void theRestRootIsPartOfEveryPath() {
        assertEquals("/api/v1/visits/{id}", AllowedMethods.join("/api", AllowedMethods.join("/v1/visits", "{id}")));
        assertEquals("/v1/me", AllowedMethods.join("/", AllowedMethods.join("/v1/me", "")));
    }

    @Test
    void aTemplateMatchesItsPathsWithAnyValueOrTheVariablesOwnPattern() {
        AllowedMethods.Route media = AllowedMethods.route("/api/v1/exercises/{id}/media", Set.of("GET"));
        assertTrue(media.path()
                .matcher("/api/v1/exercises/0b6f1c1e-3f0a-4c1e-9d1a-000000000008/media")
                .matches());
        assertFalse(media.path().matcher("/api/v1/exercises/a/b/media").matches());
        assertEquals("/api/v1/exercises//media".length(), media.literalCharacters());
        AllowedMethods.Route svg =
                AllowedMethods.route("/api/v1/illustrations/{name: [a-z0-9-]{2,60}}.svg", Set.of("GET"));
        assertTrue(svg.path().matcher("/api/v1/illustrations/bird-dog.svg").matches());
        assertFalse(svg.path().matcher("/api/v1/illustrations/Bird.svg").matches());
        assertFalse(svg.path().matcher("/api/v1/illustrations/bird-dog.png").matches());
    }
}
