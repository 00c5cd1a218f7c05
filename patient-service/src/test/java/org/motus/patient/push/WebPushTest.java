package org.motus.patient.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.Flow;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/**
 * Web Push as a browser and its push service see it: the VAPID JWT (RFC 8292) verifies with our
 * public key and names the push service's origin, and the body decrypts with the browser's private
 * key and auth secret per RFC 8291 (aes128gcm). The decryption here is written from the RFC with
 * the JDK's crypto alone, so it checks the library rather than repeating it.
 */
class WebPushTest {

    // The demo pair of application.properties (%dev, %test): published, for tests only.
    static final String VAPID_PUBLIC =
            "BEG7987ixDArb8xYuSSFal9CCp6PvQGHKfGRkS_wi5TvL3uCXmSRohAit4u2tBop9wZswPgdEGX3bk8APjGQNZM";
    static final String VAPID_PRIVATE = "_uz0wsdOaGfm0evzFQa66QCdQIQKJFyJnX6xskDU4OA";
    static final String ENDPOINT = "https://push.example.net/send/abc123";

    private static final Base64.Decoder B64 = Base64.getUrlDecoder();
    private static final Base64.Encoder B64_OUT = Base64.getUrlEncoder().withoutPadding();

    private final WebPush webPush = new WebPush(VAPID_PUBLIC, VAPID_PRIVATE, "mailto:demo@motus.invalid");

    @Test
    void theVapidTokenVerifiesWithOurPublicKeyAndNamesThePushServicesOrigin() throws Exception {
        Browser browser = Browser.subscribe();
        HttpRequest request = webPush.prepare(ENDPOINT, browser.p256dh(), browser.auth(), "{}");

        Matcher vapid = Pattern.compile("vapid t=([^,]+), k=(.+)")
                .matcher(request.headers().firstValue("Authorization").orElseThrow());
        assertTrue(vapid.matches(), request.headers().map().toString());
        assertEquals(VAPID_PUBLIC, vapid.group(2));

        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(vapid.group(1));
        jws.setKey(publicKey(B64.decode(VAPID_PUBLIC)));
        assertEquals("ES256", jws.getAlgorithmHeaderValue());
        assertTrue(jws.verifySignature(), "the VAPID JWT does not verify with our public key");
        JwtClaims claims = JwtClaims.parse(jws.getPayload());
        assertEquals("https://push.example.net", claims.getAudience().get(0));
        assertEquals("mailto:demo@motus.invalid", claims.getSubject());
        long expiresIn = claims.getExpirationTime().getValue() - System.currentTimeMillis() / 1000;
        assertTrue(expiresIn > 0 && expiresIn <= 24 * 60 * 60, "exp must lie within 24 h (RFC 8292): " + expiresIn);
    }

    @Test
    void theVapidTokenDoesNotVerifyWithAnotherKey() throws Exception {
        Browser browser = Browser.subscribe();
        HttpRequest request = webPush.prepare(ENDPOINT, browser.p256dh(), browser.auth(), "{}");
        String jwt = request.headers().firstValue("Authorization").orElseThrow().replaceAll("vapid t=([^,]+),.*", "$1");
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(jwt);
        jws.setKey(Browser.subscribe().keys().getPublic());
        assertFalse(jws.verifySignature());
    }

    @Test
    void theBodyDecryptsWithTheBrowsersKeysPerRfc8291() throws Exception {
        Browser browser = Browser.subscribe();
        String payload = "{\"title\":\"You have a new urgent alert in Motus\",\"url\":\"http://localhost:8080/\"}";
        HttpRequest request = webPush.prepare(ENDPOINT, browser.p256dh(), browser.auth(), payload);

        assertEquals(
                "aes128gcm", request.headers().firstValue("Content-Encoding").orElseThrow());
        assertEquals("86400", request.headers().firstValue("TTL").orElseThrow());
        assertEquals(payload, new String(browser.decrypt(bodyOf(request)), StandardCharsets.UTF_8));
    }

    @Test
    void aBodyForAnotherBrowserDoesNotDecrypt() throws Exception {
        Browser browser = Browser.subscribe();
        Browser other = Browser.subscribe();
        byte[] body = bodyOf(webPush.prepare(ENDPOINT, browser.p256dh(), browser.auth(), "secret"));
        assertThrows(javax.crypto.AEADBadTagException.class, () -> other.decrypt(body));
    }

