package org.motus.problem.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * What every Motus service's OpenAPI document must say of each operation under {@code /api/}: a
 * summary and examples (request body and every JSON answer), and every error as an RFC 9457 problem;
 * a schema for every successful answer with a body, examples that match it, and only anchored patterns.
 * Each service's {@code OpenApiTest} runs these on its own {@code /q/openapi?format=json}.
 */
public final class OpenApiDocumentChecks {

    /** What a check found: how many things it looked at and what was missing or wrong. */
    public record Findings(int checked, List<String> wrong) {}

    private static final Set<String> NO_BODY = Set.of("204", "304");

    private OpenApiDocumentChecks() {}

    /** Each operation has a summary, an example for its request body and for each answer with a JSON body. */
    public static Findings summariesAndExamples(Map<String, Object> document) {
        List<String> missing = new ArrayList<>();
        int operations = forEachOperation(document, (name, operation) -> {
            if (operation.get("summary") == null) {
                missing.add(name + ": summary");
            }
            Map<String, Object> body = map(operation.get("requestBody"));
            if (body != null && !hasJsonExamples(body)) {
                missing.add(name + ": request example");
            }
            for (var response : map(operation.get("responses")).entrySet()) {
                // 204 and 304 have no body (RFC 9110 §15.3.5, §15.4.5); 401 is the shared problem.
                if (!NO_BODY.contains(response.getKey())
                        && !response.getKey().equals("401")
                        && !hasJsonExamples(map(response.getValue()))) {
                    missing.add(name + ": example for " + response.getKey());
                }
            }
        });
        return new Findings(operations, missing);
    }

    /**
     * Every error answer is {@code application/problem+json} with the Problem schema, a description
     * and an example; 401 and 403 on every operation; 404 on every operation whose path names a resource.
     */
    public static Findings errorsAreProblems(Map<String, Object> document) {
        List<String> wrong = new ArrayList<>();
        if (!map(map(document.get("components")).get("schemas")).containsKey("Problem")) {
            wrong.add("no Problem schema in components");
        }
        int[] errors = {0};
        forEachOperation(document, (name, operation) -> {
            Map<String, Object> responses = map(operation.get("responses"));
            for (String status : List.of("401", "403")) {
                if (!responses.containsKey(status)) {
                    wrong.add(name + ": no " + status);
                }
            }
            if (name.contains("{") && !responses.containsKey("404")) {
                wrong.add(name + ": no 404");
            }
            for (var response : responses.entrySet()) {
                if (response.getKey().compareTo("400") < 0) {
                    continue;
                }
                errors[0]++;
                String answer = name + " " + response.getKey();
                Map<String, Object> content = map(map(response.getValue()).get("content"));
                if (content == null || !content.keySet().equals(Set.of("application/problem+json"))) {
                    wrong.add(answer + ": media types " + (content == null ? null : content.keySet()));
                    continue;
                }
                Map<String, Object> media = map(content.get("application/problem+json"));
                Map<String, Object> schema = map(media.get("schema"));
                if (schema == null || !"#/components/schemas/Problem".equals(schema.get("$ref"))) {
                    wrong.add(answer + ": schema " + schema);
                }
                if (media.get("examples") == null && media.get("example") == null) {
                    wrong.add(answer + ": no example");
                }
                if (map(response.getValue()).get("description") == null) {
                    wrong.add(answer + ": no description");
                }
            }
        });
        return new Findings(errors[0], wrong);
    }

    /** Each successful answer with a body names its schema (a JSON answer without one types nothing). */
    public static Findings successesHaveSchemas(Map<String, Object> document) {
        List<String> missing = new ArrayList<>();
        int[] checked = {0};
        forEachOperation(document, (name, operation) -> {
            for (var response : map(operation.get("responses")).entrySet()) {
                Map<String, Object> content = map(map(response.getValue()).get("content"));
                if (!response.getKey().startsWith("2") || content == null) {
                    continue;
                }
                for (var media : content.entrySet()) {
                    checked[0]++;
                    if (map(media.getValue()) == null || map(media.getValue()).get("schema") == null) {
                        missing.add(name + " " + response.getKey() + " " + media.getKey());
                    }
                }
            }
        });
        return new Findings(checked[0], missing);
    }

    /**
     * Every pattern matches a whole value ({@code ^...$}); {@code \S}, how Bean Validation's
     * {@code @NotBlank} is written, is the one pattern meant to match anywhere.
     */
    public static Findings patternsAreAnchored(Map<String, Object> document) {
        List<String> unanchored = new ArrayList<>();
        int[] checked = {0};
        patterns(document, "", unanchored, checked);
        return new Findings(checked[0], unanchored);
    }

