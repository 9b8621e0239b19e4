package io.potentia.scoring.weight;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.spi.StrategyKind;
import io.potentia.scoring.internal.Checks;
import io.potentia.scoring.spi.StrategyDescriptor;
import java.util.List;

/**
 * The built-in weighting methods.
 *
 * <table>
 *   <caption>Built-in weighting methods, by spec name</caption>
 *   <tr><th>name</th><th>what</th><th>parameters</th></tr>
 *   <tr><td>equal</td><td>1/n each</td><td></td></tr>
 *   <tr><td>explicit</td><td>given weights, scaled to sum 1</td><td>weights</td></tr>
 *   <tr><td>budget-allocation</td><td>mean of each expert's points, each expert scaled to sum 1</td><td>points (experts x criteria)</td></tr>
 *   <tr><td>ahp</td><td>Saaty's priorities from pairwise comparisons</td><td>matrix, method = eigenvector, consistency = reject</td></tr>
 *   <tr><td>entropy</td><td>Shannon entropy divergence</td><td></td></tr>
 *   <tr><td>critic</td><td>contrast times conflict</td><td></td></tr>
 *   <tr><td>pca</td><td>squared loadings of retained components</td><td></td></tr>
 *   <tr><td>rank-order-centroid</td><td>(1/n) sum_{i=k..n} 1/i for rank k</td><td>ranks</td></tr>
 *   <tr><td>optimised</td><td>weights whose importances match targets</td><td>targets, tolerance = 1e-4, maxIterations = 1000</td></tr>
 * </table>
 */
public final class Weightings {
  private Weightings() {}

  /**
   * Equal weights.
   *
   * @return the method
   */
  public static WeightingMethod equal() {
    return new FixedWeights("equal", null);
  }

  /**
   * Explicit weights, scaled to sum 1.
   *
   * @param weights non-negative, not all zero
   * @return the method
   */
  public static WeightingMethod explicit(double... weights) {
    Checks.weights("explicit", weights, weights.length);
    return new FixedWeights("explicit", Checks.unit(weights));
  }

  /**
   * Budget allocation (OECD/JRC Handbook 2008, section 6.1.5): each expert distributes points over
   * the criteria; each expert's points are scaled to sum 1 and the weights are their mean.
   *
   * @param points one row per expert, one column per criterion, non-negative, each row not all zero
   * @return the method
   */
  public static WeightingMethod budgetAllocation(double[][] points) {
    if (points.length == 0) {
      throw InvalidInputException.at("parameters.points", "budget-allocation: no expert gave points");
    }
    int n = points[0].length;
    double[] w = new double[n];
    for (int e = 0; e < points.length; e++) {
      try {
        Checks.weights("budget-allocation", points[e], n);
      } catch (InvalidInputException ex) {
        throw InvalidInputException.at("parameters.points[" + e + "]", "budget-allocation: expert " + e + ": "
            + ex.problems().get(0).message());
      }
      double[] unit = Checks.unit(points[e]);
      for (int j = 0; j < n; j++) {
        w[j] += unit[j] / points.length;
      }
    }
    return new FixedWeights("budget-allocation", w);
  }

  /**
   * AHP priorities from a pairwise comparison matrix.
   *
   * @param pairwise the positive reciprocal matrix
   * @param method eigenvector or geometric mean
   * @param rejectInconsistent whether a consistency ratio above 0.1 is an error (otherwise the
   *     priorities are used; read the ratio with {@link Ahp#analyse})
   * @return the method
   * @throws InvalidInputException if the matrix is invalid, or inconsistent and {@code
   *     rejectInconsistent}
   */
  public static WeightingMethod ahp(double[][] pairwise, Ahp.Method method, boolean rejectInconsistent) {
    Ahp.Result result = Ahp.analyse(pairwise, method);
    if (rejectInconsistent && !result.consistent()) {
      throw InvalidInputException.at("parameters.matrix", "ahp: the consistency ratio is " + result.consistencyRatio()
          + " (CI " + result.consistencyIndex() + ", lambda max " + result.lambdaMax()
          + "); Saaty asks for at most 0.1: revise the comparisons, or set consistency = warn");
    }
    return new FixedWeights("ahp", result.priorities());
  }

  /**
   * Entropy weights.
   *
   * @return the method
   */
  public static WeightingMethod entropy() {
    return new Entropy();
  }

  /**
   * CRITIC weights.
   *
   * @return the method
   */
  public static WeightingMethod critic() {
    return new Critic();
  }

  /**
   * PCA weights.
   *
   * @return the method
   */
  public static WeightingMethod pca() {
    return new PcaWeights();
  }

