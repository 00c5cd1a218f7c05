package org.motus.problem.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The checks every Motus service's OpenAPI document passes, as tests: a service's {@code OpenApiTest}
 * extends this class (with its own {@code @QuarkusTest} and test resources) and inherits them, run on
 * its own {@code /q/openapi?format=json}. Together with {@link ValidateResponsesAgainstOpenApi}, which
 * checks every answer of the suite against the same document, they keep the document exact.
 */
public abstract class OpenApiDocumentContract {

    private String text;
    private Map<String, Object> document;

    /** A path the document matches for a template ({@code {id}} an id); override for other variables. */
    protected String concretePath(String template) {
        return template.replaceAll("\\{[^}]+}", "0b6f1c1e-3f0a-4c1e-9d1a-000000000008");
    }

    /** The document as served, for a service's own further checks. */
    protected Map<String, Object> document() {
        return document;
    }

    @BeforeEach
    void readTheDocument() {
        text = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        document = OpenApiResponses.parse(text);
    }

    @Test
    void everyEndpointHasASummaryAndExamples() {
        assertNothingWrong(OpenApiDocumentChecks.summariesAndExamples(document));
    }

    /** Every error response of every operation: application/problem+json, the Problem schema, an example; 401 and 403 everywhere. */
    @Test
    void everyErrorResponseIsAProblemWithAnExample() {
        assertNothingWrong(OpenApiDocumentChecks.errorsAreProblems(document));
    }

    @Test
    void everySuccessfulAnswerWithABodyHasASchema() {
        assertNothingWrong(OpenApiDocumentChecks.successesHaveSchemas(document));
    }

    @Test
    void everyPatternIsAnchoredExceptNotBlanksContainsANonSpace() {
        assertEquals(
                List.of(), OpenApiDocumentChecks.patternsAreAnchored(document).wrong());
    }

    /** The examples shown for successful answers are answers the document accepts (they drift otherwise). */
    @Test
    void everyExampleOfASuccessfulAnswerMatchesItsSchema() {
        assertNothingWrong(OpenApiDocumentChecks.examplesMatchTheirSchemas(text, this::concretePath));
    }

    private static void assertNothingWrong(OpenApiDocumentChecks.Findings findings) {
        assertTrue(findings.checked() > 0, "nothing to check: is the document empty?");
        assertEquals(List.of(), findings.wrong());
    }
}
