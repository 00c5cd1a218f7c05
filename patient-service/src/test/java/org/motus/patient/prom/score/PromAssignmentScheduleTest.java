package org.motus.patient.prom.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.motus.patient.prom.score.PromSchedule.Answered;
import org.motus.patient.prom.score.PromSchedule.Assigned;
import org.motus.patient.prom.score.PromSchedule.Due;
import org.motus.patient.prom.score.PromSchedule.Reason;

/** The schedule with the therapist's choices: assignments on demand or for discharge, the regular schedule off. */
class PromAssignmentScheduleTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final LocalDate START = LocalDate.of(2026, 11, 2);
    /** 2026-11-21 00:30 in Tokyo: already the 21st there, still the 20th in UTC. */
    private static final Instant ASKED = Instant.parse("2026-11-20T15:30:00Z");

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    void anAssignmentNeverAnsweredIsDueWithItsReasonFromTheDayItWasMadeInThePatientsZone() {
        assertEquals(
                Optional.of(new Due(Reason.DISCHARGE, LocalDate.of(2026, 11, 21))),
                PromSchedule.due(
                        START,
                        Optional.empty(),
                        Optional.of(new Assigned(Reason.DISCHARGE, ASKED)),
                        true,
                        TOKYO,
                        TODAY));
    }

    /** Answered and sent at the same moment. */
    private static Optional<Answered> at(Instant instant) {
        return Optional.of(new Answered(instant, instant));
    }

    @Test
    void anAssignmentComesBeforeARegularFollowUpDueTheSameDay() {
        Optional<Answered> answered = at(Instant.parse("2026-11-03T09:00:00Z"));
        assertEquals(
                Optional.of(new Due(Reason.ON_DEMAND, LocalDate.of(2026, 11, 21))),
                PromSchedule.due(
                        START, answered, Optional.of(new Assigned(Reason.ON_DEMAND, ASKED)), true, TOKYO, TODAY));
    }

    @Test
    void anAnswerOneMomentBeforeTheAssignmentLeavesItOpen() {
        Optional<Answered> before = at(ASKED.minusMillis(1));
        assertTrue(PromSchedule.open(new Assigned(Reason.ON_DEMAND, ASKED), before));
        assertEquals(
                Optional.of(new Due(Reason.ON_DEMAND, LocalDate.of(2026, 11, 21))),
                PromSchedule.due(
                        START, before, Optional.of(new Assigned(Reason.ON_DEMAND, ASKED)), false, TOKYO, TODAY));
    }

    @Test
    void anAnswerAtOrAfterTheAssignmentClosesIt() {
        Assigned assigned = new Assigned(Reason.DISCHARGE, ASKED);
        assertFalse(PromSchedule.open(assigned, at(ASKED)));
        assertFalse(PromSchedule.open(assigned, at(ASKED.plusSeconds(60))));
        // Answered just now, so the regular schedule has nothing due either.
        assertEquals(Optional.empty(), PromSchedule.due(START, at(ASKED), Optional.of(assigned), true, TOKYO, TODAY));
    }

    @Test
    void anAnswerSentAfterTheAssignmentClosesItEvenIfThePatientDatedItEarlier() {
        Assigned assigned = new Assigned(Reason.ON_DEMAND, ASKED);
        Optional<Answered> filledInOffline =
                Optional.of(new Answered(ASKED.minusSeconds(3 * 86_400), ASKED.plusSeconds(1)));
        assertFalse(PromSchedule.open(assigned, filledInOffline));
        // Dated before the assignment but sent after: closed, and the regular schedule dates from the answer.
        assertEquals(
                Optional.empty(), PromSchedule.due(START, filledInOffline, Optional.of(assigned), true, TOKYO, TODAY));
        Optional<Answered> sentBefore = Optional.of(new Answered(ASKED.plusSeconds(60), ASKED.minusSeconds(1)));
        assertTrue(PromSchedule.open(assigned, sentBefore));
    }

    @Test
    void withTheRegularScheduleOffNothingIsDueWithoutAnAssignmentNotEvenTheBaseline() {
        assertEquals(
                Optional.empty(), PromSchedule.due(START, Optional.empty(), Optional.empty(), false, TOKYO, TODAY));
        assertEquals(
                Optional.empty(),
                PromSchedule.due(
                        START,
                        at(Instant.parse("2026-11-01T00:00:00Z")),
                        Optional.empty(),
                        false,
                        TOKYO,
                        TODAY.plusDays(60)));
    }

    @Test
    void withTheRegularScheduleOnTheBaselineAndFollowUpsAreComputedOnDaysInThePatientsZone() {
        assertEquals(
                Optional.of(new Due(Reason.BASELINE, START)),
                PromSchedule.due(START, Optional.empty(), Optional.empty(), true, TOKYO, START));
        // Answered 2026-11-03 23:30 UTC = 2026-11-04 08:30 in Tokyo: the follow-up falls on the 18th there.
        Optional<Answered> answered = at(Instant.parse("2026-11-03T23:30:00Z"));
        assertEquals(
                Optional.empty(),
                PromSchedule.due(START, answered, Optional.empty(), true, TOKYO, LocalDate.of(2026, 11, 17)));
        assertEquals(
                Optional.of(new Due(Reason.FOLLOW_UP, LocalDate.of(2026, 11, 18))),
                PromSchedule.due(START, answered, Optional.empty(), true, TOKYO, LocalDate.of(2026, 11, 18)));
    }

    @Test
    void onlyOnDemandAndDischargeAreAssignable() {
        assertTrue(Reason.ON_DEMAND.assignable());
        assertTrue(Reason.DISCHARGE.assignable());
        assertFalse(Reason.BASELINE.assignable());
        assertFalse(Reason.FOLLOW_UP.assignable());
        assertThrows(IllegalArgumentException.class, () -> new Assigned(Reason.BASELINE, ASKED));
        assertThrows(IllegalArgumentException.class, () -> new Assigned(Reason.FOLLOW_UP, ASKED));
    }
}
