package io.potentia.scoring.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which choices in building an index move its ranking most: Sobol indices ({@link SobolIndices})
 * of the mean absolute rank shift against the nominal ranking, with the indicators' weights, and
 * the choice of aggregator, as the factors. This is the output the JRC's audits of composite
 * indicators, and COINr's {@code get_sensitivity}, analyse: {@code R = (1/n) sum_i |rank_i -
 * nominal rank_i|}.
 *
 * <p>The factors and their distributions are those of an uncertainty analysis
 * ({@link MonteCarloRanks}): the weight of indicator {@code j} is {@code u_j / sum(u)} with
 * {@code u_j ~ Uniform(low, high)}; when there is more than one aggregator, one more factor picks
 * it with the stated probabilities. The nominal ranking uses equal weights and the first
 * aggregator. Ranks in both break ties by position, so that the nominal configuration itself has
 * no shift.
 */
public final class RankSensitivity {
  /**
   * The outcome.
   *
   * @param factors the factors' names, in order: {@code weight:<indicator>} for each indicator,
   *     then {@code aggregation} when there is a choice of aggregator
   * @param indices the first- and total-order indices of the mean absolute rank shift, one per factor
   * @param modelRuns how many rankings were computed
   */
  public record Result(List<String> factors, SobolIndices.OutputIndices indices, int modelRuns) {
    /**
     * Copies the factor names.
     *
     * @param factors the factors' names
     * @param indices the indices
     * @param modelRuns the rankings computed
     */
    public Result {
      factors = List.copyOf(factors);
    }
  }

  private RankSensitivity() {}

  /**
   * Estimates the indices.
   *
   * @param columns the normalised indicators, one array per indicator, one value per area; all
   *     finite (and positive when the geometric mean can be drawn)
   * @param names the indicators' names, one per column
   * @param uncertainty the weights' range and the aggregators, as in an uncertainty analysis (its
   *     replication count is not used)
   * @param baseSamples the Sobol base sample size N; the index is ranked {@code N (k + 2)} times
   * @param estimator the first-order estimator
   * @param bootstrapResamples the bootstrap resamples of the confidence intervals
   * @param confidenceLevel the intervals' coverage, in (0, 1)
   * @param seed the seed of the bootstrap
   * @return the factors and their indices
   * @throws io.potentia.core.InvalidInputException when the columns are ragged, not finite, not
   *     positive where the geometric mean can be drawn, or the names do not match them
   */
  public static Result estimate(double[][] columns, List<String> names, MonteCarloRanks.Config uncertainty,
      int baseSamples, SobolIndices.Estimator estimator, int bootstrapResamples, double confidenceLevel, long seed) {
    boolean geometric = uncertainty.aggregations().contains(MonteCarloRanks.Aggregation.GEOMETRIC);
    double[][] logs = MonteCarloRanks.checkedLogs(columns, geometric);
    int m = columns.length;
    int n = columns[0].length;
    if (names.size() != m) {
      throw io.potentia.core.InvalidInputException.at("names", names.size() + " names for " + m + " indicators");
    }
    boolean choice = uncertainty.aggregations().size() > 1;
    List<String> factors = new ArrayList<>();
    names.forEach(name -> factors.add("weight:" + name));
    if (choice) {
      factors.add("aggregation");
    }
    double[] equal = new double[m];
    Arrays.fill(equal, 1.0 / m);
    int[] nominal = ranks(uncertainty.aggregations().get(0) == MonteCarloRanks.Aggregation.GEOMETRIC ? logs : columns,
        equal);

    SobolIndices.Model model = u -> {
      double[] w = Arrays.copyOf(u, m);
      MonteCarloRanks.weights(uncertainty, w);
      int a = choice ? MonteCarloRanks.choose(uncertainty.probabilities(), u[m]) : 0;
      // the geometric mean ranks as its logarithm: exp is increasing
      int[] r = ranks(uncertainty.aggregations().get(a) == MonteCarloRanks.Aggregation.GEOMETRIC ? logs : columns,
          w);
      long shift = 0;
      for (int i = 0; i < n; i++) {
        shift += Math.abs(r[i] - nominal[i]);
      }
      return new double[] {(double) shift / n};
    };
    SobolIndices.Result result = SobolIndices.estimate(model, 1, new SobolIndices.Config(factors.size(), baseSamples,
        estimator, bootstrapResamples, confidenceLevel, seed));
    return new Result(factors, result.outputs()[0], result.modelRuns());
  }

  private static int[] ranks(double[][] x, double[] w) {
    int n = x[0].length;
    double[] s = new double[n];
    MonteCarloRanks.score(x, w, s);
    int[] r = new int[n];
    new DescendingRanks(n).rank(s, r);
    return r;
  }
}
