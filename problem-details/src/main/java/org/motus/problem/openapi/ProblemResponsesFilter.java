package org.motus.problem.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.motus.problem.Problem;
import org.motus.problem.ProblemType;

/**
 * The standard problem responses of every Motus REST service, written once instead of on every operation.
 *
 * <p>For every operation under {@code /api/}: 401 and 403 (every API operation is secured), 400 where it
 * takes parameters or a body, 404 where its path names a resource ({@code {id}}), 415 where it takes a JSON
 * body (another content type is refused before the method runs). 409, 413, 422 and 503, and 415 for a
 * body of another type, only where the operation declares them (a short {@code @APIResponse} with a description that says when).
 * Every error response (4xx/5xx) then answers {@code application/problem+json} with the {@code Problem}
 * schema and an example: the operation's own if it gave one, else the standard one of {@link ProblemExamples}.
 * An operation's own description is kept; a missing one becomes the problem type's title.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BOTH)
public class ProblemResponsesFilter implements OASFilter {

    static final String SCHEMA_NAME = "Problem";
    static final String SCHEMA_REF = "#/components/schemas/" + SCHEMA_NAME;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean any = false;
        for (Map.Entry<String, PathItem> path :
                openAPI.getPaths().getPathItems().entrySet()) {
            PathItem item = path.getValue();
            if (item.getOperations() == null) {
                continue;
            }
            for (Operation operation : item.getOperations().values()) {
                if (operation.getResponses() == null) {
                    operation.setResponses(OASFactory.createAPIResponses());
                }
                addStandardResponses(path.getKey(), item, operation);
                any |= documentProblems(operation.getResponses());
            }
        }
        if (any) {
            addProblemSchema(openAPI);
        }
    }

    private static void addStandardResponses(String path, PathItem item, Operation operation) {
        if (!path.startsWith("/api/")) {
            return;
        }
        APIResponses responses = operation.getResponses();
        ensure(responses, 401);
        ensure(responses, 403);
        boolean parameters = hasItems(operation.getParameters())
                || hasItems(item.getParameters())
                || operation.getRequestBody() != null;
        if (parameters) {
            ensure(responses, 400);
        }
        if (path.contains("{")) {
            ensure(responses, 404);
        }
        if (consumesJson(operation)) {
            ensure(responses, 415);
            if (!responses.hasAPIResponse("413")) {
                // http.JsonBodyLimit refuses a JSON body over 256 KiB in every service.
                responses.addAPIResponse(
                        "413",
                        OASFactory.createAPIResponse()
                                .description("The JSON body is over 256 KiB")
                                .content(OASFactory.createContent()
                                        .addMediaType(
                                                Problem.MEDIA_TYPE,
                                                OASFactory.createMediaType()
                                                        .addExample(
                                                                "too large",
                                                                OASFactory.createExample()
                                                                        .value(parse(
                                                                                ProblemExamples.JSON_TOO_LARGE))))));
            }
        }
    }

    /** A JSON body: any other content type is refused with 415 before the method runs. */
    private static boolean consumesJson(Operation operation) {
        return operation.getRequestBody() != null
                && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().getMediaTypes() != null
                && operation.getRequestBody().getContent().getMediaTypes().containsKey("application/json");
    }

    private static boolean hasItems(List<?> list) {
        return list != null && !list.isEmpty();
    }

    private static void ensure(APIResponses responses, int status) {
        if (!responses.hasAPIResponse(String.valueOf(status))) {
            responses.addAPIResponse(String.valueOf(status), OASFactory.createAPIResponse());
        }
    }

    /** Every 4xx/5xx response as problem+json with the Problem schema and an example; true if there was one. */
    private static boolean documentProblems(APIResponses responses) {
        boolean any = false;
        if (responses.getAPIResponses() == null) {
            return false;
        }
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            int status;
            try {
                status = Integer.parseInt(entry.getKey());
            } catch (NumberFormatException notAStatus) {
                continue;
            }
            if (status < 400 || entry.getValue().getRef() != null) {
                continue;
            }
            any = true;
            APIResponse response = entry.getValue();
            if (response.getDescription() == null || response.getDescription().isBlank()) {
                response.setDescription(defaultDescription(status));
            }
            Map<String, Example> examples = ownExamples(response.getContent());
            if (examples.isEmpty()) {
                String standard = ProblemExamples.BY_STATUS.getOrDefault(status, ProblemExamples.INTERNAL);
                examples.put(
                        ProblemExamples.name(status), OASFactory.createExample().value(parse(standard)));
            }
            MediaType media = OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref(SCHEMA_REF))
                    .examples(examples);
            Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
            response.setContent(content);
        }
        return any;
    }

    private static String defaultDescription(int status) {
        return switch (status) {
            case 400 -> "Invalid request: a parameter or the body breaks its constraints";
            case 401 -> "No valid access token";
            case 403 -> "Your role does not allow this";
            case 404 -> "Not found, or not within your reach";
            case 415 -> "The body is not application/json";
            case 422 -> ProblemType.RULE_VIOLATION.title();
            default -> ProblemType.forStatus(status).title();
        };
    }

    /** The examples an operation gave for this response itself (whatever media type they were filed under). */
    private static Map<String, Example> ownExamples(Content content) {
        Map<String, Example> examples = new LinkedHashMap<>();
        if (content == null || content.getMediaTypes() == null) {
            return examples;
        }
        for (MediaType media : content.getMediaTypes().values()) {
            if (media.getExamples() != null) {
                examples.putAll(media.getExamples());
            }
            if (media.getExample() != null && examples.isEmpty()) {
                examples.put("example", OASFactory.createExample().value(media.getExample()));
            }
        }
        return examples;
    }

    private static Object parse(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addProblemSchema(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        if (components.getSchemas() != null && components.getSchemas().containsKey(SCHEMA_NAME)) {
            return;
        }
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema violation = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description(
                        "One field's problem; code is a stable name a client may switch on, absent where the message alone says it.")
                .required(List.of("field", "message"))
                .addProperty("field", string)
                .addProperty("message", string)
                .addProperty("code", string);
        Schema problem = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description(
                        "RFC 9457 problem details. type is a stable URN (urn:motus:problem:...) a client may switch on; "
                                + "some problems add members of their own (e.g. windowOpensAt).")
                .required(List.of("type", "title", "status"))
                .addProperty(
                        "type",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .examples(List.of(ProblemType.VALIDATION.uri())))
                .addProperty("title", string)
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .format("int32"))
                .addProperty("detail", string)
                .addProperty(
                        "violations",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .items(violation))
                .additionalPropertiesSchema(OASFactory.createSchema());
        components.addSchema(SCHEMA_NAME, problem);
    }
}
