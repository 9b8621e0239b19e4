package io.potentia.scoring.normalise;

import static io.potentia.scoring.normalise.Normalisers.distanceToTarget;
import static io.potentia.scoring.normalise.Normalisers.goalposts;
import static io.potentia.scoring.spi.Trait.ACCEPTS_MISSING;
import static io.potentia.scoring.spi.Trait.ACCEPTS_NON_POSITIVE;
import static io.potentia.scoring.spi.Trait.ANONYMOUS;
import static io.potentia.scoring.spi.Trait.ATTAINS_BOUNDS;
import static io.potentia.scoring.spi.Trait.BOUNDED;
import static io.potentia.scoring.spi.Trait.DETERMINISTIC;
import static io.potentia.scoring.spi.Trait.MONOTONE;
import static io.potentia.scoring.spi.Trait.RANGE_FITTED;
import static io.potentia.scoring.spi.Trait.RANK_REVERSAL_FREE;
import static io.potentia.scoring.spi.Trait.SCALE_INVARIANT;
import static io.potentia.scoring.spi.Trait.TRANSLATION_INVARIANT;

import io.potentia.scoring.spi.Described;
import io.potentia.scoring.spi.StrategyDescriptor;
import io.potentia.scoring.spi.StrategyKind;
import io.potentia.scoring.spi.Trait;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The built-in normalisers as registered for discovery by name: each one's name, description,
 * parameters and the traits it promises; see {@link Normalisers#descriptors()}.
 */
final class Registered {
  static final List<StrategyDescriptor> DESCRIPTORS = descriptors();

  private Registered() {}

  private static List<StrategyDescriptor> descriptors() {
    StrategyKind k = StrategyKind.NORMALISATION;
    return List.of(
        StrategyDescriptor.of(k, "min-max", "l + (u - l)(x - min)/(max - min); parameters lower = 0, upper = 100",
            EnumSet.of(MONOTONE, BOUNDED, SCALE_INVARIANT, TRANSLATION_INVARIANT, ACCEPTS_MISSING,
                ACCEPTS_NON_POSITIVE, ANONYMOUS, DETERMINISTIC, ATTAINS_BOUNDS, RANGE_FITTED),
            p -> Normalisers.minMax(p.number("lower", 0), p.number("upper", 100))),
        StrategyDescriptor.of(k, "z-score", "m + s (x - mean)/sd; parameters mean = 0, sd = 1",
            EnumSet.of(MONOTONE, SCALE_INVARIANT, TRANSLATION_INVARIANT, ACCEPTS_MISSING, ACCEPTS_NON_POSITIVE,
                ANONYMOUS, DETERMINISTIC),
            p -> Normalisers.zScore(p.number("mean", 0), p.number("sd", 1))),
        StrategyDescriptor.of(k, "rank", "rank among the areas, 1 = worst, ties averaged",
            EnumSet.of(MONOTONE, SCALE_INVARIANT, TRANSLATION_INVARIANT, ACCEPTS_MISSING, ACCEPTS_NON_POSITIVE,
                ANONYMOUS, DETERMINISTIC),
            p -> Normalisers.rank()),
        StrategyDescriptor.of(k, "percentile-rank", "(min rank - 1)/(n - 1), in [0, 1]",
            EnumSet.of(MONOTONE, BOUNDED, SCALE_INVARIANT, TRANSLATION_INVARIANT, ACCEPTS_MISSING,
                ACCEPTS_NON_POSITIVE, ANONYMOUS, DETERMINISTIC, ATTAINS_BOUNDS),
            p -> Normalisers.percentileRank()),
        StrategyDescriptor.of(k, "borda", "number of areas strictly worse",
            EnumSet.of(MONOTONE, SCALE_INVARIANT, TRANSLATION_INVARIANT, ACCEPTS_MISSING, ACCEPTS_NON_POSITIVE,
                ANONYMOUS, DETERMINISTIC),
            p -> Normalisers.borda()),
        new StrategyDescriptor(k, "goalposts", "s (x - lower)/(upper - lower); parameters lower, upper, scale = 1,"
            + " cap = true, log = false",
            p -> describedGoalposts(p.number("lower"), p.number("upper"), p.number("scale", 1), p.flag("cap", true),
                p.flag("log", false))),
        new StrategyDescriptor(k, "distance-to-target", "(x - min)/(target - min); parameters target, cap = true",
            p -> describedDistanceToTarget(p.number("target"), p.flag("cap", true))),
        StrategyDescriptor.of(k, "distance-to-best", "(x - best)/|best|: 0 for the leader, negative below",
            EnumSet.of(MONOTONE, SCALE_INVARIANT, ACCEPTS_MISSING, ACCEPTS_NON_POSITIVE, ANONYMOUS, DETERMINISTIC,
                RANGE_FITTED),
            p -> Normalisers.distanceToBest()),
        StrategyDescriptor.of(k, "fraction-of-max", "x / max (cost: min / x)",
            EnumSet.of(MONOTONE, BOUNDED, SCALE_INVARIANT, ACCEPTS_MISSING, ANONYMOUS, DETERMINISTIC, RANGE_FITTED),
            p -> Normalisers.fractionOfMax()),
        StrategyDescriptor.of(k, "max", "x / max (cost: 1 - x / max)",
            EnumSet.of(MONOTONE, BOUNDED, SCALE_INVARIANT, ACCEPTS_MISSING, ANONYMOUS, DETERMINISTIC, RANGE_FITTED),
            p -> Normalisers.max()),
        StrategyDescriptor.of(k, "share-of-total", "x / total; parameter total (default: the column's sum)",
            EnumSet.of(MONOTONE, BOUNDED, SCALE_INVARIANT, ACCEPTS_MISSING, ANONYMOUS, DETERMINISTIC),
            p -> p.optionalNumber("total").map(Normalisers::shareOfTotal).orElseGet(Normalisers::shareOfTotal)),
        StrategyDescriptor.of(k, "sum", "x / sum x (cost: (1/x) / sum 1/x)",
            EnumSet.of(MONOTONE, BOUNDED, SCALE_INVARIANT, ACCEPTS_MISSING, ANONYMOUS, DETERMINISTIC),
            p -> Normalisers.sum()),
        StrategyDescriptor.of(k, "vector", "x / sqrt(sum x^2) (cost: 1 - that)",
            EnumSet.of(MONOTONE, BOUNDED, SCALE_INVARIANT, ACCEPTS_MISSING, ANONYMOUS, DETERMINISTIC),
            p -> Normalisers.vector()),
        StrategyDescriptor.of(k, "logarithmic", "ln x / ln(prod x)",
            EnumSet.of(ACCEPTS_MISSING, ANONYMOUS, DETERMINISTIC),
            p -> Normalisers.logarithmic()));
  }

  /** Goalposts promise bounds only when capped, and accept non-positive values only without logarithms. */
  private static Described<Normaliser> describedGoalposts(double lower, double upper, double scale, boolean cap,
      boolean log) {
    Set<Trait> traits = EnumSet.of(MONOTONE, ACCEPTS_MISSING, ANONYMOUS, DETERMINISTIC, RANK_REVERSAL_FREE, RANGE_FITTED);
    if (cap) {
      traits.add(BOUNDED);
    }
    if (!log) {
      traits.add(ACCEPTS_NON_POSITIVE);
    }
    return new Described<>("goalposts", traits, goalposts(lower, upper, scale, cap, log));
  }

  /** A distance to a target is bounded only when capped at the target. */
  private static Described<Normaliser> describedDistanceToTarget(double target, boolean cap) {
    Set<Trait> traits = EnumSet.of(MONOTONE, ACCEPTS_MISSING, ACCEPTS_NON_POSITIVE, ANONYMOUS, DETERMINISTIC,
        RANGE_FITTED);
    if (cap) {
      traits.add(BOUNDED);
    }
    return new Described<>("distance-to-target", traits, distanceToTarget(target, cap));
  }
}
