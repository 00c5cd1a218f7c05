package org.motus.problem.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Says in every service's document what the views put on the wire, from what their Java records say
 * (one filter for all services: like {@link ProblemResponsesFilter} it is found in this indexed jar). SmallRye
 * lists as {@code required} only components with a Bean Validation constraint; but a view (a record
 * that only appears in answers) always writes every component. So, for every schema reachable from a
 * successful answer and from no request body:
 * <ul>
 *   <li>every property is required, and one marked {@code @Schema(nullable = true)} may be null;</li>
 *   <li>except where the record (or the component) is written with {@code @JsonInclude(NON_NULL)}, marked
 *       {@value #OMITTED_WHEN_NULL}: there a component that may have no value is left out rather than sent as
 *       null, so it is optional and never null.</li>
 * </ul>
 * The mark stays in the document: it tells a reader (and a generator) that the property is left out, not null.
 * Schemas that requests use too (a dosage) keep Bean Validation's {@code required}; their nullability is
 * the same both ways. A schema that is neither (the shared Problem, only in error answers) keeps its own.
 * And every id's pattern is anchored (each service names the UUID component in its application.properties,
 * {@code mp.openapi.schema.java.util.UUID}, with an anchored pattern).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BOTH)
public class ExactSchemas implements OASFilter {

    /** The extension that marks a record or a component written with {@code @JsonInclude(NON_NULL)}. */
    public static final String OMITTED_WHEN_NULL = "x-omitted-when-null";

