package io.potentia.scoring.normalise;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.internal.Checks;
import io.potentia.scoring.internal.Stats;
import java.util.OptionalDouble;

/**
 * Share of a total, registered as {@code share-of-total} and {@code sum}; see {@link
 * Normalisers#shareOfTotal()}, {@link Normalisers#shareOfTotal(double)} and {@link
 * Normalisers#sum()}.
 */
final class ShareOfTotal implements Normaliser {
  private final String name;
  private final OptionalDouble total;

  ShareOfTotal(String name, OptionalDouble total) {
    total.ifPresent(t -> {
      if (!(t > 0) || !Double.isFinite(t)) {
        throw InvalidInputException.at("parameters.total", name + ": total " + t + " must be finite and > 0");
      }
    });
    this.name = name;
    this.total = total;
  }

  @Override
  public double[] normalise(double[] x, Direction direction) {
    Checks.somePresent(name, x);
    boolean cost = direction == Direction.COST;
    Checks.atLeast(name, x, 0, cost, cost ? "a share of reciprocals needs positive values" : "a share needs non-negative values");
    double[] v = x.clone();
    if (cost) {
      if (total.isPresent()) {
        throw InvalidInputException.at("parameters.total", name + ": a system total cannot be used with a cost indicator");
      }
      for (int i = 0; i < v.length; i++) {
        v[i] = 1 / v[i];
      }
    }
    double scale = Stats.maxAbs(v);
    double[] scaled = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      scaled[i] = v[i] / scale;
    }
    double own = Stats.sum(scaled) * scale;
    double t = total.orElse(own);
    if (own == 0) {
      throw InvalidInputException.at("", name + ": every value is 0, so the total is 0");
    }
    if (t < own * (1 - 1e-12)) {
      throw InvalidInputException.at("parameters.total", name + ": the system total " + t
          + " is smaller than the sum " + own + " of the values given");
    }
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = Double.isNaN(v[i]) ? Double.NaN : v[i] / t;
    }
    return out;
  }
}
