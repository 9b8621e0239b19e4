package io.potentia.scoring.rank;

import io.potentia.core.indicator.Direction;
import io.potentia.scoring.internal.Stats;
import io.potentia.scoring.normalise.Normalisers;

/**
 * The three parts of MULTIMOORA on one problem (Brauers and Zavadskas 2006; 2010), each over the
 * dimensionless ratios {@code x*_ij = x_ij / sqrt(sum_i x_ij^2)} of every criterion, weighted by the
 * problem's unit weights: the ratio system, the reference point and the full multiplicative form.
 */
final class MooraParts {
  private final DecisionProblem problem;
  private final double[][] x; // raw, column by column
  private final double[][] ratios; // x / ||x||, column by column
  private final double[] w;

  /** The ratios of a problem whose values the caller has checked to be >= 0, no criterion all 0. */
  MooraParts(DecisionProblem problem) {
    this.problem = problem;
    this.x = problem.columns();
    this.w = problem.unitWeights();
    this.ratios = new double[x.length][];
    for (int j = 0; j < x.length; j++) {
      // every ratio is x / ||x||, whatever the criterion's direction: the ratio system subtracts a cost's
      ratios[j] = Normalisers.vector().normalise(x[j], Direction.BENEFIT);
    }
  }

  private boolean benefit(int j) {
    return problem.criteria().get(j).direction() == Direction.BENEFIT;
  }

  /** The ratio system: {@code y_i = sum_benefit w_j x*_ij - sum_cost w_j x*_ij}, higher is better. */
  double[] ratioSystem() {
    double[] y = new double[problem.alternativeCount()];
    for (int j = 0; j < x.length; j++) {
      double sign = benefit(j) ? 1 : -1;
      for (int i = 0; i < y.length; i++) {
        y[i] += sign * w[j] * ratios[j][i];
      }
    }
    return y;
  }

  /**
   * The reference point: {@code d_i = max_j |r_j - w_j x*_ij|}, with {@code r_j} the best weighted
   * ratio of criterion j (the largest of a benefit, the smallest of a cost); lower is better.
   */
  double[] referencePoint() {
    double[] d = new double[problem.alternativeCount()];
    for (int j = 0; j < x.length; j++) {
      double best = benefit(j) ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      for (double v : ratios[j]) {
        best = benefit(j) ? Math.max(best, w[j] * v) : Math.min(best, w[j] * v);
      }
      for (int i = 0; i < d.length; i++) {
        d[i] = Math.max(d[i], Math.abs(best - w[j] * ratios[j][i]));
      }
    }
    return d;
  }

  /**
   * The logarithm of the full multiplicative form {@code U_i = prod_benefit x*_ij^(w_j) /
   * prod_cost x*_ij^(w_j)}: {@code sum_j +-w_j (ln x_ij - ln ||x_j||)}, taken from the raw values
   * so that a ratio too small for a double still counts; higher is better. Needs values > 0.
   */
  double[] logMultiplicative() {
    double[] u = new double[problem.alternativeCount()];
    for (int j = 0; j < x.length; j++) {
      double scale = Stats.maxAbs(x[j]);
      double[] scaledSquares = new double[x[j].length];
      for (int i = 0; i < u.length; i++) {
        double s = x[j][i] / scale;
        scaledSquares[i] = s * s;
      }
      double logNorm = Math.log(scale) + 0.5 * Math.log(Stats.sum(scaledSquares));
      double sign = benefit(j) ? 1 : -1;
      for (int i = 0; i < u.length; i++) {
        u[i] += sign * w[j] * (Math.log(x[j][i]) - logNorm);
      }
    }
    return u;
  }
}
