package org.motus.deploy.assembly;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VapidKeysTest {

    @TempDir
    Path home;

    @Test
    void aNewPairIsAnUncompressedP256PointAndItsScalarThatSignAndVerifyTogether() throws Exception {
        VapidKeys keys = VapidKeys.generate();
        byte[] point = Base64.getUrlDecoder().decode(keys.publicKey());
        byte[] scalar = Base64.getUrlDecoder().decode(keys.privateKey());
        assertEquals(65, point.length);
        assertEquals(0x04, point[0]);
        assertEquals(32, scalar.length);
        assertTrue(keys.publicKey().matches("[A-Za-z0-9_-]{87}"), keys.publicKey());

        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECParameterSpec curve = parameters.getParameterSpec(ECParameterSpec.class);
        KeyFactory factory = KeyFactory.getInstance("EC");
        var privateKey = factory.generatePrivate(new ECPrivateKeySpec(new BigInteger(1, scalar), curve));
        var publicKey = (ECPublicKey) factory.generatePublic(new ECPublicKeySpec(
                new ECPoint(
                        new BigInteger(1, Arrays.copyOfRange(point, 1, 33)),
                        new BigInteger(1, Arrays.copyOfRange(point, 33, 65))),
                curve));
        byte[] claim = "vapid".getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(privateKey);
        signer.update(claim);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(publicKey);
        verifier.update(claim);
        assertTrue(verifier.verify(signature));
    }

    @Test
    void twoPairsDiffer() {
        assertNotEquals(VapidKeys.generate(), VapidKeys.generate());
    }

    @Test
    void aStoredPairReadsBackAndASecondStartKeepsIt() {
        Secrets secrets = new Secrets(home.resolve("secrets"));
        String first = secrets.readOrCreate(
                "web-push-vapid-keys", () -> VapidKeys.generate().stored());
        String again = secrets.readOrCreate(
                "web-push-vapid-keys", () -> VapidKeys.generate().stored());
        assertEquals(first, again);
        VapidKeys keys = VapidKeys.parse(again);
        assertEquals(first, keys.stored());
        assertArrayEquals(
                Base64.getUrlDecoder().decode(keys.publicKey()),
                Base64.getUrlDecoder().decode(first.substring(0, first.indexOf('.'))));
    }

    @Test
    void somethingElseIsNotAStoredPair() {
        assertThrows(IllegalArgumentException.class, () -> VapidKeys.parse("no-dot-here"));
        assertThrows(IllegalArgumentException.class, () -> VapidKeys.parse("a.b.c"));
        assertThrows(IllegalArgumentException.class, () -> VapidKeys.parse(".b"));
        assertThrows(IllegalArgumentException.class, () -> VapidKeys.parse("a."));
    }
}
