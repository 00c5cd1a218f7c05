package org.motus.deploy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as RFC 6238 defines them with Keycloak's defaults: HMAC-SHA1, 30 s
 * steps from the Unix epoch, 6 digits. What an authenticator app shows for a secret; the launcher's
 * {@code ./motus totp} and the system tests use it for the demo staff, who are enrolled with a
 * known secret in the demo realm.
 */
public final class Totp {

    public static final Duration STEP = Duration.ofSeconds(30);
    public static final int DIGITS = 6;
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private final byte[] key;

    private Totp(byte[] key) {
        this.key = key.clone();
    }

    /** A secret as authenticator apps take it: Base32 (RFC 4648), case and spaces ignored, padding optional. */
    public static Totp fromBase32(String secret) {
        return new Totp(base32(secret));
    }

    public static Totp fromKey(byte[] key) {
        return new Totp(key);
    }

    /** The 6-digit code valid at {@code time}. */
    public String code(Instant time) {
        return code(time, DIGITS);
    }

    /** The code of {@code digits} digits valid at {@code time} (RFC 6238's test vectors have 8). */
    public String code(Instant time, int digits) {
        long step = Math.floorDiv(time.getEpochSecond(), STEP.toSeconds());
        byte[] hash;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
        // RFC 4226 dynamic truncation.
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        int modulus = (int) Math.pow(10, digits);
        return String.format(Locale.ROOT, "%0" + digits + "d", binary % modulus);
    }

    /** How long the code of {@code time} stays valid. */
    public static Duration remaining(Instant time) {
        long step = STEP.toSeconds();
        return Duration.ofSeconds(step - Math.floorMod(time.getEpochSecond(), step));
    }

    static byte[] base32(String text) {
        String clean = text.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            int value = BASE32.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not a Base32 secret: " + c + " in " + text);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
