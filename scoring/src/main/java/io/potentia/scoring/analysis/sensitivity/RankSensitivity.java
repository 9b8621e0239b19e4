package io.potentia.scoring.analysis.sensitivity;

import io.potentia.scoring.analysis.ProgressListener;

import io.potentia.core.framework.FrameworkEdits;
import io.potentia.scoring.analysis.uncertainty.RankModel;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.scoring.ScoringPipeline;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Which choices in building an index move its ranking most: Sobol indices ({@link SobolIndices})
 * of the mean absolute rank shift against the nominal ranking, with the weights and the choice of
 * normaliser, aggregator and imputer as the factors. This is the output the JRC's audits of
 * composite indicators, and COINr's {@code get_sensitivity}, analyse: {@code R = (1/n) sum_i
 * |rank_i - nominal rank_i|} over the areas ranked in both.
 *
 * <p>The factors and their distributions are those of an uncertainty analysis ({@link RankModel}
 * over an {@link UncertaintyPlan}): a weighted node's weight is multiplied by {@code low + (high -
 * low) u_j}, and a list of choices is drawn from by its cumulative probabilities; a flat index of
 * quasi-arithmetic means is evaluated on the fast path, anything else through the pipeline.
 */
public final class RankSensitivity {
  /**
   * The outcome.
   *
   * @param factors the factors' names, in order (see {@link RankModel#factors()})
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
   * Estimates the indices of a rank model, reporting progress and stopping when asked.
   *
   * @param model the index ranks as a function of the factors
   * @param sobol the Sobol set-up; its factor count must be the model's
   * @param listener receives the rankings done out of {@code N (k + 2)}, or null
   * @param cancelled raised to stop the analysis, or null
   * @return the factors and their indices
   * @throws InvalidInputException if the set-up's factor count is not the model's, or the model has
   *     no factors
   * @throws CancellationException if cancelled
   */
  public static Result estimate(RankModel model, SobolIndices.Config sobol, ProgressListener listener,
      BooleanSupplier cancelled) {
    List<String> factors = model.factors();
    if (factors.isEmpty()) {
      throw InvalidInputException.at("factors", "the plan varies nothing: give a weight range other than (1, 1), or more"
          + " than one normaliser, aggregator or imputer");
    }
    if (sobol.factors() != factors.size()) {
      throw InvalidInputException.at("factors", "the Sobol set-up has " + sobol.factors() + " factors, but there are "
          + factors.size() + " " + factors);
    }
    SobolIndices.Result result = SobolIndices.estimate(output(model), 1, sobol, listener, cancelled);
    return new Result(factors, result.outputs()[0], result.modelRuns());
  }

  /**
   * The output whose indices {@link #estimate(RankModel, SobolIndices.Config, ProgressListener,
   * BooleanSupplier)} estimates, for running the design's points elsewhere (on a cluster): the
   * mean absolute shift of the index ranks against the nominal ranking, {@code (1/n) sum_i |rank_i
   * - nominal rank_i|} over the areas ranked in both, 0 when none is.
   *
   * @param model the rank model
   * @return the one-output model
   */
  public static SobolIndices.Model output(RankModel model) {
    double[] nominal = model.nominalRanks();
    return u -> new double[] {meanShift(model.ranks(u), nominal)};
  }

  /**
   * The result from the outputs of {@link #output(RankModel)} at every run of the set-up's {@link
   * SobolIndices.Design}, however they were computed: the same as {@link #estimate(RankModel,
   * SobolIndices.Config, ProgressListener, BooleanSupplier)} from the same outputs.
   *
   * @param model the rank model (for its factors)
   * @param outputs the output at each run, in run order
   * @param sobol the set-up
   * @return the factors and their indices
   * @throws InvalidInputException as {@link SobolIndices#fromOutputs(double[][], SobolIndices.Config)}
   */
  public static Result fromOutputs(RankModel model, double[] outputs, SobolIndices.Config sobol) {
    SobolIndices.Result result = SobolIndices.fromOutputs(new double[][] {outputs}, sobol);
    return new Result(model.factors(), result.outputs()[0], result.modelRuns());
  }

  /**
   * The result from the estimators' sums ({@link SobolSums}) of {@link #output(RankModel)} over every
   * base row of the set-up's design, however they were split and merged: the same as {@link
   * #estimate(RankModel, SobolIndices.Config, ProgressListener, BooleanSupplier)}, bit for bit.
   *
   * @param model the rank model (for its factors)
   * @param sums the sums over all N base rows
   * @param sobol the set-up
   * @return the factors and their indices
   * @throws InvalidInputException as {@link SobolIndices#fromSums(SobolSums, SobolIndices.Config)}
   */
  public static Result fromSums(RankModel model, SobolSums sums, SobolIndices.Config sobol) {
    SobolIndices.Result result = SobolIndices.fromSums(sums, sobol);
    return new Result(model.factors(), result.outputs()[0], result.modelRuns());
  }

  /** The mean absolute rank shift over the areas ranked in both; 0 when none is. */
  private static double meanShift(double[] ranks, double[] nominal) {
    double shift = 0;
    int scored = 0;
    for (int i = 0; i < ranks.length; i++) {
      if (!Double.isNaN(ranks[i]) && !Double.isNaN(nominal[i])) {
        shift += Math.abs(ranks[i] - nominal[i]);
        scored++;
      }
    }
    return scored == 0 ? 0 : shift / scored;
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
    UncertaintyPlan.WeightRange.of(low, high); // the same bounds an uncertainty plan accepts
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
      return new double[] {meanShift(ranks, nominal)};
    };
    SobolIndices.Result result = SobolIndices.estimate(model, 1, config, listener, cancelled);
    return new Result(pillars.stream().map(p -> "weight:" + p).toList(), result.outputs()[0], result.modelRuns());
  }
}
