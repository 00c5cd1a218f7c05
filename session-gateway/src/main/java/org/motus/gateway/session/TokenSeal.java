package org.motus.gateway.session;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a login session's tokens for the database: AES-256-GCM under a key derived from the session
 * secret (SHA-256 of it, as quarkus-oidc derives its cookie key), a fresh 12-byte IV per seal, and the
 * row's reference hash as associated data, so a sealed value opens only in the row it was written to.
 * Pure: no CDI, no database.
 */
final class TokenSeal {

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * Copied for each hash: the reference of every authenticated request is hashed, and looking the
     * algorithm up in the providers each time was ~1 % of the gateway's CPU under load (JFR, session 19).
     */
    private static final MessageDigest SHA_256 = sha256Digest();

    private final SecretKeySpec key;

    private TokenSeal(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    static TokenSeal withSecret(String secret) {
        return new TokenSeal(sha256(secret.getBytes(StandardCharsets.UTF_8)));
    }

    byte[] seal(String plaintext, byte[] associatedData) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal the session's tokens", e);
        }
    }

    /** The plaintext; throws {@link GeneralSecurityException} if the value was not sealed with this key for this row. */
    String open(byte[] sealed, byte[] associatedData) throws GeneralSecurityException {
        if (sealed.length <= IV_BYTES) {
            throw new GeneralSecurityException("sealed value too short");
        }
        Cipher cipher = Cipher.getInstance(CIPHER);
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
        cipher.updateAAD(associatedData);
        return new String(cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES), StandardCharsets.UTF_8);
    }

    static byte[] sha256(byte[] value) {
        try {
            return ((MessageDigest) SHA_256.clone()).digest(value);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
