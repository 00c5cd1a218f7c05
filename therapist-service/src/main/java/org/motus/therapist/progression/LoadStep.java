package org.motus.therapist.progression;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Turns a percentage into a new load in kilograms with two decimals (what the plan stores). An
 * increase always lands within +5..+10 % of the old load (clinical-rules.md §5), a step back takes off
 * at most the percent asked; when rounding to 10 g cannot, there is no step. Pure.
 */
public final class LoadStep {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final int SCALE = 2;

    private LoadStep() {}

    public static Optional<BigDecimal> increase(BigDecimal loadKg, BigDecimal percent) {
        BigDecimal exact = loadKg.multiply(BigDecimal.ONE.add(percent.divide(HUNDRED)));
        BigDecimal lowest = loadKg.multiply(BigDecimal.ONE.add(Progression.MIN_INCREASE_PERCENT.divide(HUNDRED)));
        BigDecimal highest = loadKg.multiply(BigDecimal.ONE.add(Progression.MAX_INCREASE_PERCENT.divide(HUNDRED)));
        for (RoundingMode mode : new RoundingMode[] {RoundingMode.CEILING, RoundingMode.FLOOR}) {
            BigDecimal candidate = exact.setScale(SCALE, mode);
            if (candidate.compareTo(lowest) >= 0 && candidate.compareTo(highest) <= 0) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static Optional<BigDecimal> stepBack(BigDecimal loadKg, BigDecimal percent) {
        // Rounded up: never more than the percent off, in 10 g steps.
        BigDecimal candidate = loadKg.multiply(BigDecimal.ONE.subtract(percent.divide(HUNDRED)))
                .setScale(SCALE, RoundingMode.CEILING);
        return candidate.signum() > 0 && candidate.compareTo(loadKg) < 0 ? Optional.of(candidate) : Optional.empty();
    }
}
