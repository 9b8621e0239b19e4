package io.potentia.scoring.normalise;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.spi.OutputRange;
import io.potentia.scoring.internal.Checks;
import java.util.Optional;

/** Min-max normalisation; see {@link Normalisers#minMax(double, double)}. */
final class MinMax implements Normaliser {
  private static final String NAME = "min-max";

  private final double lower;
  private final double upper;

  MinMax(double lower, double upper) {
    if (!(lower < upper) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
      throw InvalidInputException.at("parameters", "min-max: the target range [" + lower + ", " + upper
          + "] must be finite with lower < upper");
    }
    this.lower = lower;
    this.upper = upper;
  }

  @Override
  public Optional<OutputRange> range() {
    return Optional.of(new OutputRange(lower, upper));
  }

  @Override
  public double[] normalise(double[] x, Direction direction) {
    // one pass for the checks and the extremes: this runs for every indicator of every year
    return normalise(x, direction, ColumnExtent.of(x));
  }

  /** Normalises a column whose extent is known, which the engine has computed for its data check. */
  double[] normalise(double[] x, Direction direction, ColumnExtent extent) {
    if (extent.anyInfinite()) {
      Checks.finiteOrMissing(NAME, x);
    }
    if (extent.present() == 0) {
      Checks.somePresent(NAME, x);
    }
    double min = extent.min();
    double max = extent.max();
    if (min == max) {
      throw InvalidInputException.at("", NAME + ": the column is constant (every value is " + min
          + "); its range is zero, so min-max is undefined");
    }
    return Spans.map(x, min, max, direction, lower, upper);
  }
}
