package org.motus.gateway.visit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every status x event pair of the visit state machine, and the join window. */
class VisitLifecycleTest {

    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant BEFORE_START = START.minus(Duration.ofMinutes(5));
    private static final Instant AFTER_START = START.plus(Duration.ofMinutes(5));

    /** The only legal moves (before the start); every other status x event pair must be refused. */
    private static final Map<VisitStatus, Map<VisitEvent, VisitStatus>> LEGAL = new EnumMap<>(Map.of(
            VisitStatus.REQUESTED,
                    Map.of(
                            VisitEvent.CONFIRM,
                            VisitStatus.SCHEDULED,
                            VisitEvent.CANCEL,
                            VisitStatus.CANCELLED,
                            VisitEvent.RESCHEDULE,
                            VisitStatus.SCHEDULED,
                            VisitEvent.PATIENT_MOVES,
                            VisitStatus.REQUESTED,
                            VisitEvent.LAPSE,
                            VisitStatus.CANCELLED),
            VisitStatus.SCHEDULED,
                    Map.of(
                            VisitEvent.PATIENT_JOINS,
                            VisitStatus.WAITING,
                            VisitEvent.CANCEL,
                            VisitStatus.CANCELLED,
                            VisitEvent.RESCHEDULE,
                            VisitStatus.SCHEDULED,
                            VisitEvent.PATIENT_MOVES,
                            VisitStatus.REQUESTED,
                            VisitEvent.LAPSE,
                            VisitStatus.ENDED),
            VisitStatus.WAITING,
                    Map.of(
                            VisitEvent.PATIENT_JOINS,
                            VisitStatus.WAITING,
                            VisitEvent.PATIENT_LEAVES,
                            VisitStatus.SCHEDULED,
                            VisitEvent.ADMIT,
                            VisitStatus.IN_PROGRESS,
                            VisitEvent.CANCEL,
                            VisitStatus.CANCELLED,
                            VisitEvent.LAPSE,
                            VisitStatus.ENDED),
            VisitStatus.IN_PROGRESS,
                    Map.of(
                            VisitEvent.PATIENT_JOINS,
                            VisitStatus.IN_PROGRESS,
                            VisitEvent.PATIENT_LEAVES,
                            VisitStatus.IN_PROGRESS,
                            VisitEvent.END,
                            VisitStatus.ENDED,
                            VisitEvent.LAPSE,
                            VisitStatus.ENDED),
            VisitStatus.ENDED, Map.of(),
            VisitStatus.CANCELLED, Map.of()));