    private static void patterns(Object node, String at, List<String> unanchored, int[] checked) {
        if (node instanceof Map<?, ?> each) {
            if (each.get("pattern") instanceof String pattern) {
                checked[0]++;
                if (!pattern.equals("\\S") && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
                    unanchored.add(at + ": " + pattern);
                }
            }
            each.forEach((key, value) -> patterns(value, at + "/" + key, unanchored, checked));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                patterns(list.get(i), at + "/" + i, unanchored, checked);
            }
        }
    }

    /**
     * The examples shown for successful JSON answers are answers the document itself accepts (they drift
     * otherwise). {@code concrete} turns a path template into a path the document matches
     * ({@code {id}} into an id).
     */
    public static Findings examplesMatchTheirSchemas(String documentText, UnaryOperator<String> concrete) {
        Map<String, Object> document = OpenApiResponses.parse(documentText);
        OpenApiResponses answers = OpenApiResponses.of(documentText);
        List<String> wrong = new ArrayList<>();
        int[] checked = {0};
        for (var path : map(document.get("paths")).entrySet()) {
            for (var operation : map(path.getValue()).entrySet()) {
                if (!(operation.getValue() instanceof Map<?, ?>)
                        || map(map(operation.getValue()).get("responses")) == null) {
                    continue;
                }
                for (var response :
                        map(map(operation.getValue()).get("responses")).entrySet()) {
                    Map<String, Object> content = map(map(response.getValue()).get("content"));
                    if (!response.getKey().startsWith("2") || content == null) {
                        continue;
                    }
                    for (var media : content.entrySet()) {
                        Map<String, Object> examples = map(map(media.getValue()).get("examples"));
                        if (!media.getKey().contains("json") || examples == null) {
                            continue;
                        }
                        for (var example : examples.entrySet()) {
                            checked[0]++;
                            List<String> problems = answers.problems(
                                    operation.getKey(),
                                    concrete.apply(path.getKey()),
                                    Integer.parseInt(response.getKey()),
                                    media.getKey(),
                                    OpenApiResponses.write(
                                            map(example.getValue()).get("value")));
                            if (!problems.isEmpty()) {
                                wrong.add(operation.getKey().toUpperCase() + " " + path.getKey() + " "
                                        + response.getKey() + " example '" + example.getKey() + "': " + problems);
                            }
                        }
                    }
                }
            }
        }
        return new Findings(checked[0], wrong);
    }

    /**
     * The paths of the reads under {@code /api/} that answer a JSON array and do not take both
     * {@code limit} and {@code cursor}: the lists that do not page (ADR 0044), each of which a
     * service's test must list with why it stays small.
     */
    public static List<String> unpagedLists(Map<String, Object> document) {
        List<String> unpaged = new ArrayList<>();
        forEachOperation(document, (name, operation) -> {
            if (!name.startsWith("GET ")) {
                return;
            }
            Map<String, Object> ok = map(map(operation.get("responses")).get("200"));
            Map<String, Object> content = ok == null ? null : map(ok.get("content"));
            boolean array = content != null
                    && content.values().stream()
                            .map(media -> map(map(media).get("schema")))
                            .anyMatch(schema -> schema != null && "array".equals(schema.get("type")));
            List<Object> parameters =
                    operation.get("parameters") instanceof List<?> list ? List.copyOf(list) : List.of();
            Set<Object> names = new java.util.HashSet<>();
            parameters.forEach(parameter -> names.add(map(parameter).get("name")));
            if (array && !(names.contains("limit") && names.contains("cursor"))) {
                unpaged.add(name.substring("GET ".length()));
            }
        });
        return unpaged;
    }

    private static int forEachOperation(Map<String, Object> document, BiConsumer<String, Map<String, Object>> check) {
        int operations = 0;
        for (var path : map(document.get("paths")).entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (var entry : map(path.getValue()).entrySet()) {
                if (entry.getValue() instanceof Map<?, ?>
                        && map(entry.getValue()).containsKey("responses")) {
                    operations++;
                    check.accept(entry.getKey().toUpperCase() + " " + path.getKey(), map(entry.getValue()));
                }
            }
        }
        return operations;
    }

    /** A binary body (video, image, PDF) has no example to show; every JSON body has one. */
    private static boolean hasJsonExamples(Map<String, Object> bodyOrResponse) {
        Map<String, Object> content = map(bodyOrResponse.get("content"));
        return content != null
                && !content.isEmpty()
                && content.entrySet().stream()
                        .filter(media -> media.getKey().contains("json"))
                        .map(media -> map(media.getValue()))
                        .allMatch(media -> media.get("examples") != null || media.get("example") != null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