  /**
   * Rank order centroid weights (Barron and Barrett 1996, "Decision quality using ranked attribute
   * weights", Management Science 42(11)): {@code w_k = (1/n) sum_{i=k..n} 1/i} for the criterion
   * ranked k-th (1 = most important). Tied ranks share the mean of the weights of the positions
   * they occupy.
   *
   * @param ranks the rank of each criterion, 1 = most important
   * @return the method
   */
  public static WeightingMethod rankOrderCentroid(double... ranks) {
    int n = ranks.length;
    if (n == 0) {
      throw InvalidInputException.at("parameters.ranks", "rank-order-centroid: no ranks given");
    }
    double[] byPosition = new double[n];
    for (int k = 1; k <= n; k++) {
      for (int i = k; i <= n; i++) {
        byPosition[k - 1] += 1.0 / i / n;
      }
    }
    double[] w = new double[n];
    for (int j = 0; j < n; j++) {
      double r = ranks[j];
      if (!(r >= 1 && r <= n) || r != Math.rint(r)) {
        throw InvalidInputException.at("parameters.ranks[" + j + "]", "rank-order-centroid: rank " + r
            + " of criterion " + j + " must be a whole number from 1 to " + n);
      }
      int tiedBefore = 0;
      int tied = 0;
      for (double other : ranks) {
        if (other < r) {
          tiedBefore++;
        } else if (other == r) {
          tied++;
        }
      }
      for (int p = tiedBefore; p < tiedBefore + tied; p++) {
        w[j] += byPosition[p] / tied;
      }
    }
    return new FixedWeights("rank-order-centroid", w);
  }

  /**
   * Weights optimised to match target importances.
   *
   * @param targets the target importance of each criterion (scaled to sum 1)
   * @param tolerance the largest acceptable gap between importance and target
   * @param maxIterations the most updates tried
   * @return the method
   */
  public static WeightingMethod optimised(double[] targets, double tolerance, int maxIterations) {
    if (!(tolerance > 0) || maxIterations < 1) {
      throw InvalidInputException.at("parameters", "optimised: tolerance " + tolerance + " must be > 0 and maxIterations "
          + maxIterations + " >= 1");
    }
    return new OptimisedWeights(targets, tolerance, maxIterations);
  }

  /**
   * The descriptors of the built-in weighting methods.
   *
   * @return the descriptors
   */
  public static List<StrategyDescriptor> descriptors() {
    StrategyKind k = StrategyKind.WEIGHTING;
    return List.of(
        new StrategyDescriptor(k, "equal", "1/n each", p -> equal()),
        new StrategyDescriptor(k, "explicit", "given weights, scaled to sum 1; parameter weights",
            p -> explicit(p.numbers("weights").orElseThrow(() -> missing("explicit", "weights")))),
        new StrategyDescriptor(k, "budget-allocation", "mean of expert point allocations; parameter points",
            p -> budgetAllocation(p.matrix("points").orElseThrow(() -> missing("budget-allocation", "points")))),
        new StrategyDescriptor(k, "ahp", "Saaty's AHP priorities; parameters matrix, method = eigenvector"
            + " | geometric-mean, consistency = reject | warn",
            p -> ahp(p.matrix("matrix").orElseThrow(() -> missing("ahp", "matrix")),
                ahpMethod(p.text("method", "eigenvector")), consistency(p.text("consistency", "reject")))),
        new StrategyDescriptor(k, "entropy", "Shannon entropy divergence", p -> entropy()),
        new StrategyDescriptor(k, "critic", "CRITIC: contrast times conflict", p -> critic()),
        new StrategyDescriptor(k, "pca", "principal components (Nicoletti et al. 2000)", p -> pca()),
        new StrategyDescriptor(k, "rank-order-centroid", "Barron and Barrett 1996; parameter ranks",
            p -> rankOrderCentroid(p.numbers("ranks").orElseThrow(() -> missing("rank-order-centroid", "ranks")))),
        new StrategyDescriptor(k, "optimised", "weights matching target importances (Becker et al. 2017);"
            + " parameters targets, tolerance = 1e-4, maxIterations = 1000",
            p -> optimised(p.numbers("targets").orElseThrow(() -> missing("optimised", "targets")),
                p.number("tolerance", 1e-4), (int) p.number("maxIterations", 1000))));
  }

  private static InvalidInputException missing(String strategy, String parameter) {
    return InvalidInputException.at("parameters." + parameter, "'" + strategy + "' needs parameter '" + parameter + "'");
  }

  private static Ahp.Method ahpMethod(String text) {
    return switch (text) {
      case "eigenvector" -> Ahp.Method.EIGENVECTOR;
      case "geometric-mean" -> Ahp.Method.GEOMETRIC_MEAN;
      default -> throw InvalidInputException.at("parameters.method", "ahp: method '" + text
          + "' is unknown; known: eigenvector, geometric-mean");
    };
  }

  private static boolean consistency(String text) {
    return switch (text) {
      case "reject" -> true;
      case "warn" -> false;
      default -> throw InvalidInputException.at("parameters.consistency", "ahp: consistency '" + text
          + "' is unknown; known: reject, warn");
    };
  }

  /**
   * A built-in weighting method by name, with its default parameters, for methods that take one as a
   * parameter (as TOPSIS takes its normalisation).
   *
   * @param name the name
   * @return the weighting method
   * @throws io.potentia.core.InvalidInputException if no built-in has this name; lists the known ones
   */
  public static WeightingMethod byName(String name) {
    for (StrategyDescriptor d : descriptors()) {
      if (d.name().equals(name)) {
        io.potentia.scoring.spi.Parameters none = io.potentia.scoring.spi.Parameters.none(name);
        WeightingMethod s = (WeightingMethod) d.factory().apply(none);
        none.rejectUnread();
        return s;
      }
    }
    throw io.potentia.core.InvalidInputException.at("", "unknown weighting method '" + name + "'; known: "
        + descriptors().stream().map(StrategyDescriptor::name).toList());
  }
}
