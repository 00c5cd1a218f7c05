package org.motus.patient.push;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A browser's push keys as {@code pushManager.subscribe()} makes them: a P-256 key pair and a 16-byte secret. */
public record TestBrowser(KeyPair keys, byte[] authSecret) {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    public static TestBrowser create() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            byte[] auth = new byte[16];
            new SecureRandom().nextBytes(auth);
            return new TestBrowser(generator.generateKeyPair(), auth);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] publicPoint() {
        ECPublicKey key = (ECPublicKey) keys.getPublic();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(4);
        out.writeBytes(unsigned32(key.getW().getAffineX()));
        out.writeBytes(unsigned32(key.getW().getAffineY()));
        return out.toByteArray();
    }

    public String p256dh() {
        return B64.encodeToString(publicPoint());
    }

    public String auth() {
        return B64.encodeToString(authSecret);
    }

    /** The body {@code PushSubscription.toJSON()} gives, for this endpoint. */
    public Map<String, Object> subscription(String endpoint) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("endpoint", endpoint);
        body.put("expirationTime", null);
        body.put("keys", Map.of("p256dh", p256dh(), "auth", auth()));
        return body;
    }

    private static byte[] unsigned32(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] out = new byte[32];
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, out, 32 - length, length);
        return out;
    }
}