    @Test
    void onlyAnUncompressedPointOnP256IsABrowserKey() throws Exception {
        assertTrue(WebPush.isPublicKey(Browser.subscribe().p256dh()));
        byte[] offCurve = new byte[65];
        offCurve[0] = 4;
        Arrays.fill(offCurve, 1, 65, (byte) 7);
        assertFalse(WebPush.isPublicKey(B64_OUT.encodeToString(offCurve)));
        assertFalse(WebPush.isPublicKey(B64_OUT.encodeToString(new byte[33])));
        assertFalse(WebPush.isPublicKey("not base64!"));
    }

    @Test
    void aKeyPairThatIsNotP256IsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new WebPush("AAAA", VAPID_PRIVATE, "mailto:x@y.z"));
    }

    @Test
    void aPublicKeyOfAnotherPairIsRefusedAtStart() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new WebPush(Browser.subscribe().p256dh(), VAPID_PRIVATE, "mailto:x@y.z"));
    }

    @Test
    void aPayloadOfOneRecordIsSentAndOneByteMoreIsRefused() throws Exception {
        Browser browser = Browser.subscribe();
        String largest = "x".repeat(WebPush.MAX_PAYLOAD_BYTES);
        byte[] body = bodyOf(webPush.prepare(ENDPOINT, browser.p256dh(), browser.auth(), largest));
        assertEquals(4096, body.length, "header and one full record: what push services accept");
        assertEquals(largest, new String(browser.decrypt(body), StandardCharsets.UTF_8));
        assertThrows(
                IllegalArgumentException.class,
                () -> webPush.prepare(ENDPOINT, browser.p256dh(), browser.auth(), largest + "x"));
    }

    // ---- a browser, from RFC 8291

    record Browser(KeyPair keys, byte[] authSecret) {

        static Browser subscribe() {
            TestBrowser browser = TestBrowser.create();
            return new Browser(browser.keys(), browser.authSecret());
        }

        String p256dh() {
            return new TestBrowser(keys, authSecret).p256dh();
        }

        String auth() {
            return new TestBrowser(keys, authSecret).auth();
        }

        /** RFC 8291 §3.4 and RFC 8188 §2: the header, the key schedule, one AES-128-GCM record. */
        byte[] decrypt(byte[] body) throws Exception {
            ByteBuffer in = ByteBuffer.wrap(body);
            byte[] salt = new byte[16];
            in.get(salt);
            int recordSize = in.getInt();
            byte[] asPublic = new byte[in.get() & 0xff];
            in.get(asPublic);
            byte[] ciphertext = new byte[in.remaining()];
            in.get(ciphertext);
            assertEquals(65, asPublic.length, "keyid is the sender's public key");
            assertTrue(ciphertext.length <= recordSize, "one record");

            KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(keys.getPrivate());
            agreement.doPhase(publicKey(asPublic), true);
            byte[] ecdhSecret = agreement.generateSecret();

            byte[] uaPublic = new TestBrowser(keys, authSecret).publicPoint();
            byte[] prkKey = hmac(authSecret, ecdhSecret);
            byte[] keyInfo =
                    concat("WebPush: info".getBytes(StandardCharsets.US_ASCII), new byte[] {0}, uaPublic, asPublic);
            byte[] ikm = hmac(prkKey, concat(keyInfo, new byte[] {1}));
            byte[] prk = hmac(salt, ikm);
            byte[] cek = Arrays.copyOf(
                    hmac(prk, concat("Content-Encoding: aes128gcm".getBytes(StandardCharsets.US_ASCII), new byte[] {0, 1
                    })),
                    16);
            byte[] nonce = Arrays.copyOf(
                    hmac(prk, concat("Content-Encoding: nonce".getBytes(StandardCharsets.US_ASCII), new byte[] {0, 1})),
                    12);

            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
            byte[] padded = aes.doFinal(ciphertext);
            int end = padded.length - 1;
            while (end >= 0 && padded[end] == 0) {
                end--;
            }
            assertEquals(2, padded[end], "the last record ends with the delimiter 0x02");
            return Arrays.copyOf(padded, end);
        }
    }

    private static byte[] bodyOf(HttpRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        request.bodyPublisher().orElseThrow().subscribe(new Flow.Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] bytes = new byte[item.remaining()];
                item.get(bytes);
                out.writeBytes(bytes);
            }

            @Override
            public void onError(Throwable throwable) {
                throw new AssertionError(throwable);
            }

            @Override
            public void onComplete() {}
        });
        return out.toByteArray();
    }

    private static PublicKey publicKey(byte[] point) throws Exception {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
        ECPoint w = new ECPoint(
                new BigInteger(1, Arrays.copyOfRange(point, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(point, 33, 65)));
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, spec));
    }

    private static byte[] hmac(byte[] key, byte[] data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
