package org.motus.therapist.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AllowedMethodsTest {

    @Test
    void aTemplateMatchesItsPathsWithAnyValueOrTheVariablesOwnPattern() {
        AllowedMethods.Route media = AllowedMethods.route("/api/v1/exercises/{id}/media", Set.of("GET"));
        assertThat(media.path()
                        .matcher("/api/v1/exercises/0b6f1c1e-3f0a-4c1e-9d1a-000000000008/media")
                        .matches())
                .isTrue();
        assertThat(media.path().matcher("/api/v1/exercises/a/b/media").matches())
                .isFalse();
        assertThat(media.literalCharacters()).isEqualTo("/api/v1/exercises//media".length());
        AllowedMethods.Route svg =
                AllowedMethods.route("/api/v1/illustrations/{name: [a-z0-9-]{2,60}}.svg", Set.of("GET"));
        assertThat(svg.path().matcher("/api/v1/illustrations/bird-dog.svg").matches())
                .isTrue();
        assertThat(svg.path().matcher("/api/v1/illustrations/Bird.svg").matches())
                .isFalse();
        assertThat(svg.path().matcher("/api/v1/illustrations/bird-dog.png").matches())
                .isFalse();
    }
}
