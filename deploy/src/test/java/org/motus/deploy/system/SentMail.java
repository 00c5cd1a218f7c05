package org.motus.deploy.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.motus.deploy.assembly.Layout;

/**
 * What the assembly's SMTP server (GreenMail standalone, a separate process) received, read
 * through its HTTP API: {@code GET /api/user/<email>/messages/} lists a recipient's inbox with each
 * message's subject and raw MIME text.
 */
final class SentMail {

    private static final Duration POLL = Duration.ofMillis(250);

    /** One received message: its subject and its body as text (quoted-printable decoded). */
    record Message(String subject, String text) {

        /** The first link in the text that contains {@code part}, with HTML's {@code &amp;} undone. */
        Optional<String> link(String part) {
            Matcher links = Pattern.compile("https?://[^\\s\"'<>]+").matcher(text);
            while (links.find()) {
                String link = links.group().replace("&amp;", "&");
                if (link.contains(part)) {
                    return Optional.of(link);
                }
            }
            return Optional.empty();
        }
    }

    private SentMail() {}

    /** The messages GreenMail holds for {@code email}; none if nothing was ever sent there. */
    static List<Message> to(Layout layout, String email) {
        URI uri = URI.create(
                layout.mailApiUrl() + "/api/user/" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "/messages/");
        HttpResponse<String> response = Http.send(
                HttpRequest.newBuilder(uri).header("Accept", "application/json").GET());
        if (response.statusCode() == 400 && response.body().contains("not found")) {
            return List.of(); // GreenMail creates a mailbox on the first delivery
        }
        if (response.statusCode() != 200) {
            throw new AssertionError("GreenMail's API: " + Http.describe(response));
        }
        List<Message> messages = new ArrayList<>();
        for (JsonNode message : Http.json(response)) {
            messages.add(new Message(
                    message.path("subject").asText(),
                    readable(message.path("mimeMessage").asText())));
        }
        return messages;
    }

    /** Polls until a message to {@code email} matches, or fails after {@code timeout} listing what arrived. */
    static Message await(Layout layout, String email, Predicate<Message> matching, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Message> seen = List.of();
        while (System.nanoTime() < deadline) {
            seen = to(layout, email);
            Optional<Message> found = seen.stream().filter(matching).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for mail to " + email);
            }
        }
        throw new AssertionError("no matching mail to " + email + " within " + timeout.toSeconds() + " s; received: "
                + seen.stream().map(Message::subject).toList());
    }

    /** The raw MIME text with quoted-printable soft line breaks and escapes undone (enough to find links). */
    static String readable(String mime) {
        if (!mime.toLowerCase(java.util.Locale.ROOT).contains("quoted-printable")) {
            return mime;
        }
        String joined = mime.replace("=\r\n", "").replace("=\n", "");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length() && isHex(joined.charAt(i + 1)) && isHex(joined.charAt(i + 2))) {
                bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
