package org.motus.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    /** RFC 6238 appendix B: the SHA1 rows, key "12345678901234567890", 8 digits. */
    @ParameterizedTest
    @CsvSource({
        "59,          94287082",
        "1111111109,  07081804",
        "1111111111,  14050471",
        "1234567890,  89005924",
        "2000000000,  69279037",
        "20000000000, 65353130"
    })
    void codesMatchTheTestVectorsOfRfc6238(long unixSeconds, String expected) {
        Totp totp = Totp.fromKey("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
        assertEquals(expected, totp.code(Instant.ofEpochSecond(unixSeconds), 8));
        // Six digits, as Keycloak and authenticator apps use them, are the last six of the same number.
        assertEquals(expected.substring(2), totp.code(Instant.ofEpochSecond(unixSeconds)));
    }

    @Test
    void aBase32SecretIsTheSameKeyAsItsBytes() {
        // "12345678901234567890" in Base32 (RFC 4648), as an authenticator app would be given it.
        Totp fromBase32 = Totp.fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertEquals("287082", fromBase32.code(Instant.ofEpochSecond(59)));
        assertArrayEquals(
                "12345678901234567890".getBytes(StandardCharsets.US_ASCII),
                Totp.base32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"));
    }

    @Test
    void theCodeChangesEveryThirtySecondsFromTheEpoch() {
        Totp totp = Totp.fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertEquals(totp.code(Instant.ofEpochSecond(30)), totp.code(Instant.ofEpochSecond(59)));
        assertNotEquals(totp.code(Instant.ofEpochSecond(59)), totp.code(Instant.ofEpochSecond(60)));
        assertEquals(Duration.ofSeconds(1), Totp.remaining(Instant.ofEpochSecond(59)));
        assertEquals(Duration.ofSeconds(30), Totp.remaining(Instant.ofEpochSecond(60)));
    }

    @Test
    void aSecretThatIsNotBase32IsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Totp.fromBase32("NOT-BASE32-1"));
    }
}
