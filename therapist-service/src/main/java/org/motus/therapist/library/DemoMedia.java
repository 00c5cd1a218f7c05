package org.motus.therapist.library;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * With the demo data on (the local launcher), gives the demo clinic exercise
 * (db/demo/R__demo_clinic_exercise.sql) the demonstration video the build made with ffmpeg
 * (pom.xml, profile demo-video), through the same upload path as a therapist's (type sniffed,
 * size capped, stored as a large object). Without ffmpeg at build time there is no video to give.
 */
@ApplicationScoped
public class DemoMedia {

    static final UUID DEMO_EXERCISE = UUID.fromString("de300000-0000-4000-8000-0000000e0001");
    static final String VIDEO = "demo/bridge-demonstration.webm";
    private static final Logger LOG = Logger.getLogger(DemoMedia.class);

    private final ExerciseService exercises;
    private final boolean demoData;

    DemoMedia(ExerciseService exercises, @ConfigProperty(name = "motus.demo-data") boolean demoData) {
        this.exercises = exercises;
        this.demoData = demoData;
    }

    void onStart(@Observes StartupEvent start) {
        if (!demoData) {
            return;
        }
        byte[] video = video();
        if (video == null) {
            LOG.infof("No %s in this build (ffmpeg was not there): the demo clinic exercise has no video", VIDEO);
            return;
        }
        if (exercises.giveDemoMedia(DEMO_EXERCISE, "video/webm", video)) {
            LOG.infof("The demo clinic exercise got its demonstration video (%d bytes)", video.length);
        }
    }

    private static byte[] video() {
        try (InputStream in = DemoMedia.class.getClassLoader().getResourceAsStream(VIDEO)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
