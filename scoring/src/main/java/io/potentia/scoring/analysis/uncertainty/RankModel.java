package io.potentia.scoring.analysis.uncertainty;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.result.ScoreReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The index's ranks as a function of the choices an {@link UncertaintyPlan} varies, for a variance
 * based sensitivity analysis: a point {@code u} of the unit cube gives each weighted node's factor
 * {@code low + (high - low) u_j} and picks the normaliser, aggregator and imputer from their lists
 * by cumulative probability. The same two paths as {@link MonteCarlo}: the flat-index fast path
 * where it applies, the whole pipeline otherwise.
 *
 * <p>Indicator-level value uncertainty: each indicator of the plan's {@code values} is one more
 * factor, its measurement error. Coordinate {@code u_j} seeds the draw of the whole field of that
 * indicator's values (every area's value drawn from its stated spread, truncated to the valid
 * range, as a Monte Carlo replication draws it) from the plan's seed, the indicator's place and
 * {@code u_j} only; the same point gives the same field on every machine. The factor selects one
 * realisation of a distributed input, so its first-order index is the share of the output's
 * variance that the indicator's error explains.
 */
public final class RankModel {
  private final Inputs in;
  private final ReplicationDraw draws;
  private final Optional<FlatIndexKernel> kernel;
  private final String root;
  private final List<String> factors;
  private final double[][] cumulative;
  /** The indicators whose values are factors, in the plan's order. */
  private final List<String> valued;

  private RankModel(Inputs in, ReplicationDraw draws, Optional<FlatIndexKernel> kernel) {
    this.in = in;
    this.draws = draws;
    this.kernel = kernel;
    this.root = in.pipeline().framework().root().id();
    UncertaintyPlan plan = in.plan();
    List<String> names = new ArrayList<>();
    draws.weighted().forEach(node -> names.add("weight:" + node));
    List<List<UncertaintyPlan.Choice>> lists = List.of(plan.normalisations(), plan.aggregations(), plan.imputations());
    String[] listNames = {"normalisation", "aggregation", "imputation"};
    this.cumulative = new double[3][];
    for (int k = 0; k < 3; k++) {
      cumulative[k] = UncertaintyPlan.Choice.cumulative(lists.get(k));
      if (lists.get(k).size() > 1) {
        names.add(listNames[k]);
      }
    }
    this.valued = List.copyOf(plan.values().keySet());
    valued.forEach(indicator -> names.add("value:" + indicator));
    this.factors = List.copyOf(names);
  }

