package org.motus.deploy.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MailServerTest {

    private final Layout layout = Layout.systemTest(Path.of("/tmp/motus-it"));
    private final Artifacts artifacts = new Artifacts(
            Path.of("/repo"),
            Path.of("/repo/kc.zip"),
            "26.5.6",
            Path.of("/repo/deploy/target/greenmail/greenmail-standalone-2.1.8.jar"),
            "2.1.8");

    @Test
    void greenMailListensOnTheLoopbackOnTheLayoutsPortsWithoutLogins() {
        List<String> command = new MailServer(layout, artifacts).command();
        assertTrue(command.contains("-Dgreenmail.hostname=127.0.0.1"), command::toString);
        assertTrue(command.contains("-Dgreenmail.smtp.port=13025"), command::toString);
        assertTrue(command.contains("-Dgreenmail.api.port=18025"), command::toString);
        assertTrue(command.contains("-Dgreenmail.auth.disabled"), command::toString);
        assertEquals(
                List.of("-jar", "/repo/deploy/target/greenmail/greenmail-standalone-2.1.8.jar"),
                command.subList(command.size() - 2, command.size()));
        // Assembly.stopLeftovers recognises a process as ours by the home on its command line.
        assertTrue(String.join(" ", command).contains(layout.home().toString()));
        assertEquals(
                "http://127.0.0.1:18025/api/service/readiness",
                new MailServer(layout, artifacts).readiness().toString());
    }

    @Test
    void theLauncherSetsEverySmtpVariableTheRealmReadsPointingAtGreenMail() throws IOException {
        JsonNode smtp = new ObjectMapper()
                .readTree(Path.of("keycloak", "motus-realm.json").toFile())
                .path("smtpServer");
        Set<String> read = new TreeSet<>();
        Matcher placeholder = Pattern.compile("\\$\\{(\\w+)").matcher(smtp.toString());
        while (placeholder.find()) {
            read.add(placeholder.group(1));
        }
        Map<String, String> set = MailServer.realmSmtpEnvironment(layout);
        assertEquals(read, new TreeSet<>(set.keySet()));
        assertEquals("127.0.0.1", set.get("MOTUS_SMTP_HOST"));
        assertEquals("13025", set.get("MOTUS_SMTP_PORT"));
        assertEquals("false", set.get("MOTUS_SMTP_AUTH"));
        assertEquals("false", set.get("MOTUS_SMTP_STARTTLS"));
    }

    @Test
    void theServicesMailerPointsAtGreenMailWithoutTls() {
        Map<String, String> mailer = MailServer.mailerEnvironment(layout);
        assertEquals("127.0.0.1", mailer.get("QUARKUS_MAILER_HOST"));
        assertEquals("13025", mailer.get("QUARKUS_MAILER_PORT"));
        assertEquals("DISABLED", mailer.get("QUARKUS_MAILER_START_TLS"));
        assertEquals("false", mailer.get("QUARKUS_MAILER_TLS"));
        assertEquals(MailServer.FROM, mailer.get("QUARKUS_MAILER_FROM"));
    }
}
