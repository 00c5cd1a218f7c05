package org.motus.patient.prom.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.motus.patient.prom.score.PromSchedule.Answered;
import org.motus.patient.prom.score.PromSchedule.Assigned;
import org.motus.patient.prom.score.PromSchedule.Reason;

/** Properties of the PROM schedule with assignments (quicktheories, seeded and shrinking). */
class PromSchedulePropertiesTest {

    private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
    private static final LocalDate START = LocalDate.of(2025, 12, 1);
    private static final ZoneId[] ZONES = {
        ZoneId.of("UTC"), ZoneId.of("Pacific/Kiritimati"), ZoneId.of("Pacific/Pago_Pago"), ZoneId.of("Asia/Kathmandu")
    };

    @Test
    void anOpenAssignmentIsDueWithItsReasonWhateverTheRegularScheduleSays() {
        qt().forAll(
                        longs().between(0, 10_000_000),
                        longs().between(1, 10_000_000),
                        booleans().all(),
                        integers().between(0, 3))
                .checkAssert((answeredSeconds, laterSeconds, regular, zone) -> {
                    Instant answered = BASE.plusSeconds(answeredSeconds);
                    Assigned assigned = new Assigned(Reason.DISCHARGE, answered.plusSeconds(laterSeconds));
                    LocalDate today =
                            LocalDate.ofInstant(assigned.at(), ZONES[zone]).plusDays(3);
                    var due = PromSchedule.due(
                            START,
                            Optional.of(new Answered(answered, answered)),
                            Optional.of(assigned),
                            regular,
                            ZONES[zone],
                            today);
                    assertEquals(Reason.DISCHARGE, due.orElseThrow().reason());
                    assertEquals(
                            LocalDate.ofInstant(assigned.at(), ZONES[zone]),
                            due.get().since());
                });
    }

    @Test
    void anAnswerAtOrAfterAnAssignmentClosesItAndTheRegularScheduleDecides() {
        qt().forAll(
                        longs().between(0, 10_000_000),
                        longs().between(0, 10_000_000),
                        booleans().all(),
                        integers().between(0, 3))
                .checkAssert((assignedSeconds, laterSeconds, regular, zone) -> {
                    Assigned assigned = new Assigned(Reason.ON_DEMAND, BASE.plusSeconds(assignedSeconds));
                    Instant sent = assigned.at().plusSeconds(laterSeconds);
                    Optional<Answered> answered = Optional.of(new Answered(sent, sent));
                    assertFalse(PromSchedule.open(assigned, answered));
                    LocalDate today = LocalDate.ofInstant(sent, ZONES[zone]).plusDays(20);
                    var withAssignment =
                            PromSchedule.due(START, answered, Optional.of(assigned), regular, ZONES[zone], today);
                    var without = PromSchedule.due(START, answered, Optional.empty(), regular, ZONES[zone], today);
                    assertEquals(without, withAssignment);
                    assertEquals(regular, withAssignment.isPresent());
                });
    }

    @Test
    void theRegularScheduleOnAgreesWithTheDateOnlyRule() {
        qt().forAll(
                        longs().between(0, 100_000_000),
                        integers().between(0, 60),
                        integers().between(0, 3))
                .checkAssert((answeredSeconds, days, zone) -> {
                    Instant answered = BASE.plusSeconds(answeredSeconds);
                    LocalDate answeredOn = LocalDate.ofInstant(answered, ZONES[zone]);
                    LocalDate today = answeredOn.plusDays(days);
                    var due = PromSchedule.due(
                            START,
                            Optional.of(new Answered(answered, answered)),
                            Optional.empty(),
                            true,
                            ZONES[zone],
                            today);
                    assertEquals(PromSchedule.due(START, Optional.of(answeredOn), today), due);
                    assertTrue(due.isPresent() == (days >= PromSchedule.INTERVAL_DAYS));
                });
    }
}
