package org.motus.therapist.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MediaRulesTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    static final byte[] MP4 = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};

    @Test
    void aPngUnderTheLimitIsAccepted() {
        assertThat(MediaRules.check("image/png", PNG)).isEmpty();
    }

    @Test
    void anMp4WithCodecParametersIsAccepted() {
        assertThat(MediaRules.check("video/mp4; codecs=\"avc1\"", MP4)).isEmpty();
    }

    @Test
    void otherTypesAreUnsupported() {
        assertThat(MediaRules.check("application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo(MediaRules.Reason.UNSUPPORTED_TYPE));
        assertThat(MediaRules.check(null, PNG))
                .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo(MediaRules.Reason.UNSUPPORTED_TYPE));
    }

    @Test
    void bytesThatAreNotWhatTheTypeSaysAreRefused() {
        assertThat(MediaRules.check("image/png", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo(MediaRules.Reason.CONTENT_MISMATCH));
    }

    @Test
    void imagesAboveFiveMebibytesAreTooLarge() {
        byte[] big = Arrays.copyOf(PNG, MediaRules.MAX_IMAGE_BYTES + 1);
        assertThat(MediaRules.check("image/png", big))
                .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo(MediaRules.Reason.TOO_LARGE));
        assertThat(MediaRules.check("image/png", Arrays.copyOf(PNG, MediaRules.MAX_IMAGE_BYTES)))
                .isEmpty();
    }

    @Test
    void anEmptyUploadIsRefused() {
        assertThat(MediaRules.check("video/webm", new byte[0]))
                .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo(MediaRules.Reason.EMPTY));
    }
}
