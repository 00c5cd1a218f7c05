package org.motus.deploy.assembly;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local SMTP server: GreenMail standalone (an executable jar from Maven Central) as a child
 * process, listening on the loopback only. It accepts mail for any address without a login and
 * keeps it in memory; its HTTP API shows what was sent to whom
 * ({@code GET /api/user/<email>/messages/}). Keycloak (the realm's SMTP server) and the services
 * ({@code QUARKUS_MAILER_*}) send through it.
 */
final class MailServer {

    /** The sender of every mail in the local assembly (the realm's and the services'). */
    static final String FROM = "no-reply@motus.example";

    private final Layout layout;
    private final Artifacts artifacts;

    MailServer(Layout layout, Artifacts artifacts) {
        this.layout = layout;
        this.artifacts = artifacts;
    }

    List<String> command() {
        return List.of(
                Assembly.javaExecutable(),
                "-Xms16m",
                "-Xmx128m",
                // Names the home on the command line, so a later run can recognise a leftover as ours.
                "-Dmotus.home=" + layout.home(),
                // Binds SMTP and the API to the loopback only.
                "-Dgreenmail.hostname=127.0.0.1",
                "-Dgreenmail.smtp.port=" + layout.smtpPort(),
                "-Dgreenmail.api.port=" + layout.mailApiPort(),
                // Any sender, any recipient, no login: mailboxes appear on the first delivery.
                "-Dgreenmail.auth.disabled",
                "-jar",
                artifacts.greenMailJar().toString());
    }

    URI readiness() {
        return URI.create("http://127.0.0.1:" + layout.mailApiPort() + "/api/service/readiness");
    }

    /**
     * What the realm import reads for its {@code smtpServer} (deploy/keycloak/motus-realm.json):
     * this GreenMail, plain SMTP, no login.
     */
    static Map<String, String> realmSmtpEnvironment(Layout layout) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MOTUS_SMTP_HOST", "127.0.0.1");
        env.put("MOTUS_SMTP_PORT", String.valueOf(layout.smtpPort()));
        env.put("MOTUS_SMTP_FROM", FROM);
        env.put("MOTUS_SMTP_AUTH", "false");
        env.put("MOTUS_SMTP_USERNAME", "");
        env.put("MOTUS_SMTP_PASSWORD", "");
        env.put("MOTUS_SMTP_STARTTLS", "false");
        env.put("MOTUS_SMTP_SSL", "false");
        return env;
    }

    /** Quarkus Mailer's settings for a service that sends mail (patient-service's notifications). */
    static Map<String, String> mailerEnvironment(Layout layout) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
        env.put("QUARKUS_MAILER_PORT", String.valueOf(layout.smtpPort()));
        env.put("QUARKUS_MAILER_FROM", FROM);
        env.put("QUARKUS_MAILER_TLS", "false");
        env.put("QUARKUS_MAILER_START_TLS", "DISABLED");
        return env;
    }
}
