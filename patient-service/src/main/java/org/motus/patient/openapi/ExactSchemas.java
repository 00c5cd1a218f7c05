package org.motus.patient.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.openapi.internal.models.media.SchemaSupport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Makes the document say exactly what the service sends.
 * <p>
 * A property that may be null and names another schema ({@code @Schema(nullable = true)} on a UUID,
 * a time, an enum or a record) is written inline with {@code nullable: true} (and {@code null}
 * among an enum's values): OpenAPI 3.0 has no way to make a {@code $ref} nullable, and
 * {@code allOf: [$ref]} beside {@code nullable: true} still refuses null in strict validators.
 * <p>
 * This service's answers are Java records written by Jackson with every component, null or not, so
 * every property of a schema that appears only in responses is present on the wire: the document
 * lists them all as {@code required} (whether a property may be null is said on the property,
 * {@code @Schema(nullable = true)}). A schema that is also a request body keeps what Bean Validation
 * says is required, since a client may leave the others out; and a schema that declares its own
 * {@code required} (the shared Problem, whose absent members are left out) keeps it.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BOTH)
public class ExactSchemas implements OASFilter {

    private static final String PREFIX = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null
                || openAPI.getComponents().getSchemas() == null
                || openAPI.getPaths() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> inResponses = new HashSet<>();
        Set<String> inRequests = new HashSet<>();
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getRequestBody() != null) {
                    visit(operation.getRequestBody().getContent(), schemas, inRequests);
                }
                if (operation.getResponses() != null) {
                    operation
                            .getResponses()
                            .getAPIResponses()
                            .values()
                            .forEach(response -> visit(response.getContent(), schemas, inResponses));
                }
            }
        }
        inResponses.removeAll(inRequests);
        for (String name : inResponses) {
            Schema schema = schemas.get(name);
            boolean declaresItsOwn = schema != null
                    && schema.getRequired() != null
                    && !schema.getRequired().isEmpty();
            if (schema != null
                    && !declaresItsOwn
                    && schema.getProperties() != null
                    && !schema.getProperties().isEmpty()) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
        schemas.values().forEach(schema -> inlineNullableReferences(schema, schemas));
    }

    private static void inlineNullableReferences(Schema schema, Map<String, Schema> schemas) {
        if (schema.getProperties() == null) {
            return;
        }
        for (Map.Entry<String, Schema> entry :
                Map.copyOf(schema.getProperties()).entrySet()) {
            Schema property = entry.getValue();
            String ref = nullableReference(property);
            Schema target = ref == null ? null : schemas.get(ref.substring(PREFIX.length()));
            if (target != null) {
                schema.addProperty(entry.getKey(), nullableCopy(target, property.getDescription()));
            }
        }
    }

    /** The component a nullable property names, or null when it names none or may not be null. */
    private static String nullableReference(Schema property) {
        List<Schema> members = new ArrayList<>();
        members.add(property);
        members.addAll(nonNull(property.getAllOf()));
        members.addAll(nonNull(property.getAnyOf()));
        members.addAll(nonNull(property.getOneOf()));
        String ref = members.stream()
                .map(Schema::getRef)
                .filter(r -> r != null && r.startsWith(PREFIX))
                .findFirst()
                .orElse(null);
        boolean nullable = Boolean.TRUE.equals(SchemaSupport.getNullable(property))
                || members.stream()
                        .anyMatch(member ->
                                member.getType() != null && member.getType().contains(SchemaType.NULL));
        return nullable ? ref : null;
    }

    private static Schema nullableCopy(Schema target, String description) {
        Schema copy = OASFactory.createSchema();
        List<SchemaType> types = new ArrayList<>(nonNull(target.getType()).stream()
                .filter(t -> t != SchemaType.NULL)
                .toList());
        types.add(SchemaType.NULL);
        copy.setType(types);
        copy.setFormat(target.getFormat());
        copy.setPattern(target.getPattern());
        copy.setProperties(target.getProperties());
        copy.setRequired(target.getRequired());
        copy.setItems(target.getItems());
        if (target.getEnumeration() != null) {
            List<Object> values = new ArrayList<>(target.getEnumeration());
            values.add(null);
            copy.setEnumeration(values);
        }
        copy.setDescription(description != null ? description : target.getDescription());
        return copy;
    }

    private static void visit(Content content, Map<String, Schema> schemas, Set<String> seen) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType media : content.getMediaTypes().values()) {
            visit(media.getSchema(), schemas, seen);
        }
    }

    private static void visit(Schema schema, Map<String, Schema> schemas, Set<String> seen) {
        if (schema == null) {
            return;
        }
        String ref = schema.getRef();
        if (ref != null && ref.startsWith(PREFIX)) {
            String name = ref.substring(PREFIX.length());
            if (seen.add(name)) {
                visit(schemas.get(name), schemas, seen);
            }
        }
        visit(schema.getItems(), schemas, seen);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> visit(property, schemas, seen));
        }
        for (List<Schema> group :
                List.of(nonNull(schema.getAllOf()), nonNull(schema.getAnyOf()), nonNull(schema.getOneOf()))) {
            group.forEach(member -> visit(member, schemas, seen));
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            visit(schema.getAdditionalPropertiesSchema(), schemas, seen);
        }
    }

    private static <T> List<T> nonNull(Collection<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
