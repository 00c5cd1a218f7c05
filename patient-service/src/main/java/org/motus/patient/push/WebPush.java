package org.motus.patient.push;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.EllipticCurve;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds and sends one Web Push message with the JDK's own crypto: the payload encrypted for the
 * browser's keys (RFC 8291, one {@code aes128gcm} record of RFC 8188) and a VAPID JWT signed with
 * our private key (RFC 8292, ES256). No security provider is registered: a JVM-wide provider
 * loaded by one class loader breaks key parsing for code of another (tests and dev mode run both).
 */
public final class WebPush {

    /** Delivered means the push service took it; these answers mean the subscription is gone. */
    public enum Outcome {
        DELIVERED,
        GONE
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int TTL_SECONDS = 24 * 60 * 60;
    /** RFC 8292 §2: the token must expire within 24 h; 12 h leaves room for clock skew. */
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(12);
    /** RFC 8188 record size; the whole body stays within the 4096 bytes push services accept. */
    private static final int RECORD_SIZE = 4096;
    /** 4096 minus the header (16 + 4 + 1 + 65), the tag (16) and the delimiter (1). */
    static final int MAX_PAYLOAD_BYTES = RECORD_SIZE - 86 - 16 - 1;

    private static final ECParameterSpec P256 = p256();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String publicKeyText;
    private final PrivateKey privateKey;
    private final String subject;
    private final Clock clock;
    private final HttpClient http;

    public WebPush(String publicKey, String privateKey, String subject) {
        this(
                publicKey,
                privateKey,
                subject,
                Clock.systemUTC(),
                HttpClient.newBuilder().connectTimeout(TIMEOUT).build());
    }

    public WebPush(String publicKey, String privateKey, String subject, Clock clock, HttpClient http) {
        try {
            PublicKey vapidPublic = loadPublicKey(decode(publicKey));
            byte[] d = decode(privateKey);
            if (d.length != 32) {
                throw new IllegalArgumentException("The VAPID private key is not 32 bytes");
            }
            this.privateKey =
                    KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(new BigInteger(1, d), P256));
            // The two halves must belong together, else every push service refuses our tokens.
            byte[] probe = "motus".getBytes(StandardCharsets.US_ASCII);
            Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
            verifier.initVerify(vapidPublic);
            verifier.update(probe);
            if (!verifier.verify(sign(this.privateKey, probe))) {
                throw new IllegalArgumentException("The VAPID public key does not match its private key");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("The VAPID key pair is not a P-256 key pair: " + e.getMessage(), e);
        }
        this.publicKeyText = publicKey.replace("=", "");
        this.subject = subject;
        this.clock = clock;
        this.http = http;
    }

