package io.potentia.scoring.normalise;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.internal.Checks;
import io.potentia.scoring.internal.Stats;

/** Logarithmic normalisation; see {@link Normalisers#logarithmic()}. */
final class Logarithmic implements Normaliser {
  private static final String NAME = "logarithmic";

  @Override
  public double[] normalise(double[] x, Direction direction) {
    Checks.somePresent(NAME, x);
    Checks.atLeast(NAME, x, 0, true, "the logarithm needs positive values");
    double[] logs = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      logs[i] = Math.log(x[i]);
    }
    double lnProduct = Stats.sum(logs);
    if (lnProduct == 0) {
      throw InvalidInputException.at("", NAME + ": the product of the values is 1, so ln(product) is 0");
    }
    int n = Stats.count(x);
    if (direction == Direction.COST && n < 2) {
      throw InvalidInputException.at("", NAME + ": a cost indicator needs at least two present values");
    }
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double r = logs[i] / lnProduct;
      out[i] = Double.isNaN(x[i]) ? Double.NaN : direction == Direction.BENEFIT ? r : (1 - r) / (n - 1);
    }
    return out;
  }
}
