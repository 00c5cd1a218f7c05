package org.motus.deploy.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** YAML (one document or a `---` separated stream) as Jackson trees. */
final class Yaml {

    private static final YAMLMapper MAPPER = new YAMLMapper();

    private Yaml() {}

    static List<JsonNode> documents(String yaml) {
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = MAPPER.readerFor(JsonNode.class).readValues(yaml)) {
            while (it.hasNextValue()) {
                JsonNode document = it.nextValue();
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Not YAML: " + e.getMessage(), e);
        }
        return documents;
    }

    static JsonNode document(Path file) {
        try {
            List<JsonNode> documents = documents(Files.readString(file));
            if (documents.size() != 1) {
                throw new IllegalArgumentException(file + " holds " + documents.size() + " YAML documents, expected 1");
            }
            return documents.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