    /** The encrypted, signed request for one browser (public for the signing and encryption tests). */
    public HttpRequest prepare(String endpoint, String p256dh, String auth, String payload) {
        byte[] plaintext = payload.getBytes(StandardCharsets.UTF_8);
        if (plaintext.length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("A push payload holds at most " + MAX_PAYLOAD_BYTES + " bytes");
        }
        try {
            URI uri = URI.create(endpoint);
            return HttpRequest.newBuilder(uri)
                    .timeout(TIMEOUT)
                    .header("Content-Encoding", "aes128gcm")
                    .header("Content-Type", "application/octet-stream")
                    .header("TTL", Integer.toString(TTL_SECONDS))
                    .header("Authorization", "vapid t=" + vapidToken(uri) + ", k=" + publicKeyText)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(encrypt(decode(p256dh), decode(auth), plaintext)))
                    .build();
        } catch (GeneralSecurityException e) {
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
            return isOnCurve(decode(base64Url));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    // ---- RFC 8292: the VAPID token

    private String vapidToken(URI endpoint) throws GeneralSecurityException {
        String origin = endpoint.getScheme().toLowerCase(Locale.ROOT) + "://"
                + endpoint.getHost().toLowerCase(Locale.ROOT)
                + (endpoint.getPort() == -1 ? "" : ":" + endpoint.getPort());
        long expires = clock.instant().plus(TOKEN_LIFETIME).getEpochSecond();
        String header = B64.encodeToString("{\"typ\":\"JWT\",\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8));
        String claims = B64.encodeToString(
                ("{\"aud\":\"" + json(origin) + "\",\"exp\":" + expires + ",\"sub\":\"" + json(subject) + "\"}")
                        .getBytes(StandardCharsets.UTF_8));
        String signingInput = header + "." + claims;
        return signingInput + "."
                + B64.encodeToString(sign(privateKey, signingInput.getBytes(StandardCharsets.US_ASCII)));
    }

    /** ES256 as JWS wants it: r and s, 32 bytes each (the JDK's P1363 format), not DER. */
    private static byte[] sign(PrivateKey key, byte[] data) throws GeneralSecurityException {
        Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
        signer.initSign(key);
        signer.update(data);
        return signer.sign();
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    // ---- RFC 8291 §3.4 and RFC 8188 §2: the key schedule and one record

    private static byte[] encrypt(byte[] uaPublic, byte[] authSecret, byte[] plaintext)
            throws GeneralSecurityException {
        if (authSecret.length != 16) {
            throw new GeneralSecurityException("The browser's auth secret is not 16 bytes");
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(P256, RANDOM);
        KeyPair ephemeral = generator.generateKeyPair();
        byte[] asPublic = point((ECPublicKey) ephemeral.getPublic());

        KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
        agreement.init(ephemeral.getPrivate());
        agreement.doPhase(loadPublicKey(uaPublic), true);
        byte[] ecdhSecret = agreement.generateSecret();

        byte[] prkKey = hmac(authSecret, ecdhSecret);
        byte[] ikm = hmac(prkKey, concat(ascii("WebPush: info"), new byte[] {0}, uaPublic, asPublic, new byte[] {1}));
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] prk = hmac(salt, ikm);
        byte[] cek = Arrays.copyOf(hmac(prk, concat(ascii("Content-Encoding: aes128gcm"), new byte[] {0, 1})), 16);
        byte[] nonce = Arrays.copyOf(hmac(prk, concat(ascii("Content-Encoding: nonce"), new byte[] {0, 1})), 12);

        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
        byte[] ciphertext = aes.doFinal(concat(plaintext, new byte[] {2}));

        ByteBuffer body = ByteBuffer.allocate(16 + 4 + 1 + asPublic.length + ciphertext.length);
        body.put(salt)
                .putInt(RECORD_SIZE)
                .put((byte) asPublic.length)
                .put(asPublic)
                .put(ciphertext);
        return body.array();
    }

    private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    // ---- P-256 points

    private static PublicKey loadPublicKey(byte[] point) throws GeneralSecurityException {
        if (!isOnCurve(point)) {
            throw new GeneralSecurityException("not an uncompressed point on P-256");
        }
        ECPoint w = new ECPoint(
                new BigInteger(1, Arrays.copyOfRange(point, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(point, 33, 65)));
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, P256));
    }

    /** 0x04, x, y with y² = x³ + ax + b (mod p) and both coordinates below p (SEC 1 §3.2.2). */
    static boolean isOnCurve(byte[] point) {
        if (point.length != 65 || point[0] != 4) {
            return false;
        }
        EllipticCurve curve = P256.getCurve();
        BigInteger p = ((java.security.spec.ECFieldFp) curve.getField()).getP();
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(point, 1, 33));
        BigInteger y = new BigInteger(1, Arrays.copyOfRange(point, 33, 65));
        if (x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
            return false;
        }
        BigInteger left = y.multiply(y).mod(p);
        BigInteger right =
                x.pow(3).add(curve.getA().multiply(x)).add(curve.getB()).mod(p);
        return left.equals(right);
    }

    private static byte[] point(ECPublicKey key) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(4);
        out.writeBytes(unsigned32(key.getW().getAffineX()));
        out.writeBytes(unsigned32(key.getW().getAffineY()));
        return out.toByteArray();
    }

    private static byte[] unsigned32(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] out = new byte[32];
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, out, 32 - length, length);
        return out;
    }

    private static byte[] decode(String base64Url) {
        return Base64.getUrlDecoder().decode(base64Url.replace("=", ""));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static ECParameterSpec p256() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
