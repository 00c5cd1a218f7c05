package org.motus.patient.push;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Security;
import java.time.Duration;
import java.util.Base64;
import nl.martijndwars.webpush.Encoding;
import nl.martijndwars.webpush.Notification;
import nl.martijndwars.webpush.PushService;
import nl.martijndwars.webpush.Utils;
import org.apache.http.Header;
import org.apache.http.client.methods.HttpPost;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Builds and sends one Web Push message with {@code nl.martijndwars:web-push}: the payload
 * encrypted for the browser's keys (RFC 8291, {@code aes128gcm}) and a VAPID JWT signed with our
 * private key (RFC 8292). The library prepares the request; the JDK's HTTP client sends it.
 */
public final class WebPush {

    /** Delivered means the push service took it; these answers mean the subscription is gone. */
    public enum Outcome {
        DELIVERED,
        GONE
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int TTL_SECONDS = 24 * 60 * 60;

    static {
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
    }

    private final PushService service;
    private final HttpClient http;

    public WebPush(String publicKey, String privateKey, String subject) {
        try {
            this.service = new PushService(publicKey, privateKey, subject);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("The VAPID key pair is not a P-256 key pair: " + e.getMessage(), e);
        }
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    /** The encrypted, signed request for one browser (public for the signing and encryption tests). */
    public HttpRequest prepare(String endpoint, String p256dh, String auth, String payload) {
        try {
            Notification notification =
                    new Notification(endpoint, p256dh, auth, payload.getBytes(StandardCharsets.UTF_8), TTL_SECONDS);
            HttpPost post = service.preparePost(notification, Encoding.AES128GCM);
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            post.getEntity().writeTo(body);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint))
                    .timeout(TIMEOUT)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
            for (Header header : post.getAllHeaders()) {
                if (!header.getName().equalsIgnoreCase("Content-Length")) {
                    request.header(header.getName(), header.getValue());
                }
            }
            return request.build();
        } catch (GeneralSecurityException | IOException | org.jose4j.lang.JoseException e) {
            throw new IllegalStateException("Could not prepare a push message: " + e.getMessage(), e);
        }
    }

    /** Sends it: 2xx delivered, 404/410 gone (the browser unsubscribed), anything else an error. */
    public Outcome send(String endpoint, String p256dh, String auth, String payload) {
        try {
            HttpResponse<String> response =
                    http.send(prepare(endpoint, p256dh, auth, payload), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return Outcome.DELIVERED;
            }
            if (status == 404 || status == 410) {
                return Outcome.GONE;
            }
            throw new IllegalStateException("The push service answered " + status);
        } catch (IOException e) {
            throw new IllegalStateException("The push service could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while pushing", e);
        }
    }

    /** Whether a base64url text is an uncompressed point on P-256 (a browser's {@code p256dh}). */
    static boolean isPublicKey(String base64Url) {
        try {
            byte[] point = Base64.getUrlDecoder().decode(base64Url.replace("=", ""));
            return point.length == 65 && point[0] == 4 && Utils.loadPublicKey(point) != null;
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }
}
