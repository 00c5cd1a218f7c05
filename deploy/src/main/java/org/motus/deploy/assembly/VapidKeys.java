package org.motus.deploy.assembly;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * A Web Push VAPID key pair (RFC 8292) in the form patient-service reads ({@code motus.push.*}):
 * base64url without padding, the public key an uncompressed P-256 point (65 bytes), the private
 * key its 32-byte scalar. The launcher makes one per Motus home and keeps it in {@code .motus/secrets/}.
 */
public record VapidKeys(String publicKey, String privateKey) {

    private static final int COORDINATE_BYTES = 32;

    /** A new random pair. */
    public static VapidKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            ECPublicKey publicKey = (ECPublicKey) pair.getPublic();
            ECPrivateKey privateKey = (ECPrivateKey) pair.getPrivate();
            byte[] point = new byte[1 + 2 * COORDINATE_BYTES];
            point[0] = 0x04; // uncompressed
            copy(publicKey.getW().getAffineX(), point, 1);
            copy(publicKey.getW().getAffineY(), point, 1 + COORDINATE_BYTES);
            byte[] scalar = new byte[COORDINATE_BYTES];
            copy(privateKey.getS(), scalar, 0);
            Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
            return new VapidKeys(base64url.encodeToString(point), base64url.encodeToString(scalar));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK cannot make a P-256 key pair", e);
        }
    }

    /** One line for {@link Secrets}: the public key, a dot, the private key (base64url has no dot). */
    public String stored() {
        return publicKey + "." + privateKey;
    }

    /** A pair as {@link #stored()} wrote it. */
    public static VapidKeys parse(String stored) {
        int dot = stored.indexOf('.');
        if (dot < 1 || dot == stored.length() - 1 || stored.indexOf('.', dot + 1) >= 0) {
            throw new IllegalArgumentException("Not a stored VAPID key pair (public.private)");
        }
        return new VapidKeys(stored.substring(0, dot), stored.substring(dot + 1));
    }

    /** {@code value} as exactly 32 big-endian bytes at {@code offset} (BigInteger may add a sign byte or drop zeros). */
    private static void copy(BigInteger value, byte[] target, int offset) {
        byte[] bytes = value.toByteArray();
        int start = Math.max(0, bytes.length - COORDINATE_BYTES);
        int length = bytes.length - start;
        System.arraycopy(bytes, start, target, offset + COORDINATE_BYTES - length, length);
    }
}
