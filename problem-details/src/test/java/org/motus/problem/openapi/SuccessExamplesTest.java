package org.motus.problem.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

class SuccessExamplesTest {

    record Thing(String name) {}

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "Renamed")
    record Named(String name) {}

    record Unlisted(String name) {}

    static final class Registry extends SuccessExamples {
        Registry() {
            one(Thing.class, "thing", "{\"name\":\"a\"}");
            listOf(Thing.class, "things", "[{\"name\":\"a\"},{\"name\":\"b\"}]");
            one(Named.class, "named", "{\"name\":\"n\"}");
        }
    }

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref("#/components/schemas/" + name);
    }

    private static Schema listOf(String name) {
        return OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(ref(name));
    }

    /** One operation answering {@code status} with {@code schema}; returns its media type to look at. */
    private static MediaType answer(OpenAPI openAPI, String path, String status, Schema schema) {
        MediaType media = OASFactory.createMediaType().schema(schema);
        openAPI.getPaths()
                .addPathItem(
                        path,
                        OASFactory.createPathItem()
                                .GET(OASFactory.createOperation()
                                        .responses(OASFactory.createAPIResponses()
                                                .addAPIResponse(
                                                        status,
                                                        OASFactory.createAPIResponse()
                                                                .content(OASFactory.createContent()
                                                                        .addMediaType("application/json", media))))));
        return media;
    }

    @Test
    void aSuccessfulAnswerOfAListedViewOrAListOfItGetsItsExample() {
        OpenAPI openAPI = OASFactory.createOpenAPI().paths(OASFactory.createPaths());
        MediaType one = answer(openAPI, "/one", "200", ref("Thing"));
        MediaType created = answer(openAPI, "/created", "201", ref("Thing"));
        MediaType list = answer(openAPI, "/list", "200", listOf("Thing"));
        MediaType named = answer(openAPI, "/named", "200", ref("Renamed"));

        new Registry().filterOpenAPI(openAPI);

        assertEquals(Map.of("name", "a"), one.getExamples().get("thing").getValue());
        assertEquals(Map.of("name", "a"), created.getExamples().get("thing").getValue());
        assertEquals(
                List.of(Map.of("name", "a"), Map.of("name", "b")),
                list.getExamples().get("things").getValue());
        assertEquals(Map.of("name", "n"), named.getExamples().get("named").getValue());
    }

    @Test
    void anOperationsOwnExampleAnErrorAndAnUnlistedViewAreLeftAlone() {
        OpenAPI openAPI = OASFactory.createOpenAPI().paths(OASFactory.createPaths());
        MediaType own = answer(openAPI, "/own", "200", ref("Thing"));
        own.addExample("cancelled", OASFactory.createExample().value(Map.of("name", "c")));
        MediaType error = answer(openAPI, "/error", "404", ref("Thing"));
        MediaType unlisted = answer(openAPI, "/unlisted", "200", ref("Unlisted"));
        MediaType listOfNamed = answer(openAPI, "/named-list", "200", listOf("Renamed"));

        new Registry().filterOpenAPI(openAPI);
        new Registry().filterOpenAPI(openAPI); // build and run time: the second run changes nothing

        assertEquals(List.of("cancelled"), List.copyOf(own.getExamples().keySet()));
        assertNull(error.getExamples());
        assertNull(unlisted.getExamples());
        assertNull(listOfNamed.getExamples());
    }

    @Test
    void aViewListedTwiceIsRefused() {
        class Twice extends SuccessExamples {
            Twice() {
                one(Thing.class, "thing", "{}");
                one(Thing.class, "again", "{}");
            }
        }
        assertThrows(IllegalStateException.class, Twice::new);
    }
}
