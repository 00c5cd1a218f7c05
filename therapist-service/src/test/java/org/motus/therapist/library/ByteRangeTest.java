package org.motus.therapist.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    @Test
    void noHeaderMeansTheWholeContent() {
        assertThat(ByteRange.parse(null, 1000)).isInstanceOf(ByteRange.Whole.class);
    }

    @Test
    void aClosedRangeIsServedAsAsked() {
        assertThat(ByteRange.parse("bytes=0-99", 1000)).isEqualTo(new ByteRange.Part(new ByteRange(0, 99)));
    }

    @Test
    void anOpenRangeRunsToTheEnd() {
        assertThat(ByteRange.parse("bytes=900-", 1000)).isEqualTo(new ByteRange.Part(new ByteRange(900, 999)));
        assertThat(ByteRange.parse("bytes=900-5000", 1000)).isEqualTo(new ByteRange.Part(new ByteRange(900, 999)));
    }

    @Test
    void aSuffixRangeIsTheLastBytes() {
        assertThat(ByteRange.parse("bytes=-10", 1000)).isEqualTo(new ByteRange.Part(new ByteRange(990, 999)));
    }

    @Test
    void aStartBeyondTheContentIsUnsatisfiable() {
        assertThat(ByteRange.parse("bytes=1000-", 1000)).isInstanceOf(ByteRange.Unsatisfiable.class);
    }

    @Test
    void severalRangesOrOtherUnitsAreIgnored() {
        assertThat(ByteRange.parse("bytes=0-1,5-6", 1000)).isInstanceOf(ByteRange.Whole.class);
        assertThat(ByteRange.parse("items=0-1", 1000)).isInstanceOf(ByteRange.Whole.class);
    }

    @Test
    void theContentRangeHeaderNamesTheTotal() {
        assertThat(new ByteRange(0, 99).contentRange(1000)).isEqualTo("bytes 0-99/1000");
    }
}
