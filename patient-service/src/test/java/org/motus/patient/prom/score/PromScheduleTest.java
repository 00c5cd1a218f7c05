package org.motus.patient.prom.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.motus.patient.prom.score.PromSchedule.Due;
import org.motus.patient.prom.score.PromSchedule.Reason;

class PromScheduleTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 2);

    @Test
    void aPromNeverAnsweredIsDueAsBaselineFromTheStartOfCare() {
        assertEquals(Optional.of(new Due(Reason.BASELINE, START)), PromSchedule.due(START, Optional.empty(), START));
    }

    @Test
    void aPromAnsweredThirteenDaysAgoIsNotDueYet() {
        LocalDate answered = START.plusDays(1);
        assertTrue(PromSchedule.due(START, Optional.of(answered), answered.plusDays(13))
                .isEmpty());
    }

    @Test
    void aPromAnsweredFourteenDaysAgoIsDueAgainAsAFollowUp() {
        LocalDate answered = START.plusDays(1);
        Optional<Due> due = PromSchedule.due(START, Optional.of(answered), answered.plusDays(14));
        assertEquals(Optional.of(new Due(Reason.FOLLOW_UP, answered.plusDays(14))), due);
    }

    @Test
    void aFollowUpStaysDueUntilItIsAnswered() {
        LocalDate answered = START;
        assertEquals(
                Optional.of(new Due(Reason.FOLLOW_UP, START.plusDays(14))),
                PromSchedule.due(START, Optional.of(answered), START.plusDays(40)));
    }
}
