package org.motus.gateway.session;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TokenSealTest {

    private static final String SECRET = "test-only-session-secret-not-for-production-use";
    private static final byte[] ROW = LoginSessionTokens.hashOf("a".repeat(LoginSessionTokens.REFERENCE_CHARS));
    private static final String TOKENS = "{\"id\":\"eyJ...\",\"access\":\"eyJ...\",\"refresh\":\"r\"}";

    @Test
    void theReferenceHashIsSha256EvenWhenManyThreadsHashAtOnce() {
        // FIPS 180-2's test vectors; the digest is shared as a prototype and copied per hash.
        List<String> hashes = IntStream.range(0, 2_000)
                .parallel()
                .mapToObj(i -> HexFormat.of()
                        .formatHex(TokenSeal.sha256((i % 2 == 0 ? "abc" : "").getBytes(StandardCharsets.US_ASCII))))
                .toList();

        for (int i = 0; i < hashes.size(); i++) {
            assertThat(
                    hashes.get(i),
                    equalTo(
                            i % 2 == 0
                                    ? "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
                                    : "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        }
    }

    @Test
    void anotherReplicaWithTheSameSecretOpensWhatOneSealed() throws GeneralSecurityException {
        byte[] sealed = TokenSeal.withSecret(SECRET).seal(TOKENS, ROW);

        assertThat(TokenSeal.withSecret(SECRET).open(sealed, ROW), equalTo(TOKENS));
    }

    @Test
    void theTokensDoNotAppearInWhatIsStored() {
        byte[] sealed = TokenSeal.withSecret(SECRET).seal(TOKENS, ROW);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1).contains("access"), equalTo(false));
    }

    @Test
    void sealingTwiceGivesDifferentValues() {
        TokenSeal seal = TokenSeal.withSecret(SECRET);

        assertThat(seal.seal(TOKENS, ROW), not(equalTo(seal.seal(TOKENS, ROW))));
    }

    @Test
    void anotherSecretCannotOpenIt() {
        byte[] sealed = TokenSeal.withSecret(SECRET).seal(TOKENS, ROW);

        assertThrows(
                GeneralSecurityException.class,
                () -> TokenSeal.withSecret(SECRET + "-changed").open(sealed, ROW));
    }

    @Test
    void aValueMovedToAnotherRowDoesNotOpen() {
        byte[] sealed = TokenSeal.withSecret(SECRET).seal(TOKENS, ROW);
        byte[] otherRow = LoginSessionTokens.hashOf("b".repeat(LoginSessionTokens.REFERENCE_CHARS));

        assertThrows(
                GeneralSecurityException.class,
                () -> TokenSeal.withSecret(SECRET).open(sealed, otherRow));
    }

    @Test
    void anAlteredValueDoesNotOpen() {
        byte[] sealed = TokenSeal.withSecret(SECRET).seal(TOKENS, ROW);
        sealed[sealed.length - 1] ^= 1;

        assertThrows(
                GeneralSecurityException.class,
                () -> TokenSeal.withSecret(SECRET).open(sealed, ROW));
        assertThrows(
                GeneralSecurityException.class,
                () -> TokenSeal.withSecret(SECRET).open(new byte[5], ROW));
    }

    @Test
    void onlyBase64UrlReferencesOfTheRightLengthAreLookedUp() {
        assertThat(LoginSessionTokens.wellFormed("A".repeat(43)), equalTo(true));
        assertThat(LoginSessionTokens.wellFormed("-_09azAZ" + "x".repeat(35)), equalTo(true));
        assertThat(LoginSessionTokens.wellFormed("A".repeat(42)), equalTo(false));
        assertThat(LoginSessionTokens.wellFormed("A".repeat(44)), equalTo(false));
        assertThat(LoginSessionTokens.wellFormed("A".repeat(42) + "="), equalTo(false));
        assertThat(LoginSessionTokens.wellFormed("A".repeat(42) + "+"), equalTo(false));
        assertThat(LoginSessionTokens.wellFormed(null), equalTo(false));
    }
}
