package org.motus.gateway.visit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VisitSlotsTest {

    private static final Instant TEN = Instant.parse("2027-01-11T10:00:00Z");

    private static Instant at(int minutesAfterTen) {
        return TEN.plusSeconds(60L * minutesAfterTen);
    }

    @Test
    void slotsThatShareAMinuteClashAndBackToBackOnesDoNot() {
        assertThat(VisitSlots.overlap(TEN, 30, at(29), 30), equalTo(true));
        assertThat(VisitSlots.overlap(TEN, 30, at(30), 30), equalTo(false));
        assertThat(VisitSlots.overlap(TEN, 30, at(-30), 30), equalTo(false));
        assertThat(VisitSlots.overlap(TEN, 30, at(-29), 30), equalTo(true));
        assertThat("inside", VisitSlots.overlap(TEN, 30, at(10), 5), equalTo(true));
        assertThat("around", VisitSlots.overlap(at(10), 5, TEN, 30), equalTo(true));
        assertThat("the same slot", VisitSlots.overlap(TEN, 30, TEN, 30), equalTo(true));
    }

    @Test
    void clashingIsSymmetricAndMeansSharingSomeMinute() {
        Random random = new Random(19);
        for (int i = 0; i < 5_000; i++) {
            int a = random.nextInt(600) - 300;
            int b = random.nextInt(600) - 300;
            int aLength = 5 + random.nextInt(176);
            int bLength = 5 + random.nextInt(176);
            boolean sharesAMinute = false;
            for (int minute = a; minute < a + aLength && !sharesAMinute; minute++) {
                sharesAMinute = minute >= b && minute < b + bLength;
            }
            assertThat(VisitSlots.overlap(at(a), aLength, at(b), bLength), equalTo(sharesAMinute));
            assertThat(
                    VisitSlots.overlap(at(b), bLength, at(a), aLength),
                    equalTo(VisitSlots.overlap(at(a), aLength, at(b), bLength)));
        }
    }
}
