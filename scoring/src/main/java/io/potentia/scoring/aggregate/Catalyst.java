package io.potentia.scoring.aggregate;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.spi.OutputRange;
import java.util.Optional;

/**
 * The political-catalyst multiplicative model; see
 * {@link Aggregators#catalyst(int, double, double)}.
 */
final class Catalyst implements Aggregator {
  private final int catalyst;
  private final double scale;
  private final double strength;

  Catalyst(int catalyst, double scale, double strength) {
    if (catalyst < 0) {
      throw InvalidInputException.at("parameters.catalyst", "catalyst: position " + catalyst + " must be >= 0");
    }
    if (!(scale > 0) || !Double.isFinite(scale) || !(strength > 0) || !Double.isFinite(strength)) {
      throw InvalidInputException.at("parameters", "catalyst: scale " + scale + " and strength " + strength
          + " must be finite and > 0");
    }
    this.catalyst = catalyst;
    this.scale = scale;
    this.strength = strength;
  }

  @Override
  public Optional<OutputRange> range(OutputRange input) {
    return input.lower() >= 0 && input.upper() <= scale ? Optional.of(new OutputRange(0, input.upper()))
        : Optional.empty();
  }

  @Override
  public double[] aggregate(double[][] children, double[] weights) {
    int c = children.length;
    if (c < 2 || catalyst >= c) {
      throw InvalidInputException.at("parameters.catalyst", "catalyst: the catalyst is child " + catalyst + " of " + c
          + "; it needs at least one other child to act on");
    }
    double[][] others = new double[c - 1][];
    double[] w = new double[c - 1];
    for (int j = 0, k = 0; j < c; j++) {
      if (j != catalyst) {
        others[k] = children[j];
        w[k++] = weights[j];
      }
    }
    double[] hard = Aggregators.arithmeticMean().aggregate(others, w);
    double[] out = new double[hard.length];
    for (int a = 0; a < out.length; a++) {
      double p = children[catalyst][a];
      if (Double.isNaN(p)) {
        out[a] = Double.NaN;
        continue;
      }
      if (!(p >= 0 && p <= scale)) {
        throw InvalidInputException.at("[" + catalyst + "][" + a + "]", "catalyst: the catalyst score of area " + a
            + " is " + p + "; it must be in [0, " + scale + "]");
      }
      out[a] = hard[a] * Math.pow(p / scale, strength);
    }
    return out;
  }
}
