package org.motus.gateway.webapp;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.motus.gateway.config.RouteOrder;

/**
 * The {@code Content-Security-Policy} of every answer: the configured policy
 * ({@code motus.web.content-security-policy}), with the hash of each inline style of the built
 * index.html added to its {@code style-src}. The web build puts the entry's CSS inside index.html
 * (web/vite.config.ts, entryStyleInline) so a cold first screen needs one file fewer (issue 18);
 * the policy allows exactly that text and no other inline style, and computing the hash here from
 * the page the gateway serves means the two cannot drift. Set when a request arrives, as Quarkus set
 * it when it was a {@code quarkus.http.header}, so every answer that had the policy still has it.
 */
@ApplicationScoped
public class ContentSecurityPolicy {

    static final String HEADER = "Content-Security-Policy";

    private static final Pattern INLINE_STYLE = Pattern.compile("<style[^>]*>(.*?)</style>", Pattern.DOTALL);
    private static final Pattern STYLE_SRC = Pattern.compile("(^|;)(\\s*style-src)([^;]*)");

    @ConfigProperty(name = "motus.web.content-security-policy")
    String configured;

    void register(@Observes Router router) {
        byte[] index = SinglePageApp.readIndex();
        String policy = withInlineStyles(configured, index == null ? "" : new String(index, StandardCharsets.UTF_8));
        router.route().order(RouteOrder.CONTENT_SECURITY_POLICY).handler(context -> {
            context.response().headers().set(HEADER, policy);
            context.next();
        });
    }

    /** The policy with a hash source for each inline {@code <style>} of the page added to {@code style-src}. */
    static String withInlineStyles(String policy, String page) {
        List<String> hashes = new ArrayList<>();
        Matcher style = INLINE_STYLE.matcher(page);
        while (style.find()) {
            hashes.add(hashSource(style.group(1)));
        }
        if (hashes.isEmpty()) {
            return policy;
        }
        Matcher directive = STYLE_SRC.matcher(policy);
        if (!directive.find()) {
            throw new IllegalStateException(
                    "motus.web.content-security-policy has no style-src for index.html's inline style");
        }
        String sources = directive.group(3).strip();
        if (sources.contains("'none'")) {
            throw new IllegalStateException(
                    "motus.web.content-security-policy has style-src 'none', but index.html has an inline style");
        }
        return policy.substring(0, directive.start(3))
                + " "
                + sources
                + " "
                + String.join(" ", hashes)
                + policy.substring(directive.end(3));
    }

    /** A CSP hash source for this exact text (UTF-8), as browsers compute it for an inline style. */
    static String hashSource(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
