package io.potentia.scoring.normalise;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.spi.Trait;
import io.potentia.scoring.internal.Checks;
import io.potentia.scoring.internal.Stats;
import java.util.EnumSet;
import java.util.Set;

/** Logarithmic normalisation; see {@link Normalisers#logarithmic()}. */
final class Logarithmic implements Normaliser {
  @Override
  public String name() {
    return "logarithmic";
  }

  @Override
  public Set<Trait> traits() {
    return EnumSet.of(Trait.ACCEPTS_MISSING, Trait.ANONYMOUS, Trait.DETERMINISTIC);
  }

  @Override
  public double[] normalise(double[] x, Direction direction) {
    Checks.somePresent(name(), x);
    Checks.atLeast(name(), x, 0, true, "the logarithm needs positive values");
    double[] logs = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      logs[i] = Math.log(x[i]);
    }
    double lnProduct = Stats.sum(logs);
    if (lnProduct == 0) {
      throw InvalidInputException.at("", name() + ": the product of the values is 1, so ln(product) is 0");
    }
    int n = Stats.count(x);
    if (direction == Direction.COST && n < 2) {
      throw InvalidInputException.at("", name() + ": a cost indicator needs at least two present values");
    }
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double r = logs[i] / lnProduct;
      out[i] = Double.isNaN(x[i]) ? Double.NaN : direction == Direction.BENEFIT ? r : (1 - r) / (n - 1);
    }
    return out;
  }
}
