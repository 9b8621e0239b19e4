package io.potentia.scoring.aggregate;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.spi.OutputRange;
import java.util.Optional;

/** The coupling coordination degree; see {@link Aggregators#couplingCoordination()}. */
final class CouplingCoordination implements PointwiseAggregator {
  private static final String NAME = "coupling-coordination";

  @Override
  public Optional<OutputRange> range(OutputRange input) {
    return Optional.of(new OutputRange(0, 1));
  }

  @Override
  public double combine(double[] u, double[] w) {
    int n = u.length;
    double sum = 0;
    double logProd = 0;
    double t = 0;
    for (int i = 0; i < n; i++) {
      if (!(u[i] >= 0 && u[i] <= 1)) {
        throw InvalidInputException.at("[" + i + "]", NAME + ": a pillar score is " + u[i]
            + "; coupling coordination needs scores in [0, 1] (normalise with min-max to [0, 1])");
      }
      sum += u[i];
      logProd += u[i] == 0 ? Double.NEGATIVE_INFINITY : Math.log(u[i]);
      t += w[i] * u[i];
    }
    if (sum == 0) {
      return 0;
    }
    double c = n * Math.exp(logProd / n) / sum;
    // by the AM-GM inequality C <= 1; rounding may exceed it by an ulp
    return Math.sqrt(Math.min(1, c) * t);
  }
}
