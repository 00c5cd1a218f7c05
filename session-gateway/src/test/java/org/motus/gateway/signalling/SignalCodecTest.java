package org.motus.gateway.signalling;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading client messages strictly: one row per kind of bad input, and the good ones. */
class SignalCodecTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
    private static final SignalCodec CODEC = new SignalCodec(VALIDATOR);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "not json | malformed",
                "[1] | malformed",
                "{\"type\":\"join\"} | malformed",
                "{\"v\":\"1\",\"type\":\"join\"} | malformed",
                "{\"v\":2,\"type\":\"join\"} | unsupported-version",
                "{\"v\":1} | malformed",
                "{\"v\":1,\"type\":\"join\",\"type\":\"offer\"} | malformed",
                "{\"v\":1,\"type\":\"join\",\"v\":1} | malformed",
                "{\"v\":1,\"type\":5} | malformed",
                "{\"v\":1,\"type\":\"join\"} trailing | malformed",
                "{\"v\":1,\"type\":\"join\" | malformed",
                "{\"v\":1,\"type\":\"join\",\"sdp\":\"v=0\"} | invalid",
                "{\"v\":1,\"type\":\"offer\",\"sdp\":\"v=0\",\"candidate\":null} | invalid",
                "{\"v\":1,\"type\":\"candidate\",\"candidate\":{\"candidate\":\"c\",\"sdpMid\":\"0\",\"sdpMid\":7}} | malformed",
                "{\"v\":1,\"type\":\"dance\"} | unknown-type",
                "{\"v\":1,\"type\":\"join\",\"extra\":1} | invalid",
                "{\"v\":1,\"type\":\"join\",\"id\":7} | invalid",
                "{\"v\":1,\"type\":\"offer\"} | invalid",
                "{\"v\":1,\"type\":\"offer\",\"sdp\":\"hello\"} | invalid",
                "{\"v\":1,\"type\":\"candidate\"} | invalid",
                "{\"v\":1,\"type\":\"candidate\",\"candidate\":\"a\"} | invalid",
                "{\"v\":1,\"type\":\"candidate\",\"candidate\":{\"candidate\":\"c\"}} | invalid",
                "{\"v\":1,\"type\":\"candidate\",\"candidate\":{\"candidate\":\"c\",\"sdpMLineIndex\":-1} } | invalid",
                "{\"v\":1,\"type\":\"candidate\",\"candidate\":{\"candidate\":\"c\",\"sdpMid\":\"0\",\"port\":1} } | invalid",
                "{\"v\":1,\"type\":\"candidate\",\"candidate\":{\"candidate\":\"c\",\"sdpMid\":\"0\",\"type\":\"x\"}} | invalid",
                "{\"v\":1,\"type\":\"candidate\",\"candidate\":{\"candidate\":\"c\",\"sdpMid\":\"0\",\"sdpMLineIndex\":1024}} | invalid",
                "{\"v\":1,\"type\":\"offer\",\"sdp\":\"v=0\",\"type\":\"offer\"} | malformed",
            })
    void badMessagesAreRefusedWithACode(String text, String code) {
        SignalCodec.Read read = CODEC.read(text);
        assertThat(read, instanceOf(SignalCodec.Invalid.class));
        assertThat(((SignalCodec.Invalid) read).code().wire(), equalTo(code));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"v\":1,\"type\":\"join\"} | join",
                "{\"v\":1,\"type\":\"ping\",\"id\":\"p\"} | ping",
                "{\"v\":1,\"type\":\"offer\",\"sdp\":\"v=0\\r\\no=- 1 2 IN IP4 127.0.0.1\"} | offer",
                "{\"v\":1,\"type\":\"candidate\",\"candidate\":null} | candidate",
                "{\"v\":1,\"type\":\"candidate\",\"candidate\":{\"candidate\":\"\",\"sdpMid\":\"0\",\"sdpMLineIndex\":0,\"usernameFragment\":null}} | candidate",
                "{\"v\":1,\"type\":\"ice-restart\"} | ice-restart",
                "{\"type\":\"candidate\",\"v\":1,\"candidate\":{\"candidate\":\"c\",\"sdpMLineIndex\":0}} | candidate",
                "{\"v\":1,\"candidate\":{\"candidate\":\"c\",\"sdpMid\":\"0\"},\"type\":\"candidate\"} | candidate",
            })
    void goodMessagesAreRead(String text, String type) {
        SignalCodec.Read read = CODEC.read(text);
        assertThat(read, instanceOf(SignalCodec.Valid.class));
        assertThat(((SignalCodec.Valid) read).message().wireType(), equalTo(type));
    }

    @Test
    void theSizeCapCountsUtf8Bytes() {
        assertThat(SignalCodec.utf8Length("aé€😀"), equalTo(1 + 2 + 3 + 4));
        assertThat(SignalCodec.tooLarge("a".repeat(65_536), 65_536), is(false));
        assertThat(SignalCodec.tooLarge("a".repeat(65_537), 65_536), is(true));
        assertThat(SignalCodec.tooLarge("€".repeat(21_846), 65_536), is(true));
        assertThat(SignalCodec.tooLarge("€".repeat(21_845), 65_536), is(false));
    }

    @Test
    void errorsEchoTheOffendingIdAndType() {
        SignalCodec.Invalid invalid = (SignalCodec.Invalid) CODEC.read("{\"v\":1,\"type\":\"offer\",\"id\":\"o7\"}");
        assertThat(invalid.ref(), equalTo("o7"));
        assertThat(invalid.refType(), equalTo("offer"));
        assertThat(
                CODEC.write(invalid.error()),
                equalTo("{\"v\":1,\"type\":\"error\",\"code\":\"invalid\",\"message\":\""
                        + invalid.message().replace("\"", "\\\"") + "\",\"ref\":\"o7\",\"refType\":\"offer\"}"));
    }

    @Test
    void theCandidateShortcutAgreesWithBeanValidationOnEveryEdgeOfEveryBound() {
        List<String> candidates = Arrays.asList(null, "", "c".repeat(2048), "c".repeat(2049));
        List<String> mids = Arrays.asList(null, "", "m".repeat(64), "m".repeat(65));
        List<Integer> indexes = Arrays.asList(null, Integer.MIN_VALUE, -1, 0, 1023, 1024, Integer.MAX_VALUE);
        List<String> ufrags = Arrays.asList(null, "", "u".repeat(256), "u".repeat(257));
        int accepted = 0;
        int refused = 0;
        for (String candidate : candidates) {
            for (String mid : mids) {
                for (Integer index : indexes) {
                    for (String ufrag : ufrags) {
                        ClientMessage.IceCandidate init = new ClientMessage.IceCandidate(candidate, mid, index, ufrag);
                        boolean valid = VALIDATOR.validate(init).isEmpty();
                        assertThat(init.toString(), SignalCodec.withinBounds(init), equalTo(valid));
                        if (valid) {
                            accepted++;
                        } else {
                            refused++;
                        }
                    }
                }
            }
        }
        assertThat(accepted > 0 && refused > 0, is(true));
    }
}
