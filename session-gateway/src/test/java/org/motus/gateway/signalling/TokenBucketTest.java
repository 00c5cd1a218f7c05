package org.motus.gateway.signalling;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    private static int taken(TokenBucket bucket, int tries, long at) {
        int taken = 0;
        for (int i = 0; i < tries; i++) {
            if (bucket.tryTake(at)) {
                taken++;
            }
        }
        return taken;
    }

    @Test
    void aFullBucketAllowsOneBurstThenRefusesUntilItRefills() {
        TokenBucket bucket = new TokenBucket(40, 20, 0);
        assertThat(taken(bucket, 100, 0), equalTo(40));
        assertThat(bucket.tryTake(SECOND / 100), is(false));
        assertThat(taken(bucket, 100, SECOND / 2), equalTo(10));
        assertThat(taken(bucket, 100, 10 * SECOND), equalTo(40));
    }

    @Test
    void aSteadySenderAtTheRateIsNeverRefused() {
        TokenBucket bucket = new TokenBucket(1, 20, 0);
        for (long t = SECOND / 20; t < 10 * SECOND; t += SECOND / 20) {
            assertThat(bucket.tryTake(t), is(true));
        }
    }
}
