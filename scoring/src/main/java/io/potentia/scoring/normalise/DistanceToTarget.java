package io.potentia.scoring.normalise;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.spi.OutputRange;
import io.potentia.scoring.internal.Checks;
import io.potentia.scoring.internal.Stats;
import java.util.Optional;

/** Distance to a target; see {@link Normalisers#distanceToTarget(double, boolean)}. */
final class DistanceToTarget implements Normaliser {
  private static final String NAME = "distance-to-target";

  private final double target;
  private final boolean cap;

  DistanceToTarget(double target, boolean cap) {
    if (!Double.isFinite(target)) {
      throw InvalidInputException.at("parameters.target", "distance-to-target: target " + target + " must be finite");
    }
    this.target = target;
    this.cap = cap;
  }

  @Override
  public Optional<OutputRange> range() {
    return cap ? Optional.of(new OutputRange(0, 1)) : Optional.empty();
  }

  @Override
  public double[] normalise(double[] x, Direction direction) {
    Checks.somePresent(NAME, x);
    double worst = direction == Direction.BENEFIT ? Stats.min(x) : Stats.max(x);
    boolean sound = direction == Direction.BENEFIT ? target > worst : target < worst;
    if (!sound) {
      throw InvalidInputException.at("parameters.target", NAME + ": target " + target + " is not "
          + (direction == Direction.BENEFIT ? "above the smallest" : "below the largest") + " value " + worst
          + " of this " + direction.id() + " indicator");
    }
    double[] out = Spans.map(x, Math.min(worst, target), Math.max(worst, target), direction, 0, 1);
    if (cap) {
      for (int i = 0; i < out.length; i++) {
        if (out[i] > 1) {
          out[i] = 1;
        }
      }
    }
    return out;
  }
}
