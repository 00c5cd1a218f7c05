package org.motus.deploy.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/** The objects a kustomization renders to, found by kind and name. */
record Manifests(List<JsonNode> objects) {

    Manifests {
        objects = List.copyOf(objects);
    }

    List<JsonNode> ofKind(String kind) {
        return objects.stream()
                .filter(o -> kind.equals(o.path("kind").asText()))
                .toList();
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(o -> name.equals(name(o))).findFirst();
    }

    JsonNode get(String kind, String name) {
        return find(kind, name)
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " in the rendered manifests"));
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    /** Deep copies, so a test may break one without touching the others. */
    Manifests copy() {
        return new Manifests(objects.stream().<JsonNode>map(JsonNode::deepCopy).toList());
    }
}