    private static final String PREFIX = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null
                || openAPI.getComponents().getSchemas() == null
                || openAPI.getPaths() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> inRequests = new HashSet<>();
        Set<String> inAnswers = new HashSet<>();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            if (item.getOperations() == null) {
                continue;
            }
            for (Operation operation : item.getOperations().values()) {
                if (operation.getRequestBody() != null) {
                    reach(operation.getRequestBody().getContent(), schemas, inRequests);
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    for (Map.Entry<String, APIResponse> response :
                            operation.getResponses().getAPIResponses().entrySet()) {
                        if (response.getKey().startsWith("2")) {
                            reach(response.getValue().getContent(), schemas, inAnswers);
                        }
                    }
                }
            }
        }
        for (Map.Entry<String, Schema> entry : schemas.entrySet()) {
            Schema schema = entry.getValue();
            anchorIdPattern(schema);
            if (schema.getProperties() == null) {
                continue;
            }
            schema.getProperties().values().forEach(ExactSchemas::anchorIdPattern);
            boolean view = inAnswers.contains(entry.getKey()) && !inRequests.contains(entry.getKey());
            boolean recordOmitsNulls = marked(schema);
            List<String> required = new ArrayList<>(schema.getRequired() == null ? List.of() : schema.getRequired());
            for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
                Schema definition = property.getValue();
                boolean omitted = view && (recordOmitsNulls && nullable(definition) || marked(definition));
                if (omitted) {
                    // Left out when it has no value, never sent as null. The mark stays, so that running
                    // this filter again (build and runtime) gives the same document.
                    notNull(definition).addExtension(OMITTED_WHEN_NULL, true);
                    required.remove(property.getKey());
                } else if (view && !required.contains(property.getKey())) {
                    required.add(property.getKey());
                }
            }
            schema.setRequired(required.isEmpty() ? null : required);
        }
        // Second pass, once every view has its required list: a reference that may be null is written out.
        for (Schema schema : schemas.values()) {
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(property -> inlineNullableReference(property, schemas));
            }
        }
    }

    /**
     * OpenAPI 3.0 has no "this reference, or null": {@code nullable} beside {@code allOf: [$ref]} still
     * requires the value to match the referenced schema, which null does not (validators read it so).
     * So a nullable reference becomes a copy of what it refers to, with null allowed.
     */
    private static void inlineNullableReference(Schema property, Map<String, Schema> schemas) {
        if (!nullable(property)) {
            return;
        }
        String ref = property.getRef();
        if (ref == null && property.getAllOf() != null && property.getAllOf().size() == 1) {
            ref = property.getAllOf().get(0).getRef();
        }
        if (ref == null && property.getAnyOf() != null) {
            ref = property.getAnyOf().stream()
                    .map(Schema::getRef)
                    .filter(java.util.Objects::nonNull)
                    .findFirst()
                    .orElse(null);
        }
        if (ref == null || !ref.startsWith(PREFIX) || schemas.get(ref.substring(PREFIX.length())) == null) {
            return;
        }
        Schema target = schemas.get(ref.substring(PREFIX.length()));
        property.setRef(null);
        property.setAllOf(null);
        property.setAnyOf(null);
        List<Schema.SchemaType> types = new ArrayList<>(target.getType() == null ? List.of() : target.getType());
        types.add(Schema.SchemaType.NULL);
        property.setType(types);
        property.setFormat(target.getFormat());
        property.setPattern(target.getPattern());
        property.setEnumeration(target.getEnumeration() == null ? null : new ArrayList<>(target.getEnumeration()));
        property.setProperties(
                target.getProperties() == null ? null : new java.util.LinkedHashMap<>(target.getProperties()));
        property.setRequired(target.getRequired() == null ? null : new ArrayList<>(target.getRequired()));
        property.setItems(target.getItems());
        if (property.getDescription() == null) {
            property.setDescription(target.getDescription());
        }
    }

    private static boolean marked(Schema schema) {
        return schema.getExtensions() != null
                && "true".equals(String.valueOf(schema.getExtensions().get(OMITTED_WHEN_NULL)));
    }

    /**
     * SmallRye copies its UUID pattern, which matches anywhere in a longer text, into properties that
     * carry their own {@code @Schema}; an id is the whole value.
     */
    private static void anchorIdPattern(Schema schema) {
        String pattern = schema.getPattern();
        if ("uuid".equals(schema.getFormat()) && pattern != null && !pattern.startsWith("^")) {
            schema.setPattern("^" + pattern + "$");
        }
    }

    /** {@code @Schema(nullable = true)}: null among the types, or a reference offered "or null". */
    private static boolean nullable(Schema schema) {
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL)
                || schema.getAnyOf() != null && schema.getAnyOf().stream().anyMatch(ExactSchemas::isNull);
    }

    private static boolean isNull(Schema schema) {
        return schema.getType() != null && schema.getType().equals(List.of(Schema.SchemaType.NULL));
    }

    /** The same schema without its "or null". */
    private static Schema notNull(Schema schema) {
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL)) {
            schema.removeType(Schema.SchemaType.NULL);
        }
        if (schema.getAnyOf() != null && schema.getAnyOf().stream().anyMatch(ExactSchemas::isNull)) {
            List<Schema> rest =
                    schema.getAnyOf().stream().filter(s -> !isNull(s)).toList();
            schema.setAnyOf(null);
            if (rest.size() == 1 && rest.get(0).getRef() != null) {
                schema.setRef(rest.get(0).getRef());
            } else {
                schema.setAnyOf(new ArrayList<>(rest));
            }
        }
        return schema;
    }

    /** Names of the component schemas a body's content reaches, following references. */
    private static void reach(Content content, Map<String, Schema> schemas, Set<String> seen) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        Deque<Schema> todo = new ArrayDeque<>();
        for (MediaType media : content.getMediaTypes().values()) {
            if (media.getSchema() != null) {
                todo.push(media.getSchema());
            }
        }
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            if (schema.getRef() != null && schema.getRef().startsWith(PREFIX)) {
                String name = schema.getRef().substring(PREFIX.length());
                if (seen.add(name) && schemas.get(name) != null) {
                    todo.push(schemas.get(name));
                }
            }
            if (schema.getItems() != null) {
                todo.push(schema.getItems());
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(todo::push);
            }
            if (schema.getAdditionalPropertiesSchema() != null) {
                todo.push(schema.getAdditionalPropertiesSchema());
            }
            for (List<Schema> group : List.of(
                    nullToEmpty(schema.getAllOf()), nullToEmpty(schema.getAnyOf()), nullToEmpty(schema.getOneOf()))) {
                group.forEach(todo::push);
            }
        }
    }

    private static List<Schema> nullToEmpty(List<Schema> list) {
        return list == null ? List.of() : list;
    }
}