  /**
   * The model of a pipeline's index ranks in one year.
   *
   * @param pipeline the nominal pipeline
   * @param data the dataset
   * @param year the year
   * @param plan the weights' range and the choices of normaliser, aggregator and imputer
   * @return the model
   * @throws InvalidInputException if the plan leaves indicators out, asks for replications, a seed
   *     without values to draw, percentiles or a top k other than the defaults (those belong to a
   *     Monte Carlo run, not to this model), asks for a node other than the root, or draws a
   *     strategy that the pipeline's own object would override
   */
  public static RankModel of(ScoringPipeline pipeline, Dataset data, int year, UncertaintyPlan plan) {
    String root = pipeline.framework().root().id();
    UncertaintyPlan defaults = UncertaintyPlan.builder().build();
    List<io.potentia.core.Problem> problems = new ArrayList<>();
    String[][] refused = {
        {"leaveOut", plan.leaveOut() == 0 ? null : "leaving indicators out"},
        {"replications", plan.replications() == defaults.replications() ? null : "a number of replications"},
        {"seed", plan.seed() == defaults.seed() || !plan.values().isEmpty() ? null : "a seed (it seeds value draws only)"},
        {"percentiles", plan.percentiles().equals(defaults.percentiles()) ? null : "percentiles"},
        {"topK", plan.topK() == defaults.topK() ? null : "a top k"},
        {"nodes", plan.nodes().isEmpty() || plan.nodes().equals(List.of(root)) ? null : "nodes other than the index '" + root
            + "'"}};
    for (String[] r : refused) {
      if (r[1] != null) {
        problems.add(io.potentia.core.Problem.at(r[0], "the rank model varies weights and the choice of normaliser,"
            + " aggregator and imputer; " + r[1] + " has no place in it: leave '" + r[0] + "' out of the plan"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    MonteCarlo.check(pipeline, plan);
    ScoreReport nominal = pipeline.score(data, year);
    Inputs in = new Inputs(pipeline, data, year, plan, nominal);
    ReplicationDraw draws = new ReplicationDraw(pipeline.framework(), plan);
    return new RankModel(in, draws, FlatIndexKernel.of(in, draws, List.of(pipeline.framework().root().id())));
  }

  /**
   * The factors, in the order of a point's coordinates: {@code weight:<node>} for each weighted
   * node (when the plan's weight range is not (1, 1)), then {@code normalisation}, {@code
   * aggregation} and {@code imputation} for each list with more than one choice, then {@code
   * value:<indicator>} for each indicator whose values the plan draws.
   *
   * @return the factors' names
   */
  public List<String> factors() {
    return factors;
  }

  /**
   * The areas, in the nominal report's order.
   *
   * @return the areas
   */
  public List<String> areas() {
    return in.nominal().areas();
  }

  /**
   * The nominal pipeline's index ranks.
   *
   * @return one rank per area, NaN where an area has no index score
   */
  public double[] nominalRanks() {
    return in.nominal().ranks(root);
  }

  /**
   * Whether the flat-index fast path evaluates the model.
   *
   * @return true on the fast path
   */
  public boolean fastPath() {
    return kernel.isPresent();
  }

  /**
   * The index ranks at a point; safe to call from several threads.
   *
   * @param u one coordinate per factor, each in [0, 1)
   * @return one rank per area, NaN where an area has no index score
   * @throws InvalidInputException if the point has the wrong number of coordinates, or the pipeline
   *     cannot score the choices at the point
   */
  public double[] ranks(double[] u) {
    if (u.length != factors.size()) {
      throw InvalidInputException.at("u", "a point of " + u.length + " coordinates for " + factors.size() + " factors "
          + factors);
    }
    int weightCount = draws.weighted().size();
    UncertaintyPlan plan = in.plan();
    double low = plan.weights().low();
    double high = plan.weights().high();
    double[] f = new double[weightCount];
    for (int j = 0; j < weightCount; j++) {
      f[j] = low + (high - low) * u[j];
    }
    int[] choices = new int[3];
    int next = weightCount;
    for (int list = 0; list < 3; list++) {
      if (cumulative[list].length > 1) {
        choices[list] = ReplicationDraw.pick(cumulative[list], u[next++]);
      }
    }
    Dataset data = valued.isEmpty() ? in.data() : perturbed(u, next);
    if (kernel.isPresent()) {
      int[] doubled = kernel.get().rank(f, choices[0], choices[1]);
      double[] ranks = new double[doubled.length];
      for (int i = 0; i < ranks.length; i++) {
        ranks[i] = doubled[i] / 2.0;
      }
      return ranks;
    }
    java.util.Map<String, Double> factorsByNode = new java.util.LinkedHashMap<>();
    for (int j = 0; j < weightCount; j++) {
      factorsByNode.put(draws.weighted().get(j), f[j]);
    }
    Replication r = new Replication(-1, ReplicationDraw.step(plan.normalisations(), choices[0]),
        ReplicationDraw.step(plan.aggregations(), choices[1]), ReplicationDraw.step(plan.imputations(), choices[2]), List.of(), factorsByNode);
    return PipelineReplications.replicate(in.pipeline(), r).score(data, in.year()).ranks(root);
  }

  /**
   * The data with each valued indicator's observed values drawn from its spread (as a Monte Carlo
   * run draws them, truncated to the valid range), the draws of indicator {@code j} from a generator
   * seeded by the plan's seed, {@code j} and its coordinate {@code u[first + j]} only: one
   * coordinate picks one whole field of errors over the areas, so that the indicator's measurement
   * error is one factor however many areas it has.
   */
  private Dataset perturbed(double[] u, int first) {
    // every indicator's draws read the nominal values only, so they are made first and applied at once
    java.util.List<io.potentia.core.data.Observation> changes = new java.util.ArrayList<>();
    for (int j = 0; j < valued.size(); j++) {
      // a Sobol coordinate is a dyadic fraction: scaled by 2^53 it is a whole number, taken exactly
      long level = (long) (u[first + j] * 0x1p53);
      java.util.SplittableRandom random = new java.util.SplittableRandom(
          io.potentia.scoring.spi.Seeds.derive(io.potentia.scoring.spi.Seeds.derive(in.plan().seed(), j), level));
      String indicator = valued.get(j);
      ValueDraws.draws(in.data(), in.year(), in.pipeline().catalogue(), java.util.Map.of(indicator,
          in.plan().values().get(indicator)), random, changes);
    }
    return in.data().withValues(changes);
  }

}
