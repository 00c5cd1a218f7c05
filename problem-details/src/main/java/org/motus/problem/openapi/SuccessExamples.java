package org.motus.problem.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The example of every successful answer, written once per view instead of on every operation that
 * returns it. A service lists, in its own subclass (marked {@code @OpenApiFilter} and naming {@code OASFilter}
 * among its interfaces, which Quarkus requires), one example per view
 * record and one per list of it; SmallRye gives each successful answer its schema from the method's
 * return type (an operation that only says {@code @APIResponse(responseCode = "200", description = ...)}
 * still gets it), and this filter adds the listed example to every successful answer whose schema is that
 * view or a list of it and that names no example of its own. An operation that shows something particular
 * (a cancelled visit, a draft with a warning) keeps its own {@code @ExampleObject}.
 */
public abstract class SuccessExamples implements OASFilter {

    private static final String PREFIX = "#/components/schemas/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Map<String, Object>> single = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> lists = new LinkedHashMap<>();

    /** The example of an answer that is one {@code view}. */
    protected final SuccessExamples one(Class<?> view, String name, String json) {
        put(single, view, name, json);
        return this;
    }

    /** The example of an answer that is a list of {@code view}s. */
    protected final SuccessExamples listOf(Class<?> view, String name, String json) {
        put(lists, view, name, json);
        return this;
    }

    private static void put(Map<String, Map<String, Object>> registry, Class<?> view, String name, String json) {
        Map<String, Object> previous = registry.putIfAbsent(schemaName(view), Map.of(name, parse(json)));
        if (previous != null) {
            throw new IllegalStateException("two examples for " + view.getName());
        }
    }

    /** The component's name SmallRye gives a class: its {@code @Schema(name)} if it has one, else its simple name. */
    static String schemaName(Class<?> view) {
        org.eclipse.microprofile.openapi.annotations.media.Schema schema =
                view.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : view.getSimpleName();
    }

    @Override
    public final void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            if (item.getOperations() == null) {
                continue;
            }
            for (Operation operation : item.getOperations().values()) {
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                    continue;
                }
                for (Map.Entry<String, APIResponse> response :
                        operation.getResponses().getAPIResponses().entrySet()) {
                    if (response.getKey().startsWith("2")) {
                        addExamples(response.getValue());
                    }
                }
            }
        }
    }

    private void addExamples(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return;
        }
        for (MediaType media : response.getContent().getMediaTypes().values()) {
            boolean hasOwn = media.getExample() != null
                    || media.getExamples() != null && !media.getExamples().isEmpty();
            Map<String, Object> examples = hasOwn ? null : registered(media.getSchema());
            if (examples != null) {
                examples.forEach((name, value) -> media.addExample(name, example(value)));
            }
        }
    }

    /** The registered examples for this schema: a view's, or a list's of that view. */
    private Map<String, Object> registered(Schema schema) {
        if (schema == null) {
            return null;
        }
        String ref = schema.getRef();
        if (ref != null && ref.startsWith(PREFIX)) {
            return single.get(ref.substring(PREFIX.length()));
        }
        Schema items = schema.getItems();
        if (schema.getType() != null
                && schema.getType().contains(Schema.SchemaType.ARRAY)
                && items != null
                && items.getRef() != null
                && items.getRef().startsWith(PREFIX)) {
            return lists.get(items.getRef().substring(PREFIX.length()));
        }
        return null;
    }

    private static Example example(Object value) {
        return OASFactory.createExample().value(value);
    }

    private static Object parse(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
