package io.potentia.scoring.analysis.sensitivity;

import io.potentia.scoring.analysis.ProgressListener;

import io.potentia.core.framework.FrameworkEdits;
import io.potentia.scoring.analysis.uncertainty.MonteCarloRanks;
import io.potentia.scoring.internal.DescendingRanks;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.scoring.ScoringPipeline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

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
   * @throws InvalidInputException when the columns are ragged, not finite, not
   *     positive where the geometric mean can be drawn, or the names do not match them
   */
  public static Result estimate(double[][] columns, List<String> names, MonteCarloRanks.Config uncertainty,
      int baseSamples, SobolIndices.Estimator estimator, int bootstrapResamples, double confidenceLevel, long seed) {
    return estimate(columns, names, uncertainty, new SobolIndices.Config(factorCount(names.size(), uncertainty), baseSamples,
        estimator, bootstrapResamples, confidenceLevel, seed), null, null);
  }

  /**
   * The number of Sobol factors of an analysis: one per indicator's weight, plus one for the
   * aggregator when the uncertainty offers more than one.
   *
   * @param indicators the number of indicators
   * @param uncertainty the weights' range and the aggregators
   * @return the factor count a {@link SobolIndices.Config} must state
   */
  public static int factorCount(int indicators, MonteCarloRanks.Config uncertainty) {
    return indicators + (uncertainty.aggregations().size() > 1 ? 1 : 0);
  }

  /**
   * Estimates the indices with a Sobol set-up given whole, reporting progress and stopping when
   * asked.
   *
   * @param columns the normalised indicators, one array per indicator, one value per area
   * @param names the indicators' names, one per column
   * @param uncertainty the weights' range and the aggregators (its replication count is not used)
   * @param sobol the Sobol set-up; its factor count must be the number of indicators, plus one
   *     when there is a choice of aggregator
   * @param listener receives the rankings done out of {@code N (k + 2)}, or null
   * @param cancelled raised to stop the analysis, or null
   * @return the factors and their indices
   * @throws InvalidInputException as {@link #estimate(double[][], List, MonteCarloRanks.Config, int,
   *     SobolIndices.Estimator, int, double, long)}, or when the set-up's factor count is not the
   *     number of factors
   * @throws CancellationException if cancelled
   */
  public static Result estimate(double[][] columns, List<String> names, MonteCarloRanks.Config uncertainty,
      SobolIndices.Config sobol, ProgressListener listener, BooleanSupplier cancelled) {
    boolean geometric = uncertainty.aggregations().contains(MonteCarloRanks.Aggregation.GEOMETRIC);
    double[][] logs = MonteCarloRanks.checkedLogs(columns, geometric);
    int m = columns.length;
    int n = columns[0].length;
    if (names.size() != m) {
      throw InvalidInputException.at("names", names.size() + " names for " + m + " indicators");
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
    if (sobol.factors() != factors.size()) {
      throw InvalidInputException.at("factors", "the Sobol set-up has " + sobol.factors() + " factors, but there are "
          + factors.size() + " " + factors);
    }
    SobolIndices.Result result = SobolIndices.estimate(model, 1, sobol, listener, cancelled);
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

  /**
   * Estimates the indices for a whole pipeline, with the weights of the index's pillars (the
   * root's children) as the factors: pillar {@code j}'s weight is multiplied by {@code low + (high
   * - low) u_j}, and the output is the mean absolute shift of the index ranks against the
   * pipeline's own ranking, {@code (1/n) sum_i |rank_i - nominal rank_i|} over the areas with an
   * index score. Each model run scores the year through the pipeline.
   *
   * @param pipeline the nominal pipeline
   * @param data the dataset
   * @param year the year
   * @param low the smallest weight factor, &gt; 0
   * @param high the largest, &ge; low
   * @param config the Sobol set-up; its factor count must equal the number of pillars
   * @return the factors ({@code weight:<pillar>}) and their indices
   * @throws InvalidInputException if the factor range is not 0 &lt; low &le;
   *     high, finite, or the config's factor count is not the number of pillars
   */
  public static Result ofPillarWeights(ScoringPipeline pipeline, Dataset data, int year, double low, double high,
      SobolIndices.Config config) {
    return ofPillarWeights(pipeline, data, year, low, high, config, null, null);
  }

  /**
   * As {@link #ofPillarWeights(ScoringPipeline, Dataset, int, double, double, SobolIndices.Config)},
   * reporting progress and stopping when asked.
   *
   * @param pipeline the nominal pipeline
   * @param data the dataset
   * @param year the year
   * @param low the smallest weight factor, &gt; 0
   * @param high the largest, &ge; low
   * @param config the Sobol set-up; its factor count must equal the number of pillars
   * @param listener receives the pipeline runs done out of {@code N (k + 2)}, or null
   * @param cancelled raised to stop the analysis, or null
   * @return the factors ({@code weight:<pillar>}) and their indices
   * @throws InvalidInputException as the method without a listener
   * @throws CancellationException if cancelled
   */
  public static Result ofPillarWeights(ScoringPipeline pipeline, Dataset data, int year, double low, double high,
      SobolIndices.Config config, ProgressListener listener, BooleanSupplier cancelled) {
    MonteCarloRanks.checkRange("weight factors", low, high);
    Framework framework = pipeline.framework();
    String root = framework.root().id();
    List<String> pillars = framework.children(root).stream().map(FrameworkNode::id).toList();
    if (config.factors() != pillars.size()) {
      throw InvalidInputException.at("factors", "the Sobol set-up has " + config.factors()
          + " factors, but the index has " + pillars.size() + " pillars " + pillars);
    }
    double[] nominal = pipeline.score(data, year).ranks(root);
    SobolIndices.Model model = u -> {
      Map<String, Double> factors = new HashMap<>();
      for (int j = 0; j < pillars.size(); j++) {
        factors.put(pillars.get(j), low + (high - low) * u[j]);
      }
      double[] ranks = pipeline.withFramework(FrameworkEdits.reweighted(framework, factors)).score(data, year).ranks(root);
      double shift = 0;
      int scored = 0;
      for (int i = 0; i < ranks.length; i++) {
        if (!Double.isNaN(ranks[i]) && !Double.isNaN(nominal[i])) {
          shift += Math.abs(ranks[i] - nominal[i]);
          scored++;
        }
      }
      return new double[] {scored == 0 ? 0 : shift / scored};
    };
    SobolIndices.Result result = SobolIndices.estimate(model, 1, config, listener, cancelled);
    return new Result(pillars.stream().map(p -> "weight:" + p).toList(), result.outputs()[0], result.modelRuns());
  }
}
