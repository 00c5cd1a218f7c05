package org.motus.deploy.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * deploy/README.md's table of production environment variables names every variable that the
 * compose file or the Kubernetes prod overlay gives a Motus service, so the table cannot fall behind.
 */
class ProductionConfigurationDocumentedTest {

    @Test
    void everyVariableGivenToAServiceIsInTheReadmeTable() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Set<String> variables = new TreeSet<>();
        JsonNode compose = Yaml.document(ComposeFileTest.COMPOSE.resolve("compose.yaml"));
        for (MotusService service : MotusService.values()) {
            variables.addAll(ComposeRules.environment(compose.path("services").path(service.module))
                    .keySet());
        }
        for (Path overlay : new Path[] {
            KubernetesOverlaysTest.K8S.resolve("overlays/dev"), KubernetesOverlaysTest.K8S.resolve("overlays/prod")
        }) {
            Manifests manifests = Kustomize.render(overlay);
            for (MotusService service : MotusService.values()) {
                JsonNode container = manifests.get("Deployment", service.module).at("/spec/template/spec/containers/0");
                container
                        .path("env")
                        .forEach(env -> variables.add(env.path("name").asText()));
                for (JsonNode source : container.path("envFrom")) {
                    manifests
                            .find(
                                    "ConfigMap",
                                    source.path("configMapRef").path("name").asText())
                            .ifPresent(configMap ->
                                    configMap.path("data").fieldNames().forEachRemaining(variables::add));
                }
            }
        }
        Set<String> undocumented = new TreeSet<>();
        for (String variable : variables) {
            if (!readme.contains("`" + variable + "`")) {
                undocumented.add(variable);
            }
        }
        assertEquals(Set.of(), undocumented, "add these to deploy/README.md, \"Production configuration\"");
    }
}