    static Stream<Arguments> everyStatusAndEvent() {
        return Stream.of(VisitStatus.values())
                .flatMap(s -> Stream.of(VisitEvent.values()).map(e -> Arguments.of(s, e)));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyStatusAndEvent")
    void eachStatusAllowsExactlyItsEvents(VisitStatus status, VisitEvent event) {
        VisitLifecycle.Outcome outcome = VisitLifecycle.apply(status, event, START, BEFORE_START);
        VisitStatus expected = LEGAL.get(status).get(event);
        if (expected == null) {
            assertThat(status + " + " + event + " must be refused", outcome.allowed(), is(false));
            assertThat(outcome.to(), equalTo(status));
            assertTrue(outcome.refusal().isPresent() && !outcome.refusal().get().isBlank());
        } else {
            assertThat(status + " + " + event + " must be allowed", outcome.allowed(), is(true));
            assertThat(outcome.to(), equalTo(expected));
        }
    }

    @Test
    void theHappyPathRunsScheduledWaitingInProgressEnded() {
        VisitStatus status = VisitStatus.SCHEDULED;
        for (VisitEvent event : new VisitEvent[] {VisitEvent.PATIENT_JOINS, VisitEvent.ADMIT, VisitEvent.END}) {
            VisitLifecycle.Outcome outcome = VisitLifecycle.apply(status, event, START, AFTER_START);
            assertThat(outcome.changes(), is(true));
            status = outcome.to();
        }
        assertThat(status, equalTo(VisitStatus.ENDED));
    }

    @Test
    void aVisitNobodyAttendedCanBeEndedFromItsStartOnButNotBefore() {
        for (VisitStatus open : new VisitStatus[] {VisitStatus.SCHEDULED, VisitStatus.WAITING}) {
            assertThat(VisitLifecycle.apply(open, VisitEvent.END, START, START).to(), equalTo(VisitStatus.ENDED));
            assertThat(
                    VisitLifecycle.apply(open, VisitEvent.END, START, AFTER_START)
                            .to(),
                    equalTo(VisitStatus.ENDED));
            VisitLifecycle.Outcome early = VisitLifecycle.apply(open, VisitEvent.END, START, START.minusMillis(1));
            assertThat(early.allowed(), is(false));
            assertThat(early.refusal().orElseThrow(), containsString("cancel it instead"));
        }
        for (VisitStatus closed : new VisitStatus[] {VisitStatus.ENDED, VisitStatus.CANCELLED}) {
            assertThat(
                    VisitLifecycle.apply(closed, VisitEvent.END, START, AFTER_START)
                            .allowed(),
                    is(false));
        }
    }

    @Test
    void cancellingAfterTheStartIsRefusedEvenWhenScheduled() {
        VisitLifecycle.Outcome atStart = VisitLifecycle.apply(VisitStatus.SCHEDULED, VisitEvent.CANCEL, START, START);
        VisitLifecycle.Outcome later = VisitLifecycle.apply(VisitStatus.WAITING, VisitEvent.CANCEL, START, AFTER_START);
        assertThat(atStart.allowed(), is(false));
        assertThat(later.allowed(), is(false));
        assertThat(later.refusal().orElseThrow(), containsString("start time has passed"));
    }

    @Test
    void movingAVisitIsRefusedFromItsStartOnAndOnceThePatientWaits() {
        VisitLifecycle.Outcome justBefore =
                VisitLifecycle.apply(VisitStatus.SCHEDULED, VisitEvent.RESCHEDULE, START, START.minusMillis(1));
        VisitLifecycle.Outcome atStart =
                VisitLifecycle.apply(VisitStatus.SCHEDULED, VisitEvent.RESCHEDULE, START, START);
        VisitLifecycle.Outcome waiting =
                VisitLifecycle.apply(VisitStatus.WAITING, VisitEvent.RESCHEDULE, START, BEFORE_START);
        assertThat(justBefore.allowed(), is(true));
        assertThat(atStart.allowed(), is(false));
        assertThat(atStart.refusal().orElseThrow(), containsString("start time has passed"));
        assertThat(waiting.allowed(), is(false));
        assertThat(waiting.refusal().orElseThrow(), containsString("waiting room"));
    }

    @Test
    void admittingWhenNobodyWaitsSaysSo() {
        assertThat(
                VisitLifecycle.apply(VisitStatus.SCHEDULED, VisitEvent.ADMIT, START, START)
                        .refusal()
                        .orElseThrow(),
                containsString("Nobody is in the waiting room"));
    }

    @Test
    void aRejoiningPatientChangesNothing() {
        assertThat(
                VisitLifecycle.apply(VisitStatus.IN_PROGRESS, VisitEvent.PATIENT_JOINS, START, AFTER_START)
                        .changes(),
                is(false));
        assertThat(
                VisitLifecycle.apply(VisitStatus.WAITING, VisitEvent.PATIENT_JOINS, START, AFTER_START)
                        .changes(),
                is(false));
    }

    @Test
    void theWaitingRoomOpensTenMinutesBeforeTheStartAndClosesAtTheScheduledEnd() {
        int minutes = 30;
        Instant opens = START.minus(Duration.ofMinutes(10));
        Instant closes = START.plus(Duration.ofMinutes(minutes));
        assertThat(
                VisitLifecycle.joinRefusal(VisitStatus.SCHEDULED, START, minutes, opens.minusSeconds(1))
                        .orElseThrow(),
                containsString("10 minutes before"));
        assertThat(
                VisitLifecycle.joinRefusal(VisitStatus.SCHEDULED, START, minutes, opens)
                        .isEmpty(),
                is(true));
        assertThat(
                VisitLifecycle.joinRefusal(VisitStatus.IN_PROGRESS, START, minutes, closes.minusSeconds(1))
                        .isEmpty(),
                is(true));
        assertThat(
                VisitLifecycle.joinRefusal(VisitStatus.IN_PROGRESS, START, minutes, closes)
                        .orElseThrow(),
                containsString("over"));
    }

    @Test
    void endedAndCancelledVisitsCannotBeJoinedInsideTheirWindow() {
        assertThat(
                VisitLifecycle.joinRefusal(VisitStatus.ENDED, START, 30, START).orElseThrow(), containsString("ended"));
        assertThat(
                VisitLifecycle.joinRefusal(VisitStatus.CANCELLED, START, 30, START)
                        .orElseThrow(),
                containsString("cancelled"));
    }

    private static final Duration GRACE = Duration.ofMinutes(30);
    private static final int MINUTES = 45;
    private static final Instant END = START.plus(Duration.ofMinutes(MINUTES));

    @ParameterizedTest(name = "{0}")
    @MethodSource("openStatuses")
    void anOpenVisitLapsesExactlyWhenItsSlotAndGracePeriodAreOver(VisitStatus status) {
        Instant lapse = END.plus(GRACE);
        assertThat(VisitLifecycle.hasLapsed(status, START, MINUTES, GRACE, false, lapse.minusMillis(1)), is(false));
        assertThat(VisitLifecycle.hasLapsed(status, START, MINUTES, GRACE, false, lapse), is(true));
        assertThat(VisitLifecycle.hasLapsed(status, START, MINUTES, GRACE, false, lapse.plusSeconds(1)), is(true));
    }

    static Stream<VisitStatus> openStatuses() {
        return Stream.of(VisitStatus.SCHEDULED, VisitStatus.WAITING, VisitStatus.IN_PROGRESS);
    }

    @Test
    void anEndedOrCancelledVisitNeverLapsesAgain() {
        Instant muchLater = END.plus(Duration.ofDays(30));
        assertThat(VisitLifecycle.hasLapsed(VisitStatus.ENDED, START, MINUTES, GRACE, false, muchLater), is(false));
        assertThat(VisitLifecycle.hasLapsed(VisitStatus.CANCELLED, START, MINUTES, GRACE, false, muchLater), is(false));
    }

    @Test
    void someoneStillInTheCallKeepsItOpenUntilTheirConnectionCountsAsStale() {
        Instant stale = END.plus(VisitLifecycle.STALE_CONNECTION);
        assertThat(
                VisitLifecycle.hasLapsed(VisitStatus.IN_PROGRESS, START, MINUTES, GRACE, true, END.plus(GRACE)),
                is(false));
        assertThat(
                VisitLifecycle.hasLapsed(VisitStatus.IN_PROGRESS, START, MINUTES, GRACE, true, stale.minusMillis(1)),
                is(false));
        assertThat(VisitLifecycle.hasLapsed(VisitStatus.IN_PROGRESS, START, MINUTES, GRACE, true, stale), is(true));
    }

    @Test
    void theGracePeriodCountsFromTheEndOfTheSlotNotItsStart() {
        Instant afterStartPlusGrace = START.plus(GRACE).plusSeconds(1);
        assertThat(
                VisitLifecycle.hasLapsed(VisitStatus.SCHEDULED, START, MINUTES, GRACE, false, afterStartPlusGrace),
                is(false));
        assertThat(
                VisitLifecycle.hasLapsed(
                        VisitStatus.SCHEDULED, START, 5, GRACE, false, START.plus(Duration.ofMinutes(35))),
                is(true));
    }

    @Test
    void aRequestCanBeConfirmedOrMovedOnlyBeforeItsStartAndCannotBeJoinedOrEnded() {
        assertThat(
                VisitLifecycle.apply(VisitStatus.REQUESTED, VisitEvent.CONFIRM, START, START.minusMillis(1))
                        .allowed(),
                is(true));
        assertThat(
                VisitLifecycle.apply(VisitStatus.REQUESTED, VisitEvent.CONFIRM, START, START)
                        .refusal()
                        .orElseThrow(),
                containsString("passed"));
        assertThat(
                VisitLifecycle.apply(VisitStatus.REQUESTED, VisitEvent.PATIENT_MOVES, START, START)
                        .allowed(),
                is(false));
        assertThat(
                VisitLifecycle.apply(VisitStatus.SCHEDULED, VisitEvent.PATIENT_MOVES, START, START.minusMillis(1))
                        .to(),
                equalTo(VisitStatus.REQUESTED));
        assertThat(
                VisitLifecycle.apply(VisitStatus.REQUESTED, VisitEvent.END, START, AFTER_START)
                        .refusal()
                        .orElseThrow(),
                containsString("never confirmed"));
        assertThat(
                VisitLifecycle.joinRefusal(VisitStatus.REQUESTED, START, MINUTES, START)
                        .orElseThrow(),
                containsString("confirm"));
        assertThat(
                VisitLifecycle.joinRefusal(VisitStatus.SCHEDULED, START, MINUTES, START)
                        .isEmpty(),
                is(true));
    }

    @Test
    void aRequestNobodyConfirmedLapsesAsCancelled() {
        assertThat(
                VisitLifecycle.hasLapsed(VisitStatus.REQUESTED, START, MINUTES, GRACE, false, END.plus(GRACE)),
                is(true));
        assertThat(
                VisitLifecycle.apply(VisitStatus.REQUESTED, VisitEvent.LAPSE, START, END)
                        .to(),
                equalTo(VisitStatus.CANCELLED));
    }

    @Test
    void lapsingEndsTheVisitAndAFinishedOneSaysWhyNot() {
        assertThat(
                VisitLifecycle.apply(VisitStatus.WAITING, VisitEvent.LAPSE, START, END)
                        .to(),
                equalTo(VisitStatus.ENDED));
        assertThat(
                VisitLifecycle.apply(VisitStatus.ENDED, VisitEvent.LAPSE, START, END)
                        .refusal()
                        .orElseThrow(),
                containsString("ended"));
    }
}
