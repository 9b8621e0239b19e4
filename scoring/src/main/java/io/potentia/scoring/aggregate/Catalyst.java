package io.potentia.scoring.aggregate;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.spi.OutputRange;
import io.potentia.scoring.spi.Trait;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A multiplicative model in which one child, the political potential by default, acts as a
 * catalyst of the others: {@code I = H (P / s)^g}, where {@code H} is the weighted arithmetic mean
 * of the other children, {@code P} the catalyst's score, {@code s} the top of the score scale and
 * {@code g} the catalyst's strength. After Cline's perceived power {@code Pp = (C + E + M)(S + W)}
 * (Cline 1975, World Power Assessment), in which strategic purpose and national will multiply the
 * material capabilities, and the comprehensive-national-power formulations that multiply hard power
 * by soft and coordinating power (Huang Shuofeng 1999). Without a strong political potential the
 * other potentials cannot be mobilised: a catalyst of 0 gives an index of 0, whatever the rest.
 *
 * <p>Rejects catalyst scores outside {@code [0, s]}, a catalyst position outside the children, and
 * fewer than two children. The catalyst's own weight is not used; an area whose catalyst is
 * missing is missing.
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
  public String name() {
    return "catalyst";
  }

  @Override
  public Set<Trait> traits() {
    return EnumSet.of(Trait.MONOTONE, Trait.BOUNDED, Trait.ANONYMOUS, Trait.DETERMINISTIC, Trait.ACCEPTS_MISSING,
        Trait.RANK_REVERSAL_FREE);
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
