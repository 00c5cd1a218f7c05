package org.motus.deploy.packaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** What the services' one Dockerfile (deploy/images/Dockerfile, build args SERVICE and PORT) must satisfy. */
final class DockerfileRules {

    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)+");
    private static final Pattern NUMERIC_USER = Pattern.compile("(\\d+)(:\\d+)?");
    private static final Pattern HEALTHCHECK_CMD = Pattern.compile("(^|\\s)CMD\\s");
    static final String SERVICE = "SERVICE";
    static final String PORT = "PORT";

    private DockerfileRules() {}

    record Instruction(String keyword, String arguments) {}

    /** Instructions with continuation lines joined and comments dropped. */
    static List<Instruction> parse(String dockerfile) {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : dockerfile.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.length() == 0)) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String text = current.toString().strip();
            current.setLength(0);
            if (text.isEmpty()) {
                continue;
            }
            int space = text.indexOf(' ');
            instructions.add(
                    space < 0
                            ? new Instruction(text.toUpperCase(Locale.ROOT), "")
                            : new Instruction(
                                    text.substring(0, space).toUpperCase(Locale.ROOT),
                                    text.substring(space + 1).strip()));
        }
        return instructions;
    }

    static final String WHERE = "deploy/images/Dockerfile";

    /** The one Dockerfile of every service: {@code --build-arg SERVICE=<module> --build-arg PORT=<port>}. */
    static List<String> check(String dockerfile, Optional<String> dockerignore) {
        List<Instruction> instructions = parse(dockerfile);
        List<String> violations = new ArrayList<>();
        String where = WHERE;

        List<String> bases = arguments(instructions, "FROM");
        if (bases.isEmpty()) {
            violations.add(where + ": no FROM");
        }
        for (String from : bases) {
            String image = from.replaceAll("--platform=\\S+\\s*", "").split("\\s+")[0];
            String tag = KubernetesRules.imageTag(image);
            if (tag.isEmpty() || tag.equals("latest") || !(VERSION.matcher(tag).find() || tag.startsWith("sha256:"))) {
                violations.add(where + ": base image " + image + " must be pinned to an exact version tag");
            }
        }

        List<String> args = arguments(instructions, "ARG").stream()
                .map(a -> a.split("=", 2)[0].strip())
                .toList();
        for (String arg : List.of(SERVICE, PORT)) {
            if (!args.contains(arg)) {
                violations.add(where + ": no ARG " + arg + " (the build argument that names the service / its port)");
            }
        }
        // A service the Dockerfile does not know, or a port that is not the service's, stops the build.
        String runs = String.join("\n", arguments(instructions, "RUN"));
        for (MotusService service : MotusService.values()) {
            if (!runs.contains(service.module + ":" + service.port)) {
                violations.add(where + ": the SERVICE:PORT check must accept " + service.module + ":" + service.port);
            }
        }

        List<String> users = arguments(instructions, "USER");
        if (users.isEmpty()) {
            violations.add(where + ": no USER: the service would run as root");
        } else {
            String user = users.get(users.size() - 1);
            var numeric = NUMERIC_USER.matcher(user);
            if (!numeric.matches()) {
                violations.add(where + ": USER " + user
                        + " must be a numeric uid (Kubernetes runAsNonRoot cannot check a name)");
            } else if (Integer.parseInt(numeric.group(1)) == 0) {
                violations.add(where + ": USER 0 is root");
            }
        }

        List<String> healthchecks = arguments(instructions, "HEALTHCHECK");
        if (healthchecks.isEmpty()
                || healthchecks.stream().anyMatch(h -> h.strip().equalsIgnoreCase("NONE"))) {
            violations.add(where + ": no HEALTHCHECK");
        } else if (healthchecks.stream()
                .noneMatch(h -> HEALTHCHECK_CMD.matcher(h).find() && h.contains(KubernetesRules.LIVE))) {
            violations.add(where + ": HEALTHCHECK must CMD a request to " + KubernetesRules.LIVE);
        } else if (healthchecks.stream().noneMatch(h -> h.contains("MOTUS_SERVICE_PORT"))) {
            violations.add(where
                    + ": HEALTHCHECK must ask the service's own port (MOTUS_SERVICE_PORT, from the PORT argument)");
        }
        if (arguments(instructions, "ENV").stream().noneMatch(e -> e.contains("MOTUS_SERVICE_PORT=${" + PORT + "}"))) {
            violations.add(where + ": ENV MOTUS_SERVICE_PORT=${PORT} missing (the health check's port at run time)");
        }

        if (arguments(instructions, "EXPOSE").stream()
                .noneMatch(e -> List.of(e.split("\\s+")).contains("${" + PORT + "}"))) {
            violations.add(where + ": EXPOSE ${PORT} missing");
        }
        String fastJar = "${" + SERVICE + "}/target/quarkus-app/";
        if (arguments(instructions, "COPY").stream().noneMatch(c -> c.startsWith(fastJar + "lib/"))
                || arguments(instructions, "COPY").stream().noneMatch(c -> c.startsWith(fastJar + "quarkus/"))) {
            violations.add(where + ": must COPY the fast-jar layout from " + fastJar);
        }
        if (arguments(instructions, "COPY").stream()
                .anyMatch(c -> MotusService.NAMES.stream().anyMatch(c::contains))) {
            violations.add(where + ": a COPY names a service: take ${SERVICE} instead");
        }
        List<String> start = new ArrayList<>(arguments(instructions, "ENTRYPOINT"));
        start.addAll(arguments(instructions, "CMD"));
        if (start.stream().noneMatch(s -> s.contains("quarkus-run.jar"))) {
            violations.add(where + ": ENTRYPOINT/CMD must run quarkus-run.jar");
        }

        String ignoreFile = where + ".dockerignore";
        if (dockerignore.isEmpty()) {
            violations.add(ignoreFile + " missing: the build context (the repository root) would be sent whole");
        } else {
            List<String> patterns = dockerignore
                    .get()
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
            if (patterns.isEmpty() || !patterns.get(0).equals("*")) {
                violations.add(ignoreFile + ": must start by excluding everything (*)");
            }
            for (MotusService service : MotusService.values()) {
                if (!patterns.contains("!" + service.module + "/target/quarkus-app")) {
                    violations.add(ignoreFile + ": must let in !" + service.module + "/target/quarkus-app");
                }
            }
            if (patterns.size() != MotusService.values().length + 1) {
                violations.add(ignoreFile + ": lets in more than the services' fast-jars: " + patterns);
            }
        }
        return violations;
    }

    private static List<String> arguments(List<Instruction> instructions, String keyword) {
        return instructions.stream()
                .filter(i -> i.keyword().equals(keyword))
                .map(Instruction::arguments)
                .toList();
    }
}
