package org.motus.deploy.assembly;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the launcher runs a service's fast-jar: the JVM flags of ADR 0055, the same ones
 * deploy/images/Dockerfile and the manifests give a service (measured with bench/start-time).
 */
final class ServiceJvm {

    /**
     * Memory: the serial collector (one service on a laptop or in a small container does not need
     * G1's parallel threads and remembered sets, which cost RSS); a heap that starts small and
     * grows as needed (otherwise it starts at 1/64 of the machine up to -Xmx, here all 256 MiB,
     * and its 70 MB eden is touched before the first collection: -Xms32m measured ~245 MB instead
     * of ~310 MB at ready), capped for a service of this size instead of a quarter of the machine;
     * smaller thread stacks and code cache; and every 30 s the native memory the JVM's threads freed (the compilers'
     * arenas above all) is given back to the system instead of staying in glibc's arenas (after the bench's ingest,
     * patient-service held 326-340 MB instead of 386-442 MB, the same stored check-ins per second:
     * bench/results/2026-12-07-s24-memory.md).
     */
    static final List<String> OPTIONS = List.of(
            "-XX:+UseSerialGC",
            "-Xms32m",
            "-Xmx256m",
            "-Xss512k",
            "-XX:ReservedCodeCacheSize=64m",
            "-XX:TrimNativeHeapInterval=30000");

    /**
     * Environment: glibc gives each thread that allocates its own malloc arena (up to 8 per core),
     * and the JVM's compiler and the services' worker threads leave them half empty after a load;
     * with two, patient-service's RSS after bench/start-time's load went from ~300 to ~280 MB.
     */
    static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private ServiceJvm() {}

    /** {@code java <OPTIONS> <class-data options> -jar <quarkus-run.jar>}, with the launcher's own JVM. */
    static List<String> command(List<String> classDataOptions, Path runJar) {
        List<String> command = new ArrayList<>();
        command.add(Assembly.javaExecutable());
        command.addAll(OPTIONS);
        command.addAll(classDataOptions);
        command.add("-jar");
        command.add(runJar.toString());
        return List.copyOf(command);
    }
}
