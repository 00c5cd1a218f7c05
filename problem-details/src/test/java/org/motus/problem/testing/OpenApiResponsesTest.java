package org.motus.problem.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiResponsesTest {

    private static final String DOCUMENT = """
            openapi: 3.0.3
            info: {title: t, version: "1"}
            paths:
              /api/v1/patients/{id}:
                get:
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                  responses:
                    "200":
                      description: the patient
                      content:
                        application/json:
                          schema: {$ref: "#/components/schemas/Patient"}
                    "404":
                      description: not found
                      content:
                        application/problem+json:
                          schema: {type: object, required: [status], properties: {status: {type: integer}}}
            components:
              schemas:
                Patient:
                  type: object
                  required: [id, baselinePain, phone]
                  properties:
                    id: {type: string, format: uuid}
                    baselinePain: {type: integer, minimum: 0, maximum: 10}
                    phone: {type: string, nullable: true}
                    kind: {type: string, enum: [PAIN, FOLLOW_UP]}
            """;

    private final OpenApiResponses document = OpenApiResponses.of(DOCUMENT);

    private List<String> answer(int status, String contentType, String body) {
        return document.problems("GET", "/api/v1/patients/42", status, contentType, body);
    }

    @Test
    void anAnswerThatMatchesItsSchemaHasNoProblems() {
        assertEquals(
                List.of(),
                answer(
                        200,
                        "application/json",
                        "{\"id\":\"6f1c2a4e-0c1b-4a53-9a51-3f2d7a4b1c11\",\"baselinePain\":4,\"phone\":null,\"kind\":\"PAIN\"}"));
    }

    @Test
    void aMissingRequiredFieldIsAProblem() {
        assertTrue(
                answer(200, "application/json", "{\"id\":\"6f1c2a4e-0c1b-4a53-9a51-3f2d7a4b1c11\",\"phone\":null}")
                        .stream()
                        .anyMatch(problem -> problem.contains("baselinePain")),
                "baselinePain missing not reported");
    }

    @Test
    void aNullWhereTheDocumentDoesNotAllowOneIsAProblem() {
        assertEquals(
                1,
                answer(
                                200,
                                "application/json",
                                "{\"id\":\"6f1c2a4e-0c1b-4a53-9a51-3f2d7a4b1c11\",\"baselinePain\":null,\"phone\":null}")
                        .size());
    }

    @Test
    void aValueOutsideItsEnumOrRangeIsAProblem() {
        assertEquals(
                2,
                answer(
                                200,
                                "application/json",
                                "{\"id\":\"6f1c2a4e-0c1b-4a53-9a51-3f2d7a4b1c11\",\"baselinePain\":11,\"phone\":\"1\",\"kind\":\"OTHER\"}")
                        .size());
    }

    @Test
    void aFieldTheDocumentDoesNotNameIsAProblem() {
        assertEquals(
                1,
                answer(
                                200,
                                "application/json",
                                "{\"id\":\"6f1c2a4e-0c1b-4a53-9a51-3f2d7a4b1c11\",\"baselinePain\":1,\"phone\":\"1\",\"pian\":3}")
                        .size());
    }

    @Test
    void aStatusTheOperationDoesNotDeclareIsAProblem() {
        assertTrue(answer(500, "application/problem+json", "{\"status\":500}").stream()
                .anyMatch(problem -> problem.startsWith("validation.response.status.unknown")));
    }

    @Test
    void anErrorInAMediaTypeTheStatusDoesNotDeclareIsAProblem() {
        assertTrue(!answer(404, "application/json", "{\"status\":404}").isEmpty());
        assertEquals(List.of(), answer(404, "application/problem+json", "{\"status\":404}"));
    }

    @Test
    void aPathTheDocumentDoesNotDescribeIsNotJudged() {
        assertEquals(List.of(), document.problems("GET", "/q/health/ready", 200, "application/json", "{}"));
    }
}
