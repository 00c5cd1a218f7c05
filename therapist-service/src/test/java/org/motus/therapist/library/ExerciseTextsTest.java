package org.motus.therapist.library;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.transaction.Transactional;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.therapist.testing.PatientServiceStub;
import org.motus.therapist.testing.Tokens;

/** Issue 19 item 6: the built-in library reads in Spanish and German; anything else in English. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PatientServiceStub.class)
class ExerciseTextsTest {

    @Test
    @Transactional
    void everyBuiltInExerciseHasSpanishAndGermanTextsWithTheEnglishNumberOfSteps() {
        List<Exercise> builtIn = Exercise.list("builtIn", true);
        assertThat(builtIn).hasSizeGreaterThanOrEqualTo(47);
        for (String language : ExerciseTexts.LANGUAGES) {
            for (Exercise exercise : builtIn) {
                ExerciseText text = ExerciseText.find("exerciseId = ?1 and language = ?2", exercise.id, language)
                        .firstResult();
                assertThat(text).as(exercise.slug + " in " + language).isNotNull();
                assertThat(text.name).as(exercise.slug).isNotEqualTo(exercise.name);
                assertEquals(exercise.instructions.size(), text.instructions.size(), exercise.slug + " steps");
                assertEquals(exercise.commonMistakes.size(), text.commonMistakes.size(), exercise.slug + " mistakes");
                assertEquals(
                        exercise.contraindications.size(), text.contraindications.size(), exercise.slug + " contra");
            }
        }
    }

    @Test
    void theLibraryAnswersInTheReadersLanguage() {
        given().auth()
                .oauth2(Tokens.TESS.token())
                .header("Accept-Language", "de-DE")
                .get("/api/v1/exercises/0b6f1c1e-3f0a-4c1e-9d1a-000000000008")
                .then()
                .statusCode(200)
                .body("slug", equalTo("bird-dog"))
                .body("name", equalTo("Vierfüßlerstand mit Arm und Bein"))
                .body(
                        "instructions[0]",
                        equalTo("Beginnen Sie im Vierfüßlerstand, Hände unter den Schultern, Knie unter den Hüften."));
        given().auth()
                .oauth2(Tokens.TESS.token())
                .get("/api/v1/exercises/0b6f1c1e-3f0a-4c1e-9d1a-000000000008")
                .then()
                .statusCode(200)
                .body("name", equalTo("Bird-dog"));
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "'es-MX,es;q=0.9', es",
                "de, de",
                "'en-GB, de;q=0.5', null",
                "'fr, de;q=0.5', de",
                "'de;q=0.3, es;q=0.7', es",
                "fr, null",
                "null, null",
                "'', null",
                "'es;q=x', null"
            })
    void theLanguageIsTheFirstOfAcceptLanguageThatTheLibraryHas(String header, String expected) {
        assertEquals(expected, ExerciseTexts.languageOf(header));
    }

    @Test
    void outsideARequestTheTextsAreEnglish() {
        assertNull(ExerciseTexts.requestLanguage());
    }
}
