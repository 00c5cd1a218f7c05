package org.motus.gateway.ice;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A short-lived TURN credential in the TURN REST API scheme (coturn {@code use-auth-secret}):
 * username {@code <expiry unix seconds>:<subject>}, credential
 * {@code base64(HMAC-SHA1(secret, username))}. coturn recomputes the credential from the shared
 * secret and refuses the username once its expiry has passed. Pure.
 */
public record TurnCredential(String username, String credential, Instant expiresAt) {

    public static TurnCredential issue(String secret, String subject, Instant now, Duration ttl) {
        if (subject.contains(":")) {
            throw new IllegalArgumentException("A TURN REST API user id may not contain ':'");
        }
        Instant expiresAt = Instant.ofEpochSecond(now.plus(ttl).getEpochSecond());
        String username = expiresAt.getEpochSecond() + ":" + subject;
        return new TurnCredential(username, sign(secret, username), expiresAt);
    }

    /** base64(HMAC-SHA1(secret, username)), as coturn computes it. */
    public static String sign(String secret, String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
    }

    /** Whether coturn would still accept the username at {@code now} (its expiry has not passed). */
    public boolean validAt(Instant now) {
        return now.getEpochSecond() < expiresAt.getEpochSecond();
    }
}
