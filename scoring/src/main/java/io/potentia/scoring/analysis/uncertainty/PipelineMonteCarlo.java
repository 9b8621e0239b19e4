package io.potentia.scoring.analysis.uncertainty;

import io.potentia.scoring.analysis.ProgressListener;

import io.potentia.core.framework.FrameworkEdits;
import io.potentia.scoring.internal.CancellableLoop;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.data.Dataset;
import io.potentia.core.data.Observation;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.core.indicator.ValidRange;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.spec.StrategySpec;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.result.ScoreReport;
import io.potentia.scoring.spi.Seeds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Monte Carlo uncertainty of a whole scoring pipeline: each replication perturbs what an {@link
 * UncertaintyPlan} says (weights, the default normaliser, aggregator and imputer, indicators left
 * out, and indicator values drawn from distributions), scores the year through the full pipeline
 * and ranks every node's areas. Per node and area it reports the nominal rank, the mean and median
 * rank, chosen percentile ranks (linear interpolation between order statistics, numpy's default)
 * and the probability of being in the top k; per replication, what it used.
 *
 * <p>Where {@link MonteCarloRanks} is the fast path for one flat index over a matrix, this runs
 * the pipeline itself, so hierarchies, imputation, overrides and scenarios all take part.
 *
 * <p>Deterministic for a given seed whatever the number of threads: replication {@code r} draws,
 * in a fixed order, from its own generator seeded by the seed and {@code r}, and writes only its
 * own results. Runs on all cores (the common fork-join pool), reports each finished replication to
 * a listener and stops, with a {@link CancellationException}, when the cancellation flag is
 * raised. A node that a replication leaves out (all its indicators left out) does not count in
 * that replication's statistics; each node reports how many replications it was in.
 */
public final class PipelineMonteCarlo {
  private static final int MAX_REDRAWS = 100;

  private PipelineMonteCarlo() {}

  /**
   * What one replication used.
   *
   * @param index the replication's number, from 0
   * @param normalisation the default normaliser drawn, or empty if the plan gives no alternatives
   * @param aggregation the default aggregator drawn, or empty
   * @param imputation the imputer drawn, or empty
   * @param leftOut the indicators left out (their leaves' node ids)
   * @param weightFactors per non-root node, the factor its weight was multiplied by (empty when
   *     the plan keeps the weights)
   */
  public record Replication(int index, Optional<StepSpec> normalisation, Optional<StepSpec> aggregation,
      Optional<StepSpec> imputation, List<String> leftOut, Map<String, Double> weightFactors) {}

  /**
   * One node's rank statistics, one value per area in {@link Result#areas()} order.
   *
   * @param nominal the rank in the unperturbed pipeline
   * @param mean the mean rank over the replications that had the node
   * @param percentiles one array per percentile of the plan
   * @param topK the share of those replications in which the area ranked in the top k
   * @param replications how many replications had the node; when none did (every one left all
   *     its indicators out), the mean, percentile and top-k arrays are empty
   */
  public record NodeRanks(double[] nominal, double[] mean, double[][] percentiles, double[] topK, int replications) {}

  /**
   * The outcome of a run.
   *
   * @param areas the areas, in the nominal report's order
   * @param percentiles the percentiles reported
   * @param nodes per framework node, in framework order, its rank statistics
   * @param replications per replication, what it used
   */
  public record Result(List<String> areas, List<Double> percentiles, Map<String, NodeRanks> nodes,
      List<Replication> replications) {}

  /**
   * Runs the analysis.
   *
   * @param pipeline the nominal pipeline
   * @param data the dataset
   * @param year the year scored
   * @param plan what to vary
   * @param listener receives progress (replications done, total), or null; called from worker threads
   * @param cancelled raised to stop the run, or null
   * @return the per-node statistics and the per-replication record
   * @throws InvalidInputException if the plan names an indicator the framework lacks, leaves out
   *     as many indicators as there are, or a replication cannot be scored (the message names the
   *     replication and what it used)
   * @throws CancellationException if cancelled
   */
  public static Result run(ScoringPipeline pipeline, Dataset data, int year, UncertaintyPlan plan,
      ProgressListener listener, BooleanSupplier cancelled) {
    Framework framework = pipeline.framework();
    List<String> leaves = framework.leaves().stream().map(FrameworkNode::id).toList();
    check(framework, plan);
    ScoreReport nominal = pipeline.score(data, year);
    List<String> nodes = nominal.nodes();
    List<String> areas = nominal.areas();
    int reps = plan.replications();
    double[][][] ranks = new double[nodes.size()][reps][];
    Replication[] used = new Replication[reps];
    AtomicInteger done = new AtomicInteger();
    CancellableLoop.run(reps, cancelled, r -> {
      SplittableRandom random = new SplittableRandom(Seeds.derive(plan.seed(), r));
      Replication replication = draw(r, random, framework, leaves, plan);
      ScoreReport report;
      try {
        Dataset perturbed = plan.values().isEmpty() ? data : perturb(data, year, pipeline, plan, random);
        report = replicate(pipeline, framework, replication).score(perturbed, year);
      } catch (InvalidInputException e) {
        throw explained(replication, e);
      }
      for (int k = 0; k < nodes.size(); k++) {
        if (report.nodes().contains(nodes.get(k))) {
          ranks[k][r] = report.ranks(nodes.get(k));
        }
      }
      used[r] = replication;
      int d = done.incrementAndGet();
      if (listener != null) {
        listener.progress(d, reps);
      }
    }, () -> "the uncertainty analysis was cancelled after " + done.get() + " replications");
    Map<String, NodeRanks> byNode = new LinkedHashMap<>();
    for (int k = 0; k < nodes.size(); k++) {
      byNode.put(nodes.get(k), statistics(nominal.ranks(nodes.get(k)), ranks[k], plan));
    }
    return new Result(areas, plan.percentiles(), byNode, List.of(used));
  }

  private static void check(Framework framework, UncertaintyPlan plan) {
    List<String> indicators = framework.indicatorIds();
    if (plan.leaveOut() >= indicators.size()) {
      throw InvalidInputException.at("leaveOut", "leaveOut is " + plan.leaveOut() + ", but framework '" + framework.id()
          + "' has " + indicators.size() + " indicators; at least one must stay");
    }
    for (String indicator : plan.values().keySet()) {
      if (!indicators.contains(indicator)) {
        throw InvalidInputException.at("values." + indicator, "indicator '" + indicator + "' is not in framework '"
            + framework.id() + "'");
      }
    }
  }

  /** The replication's choices, drawn in a fixed order: weight factors, normaliser, aggregator, imputer, leaves left out. */
  private static Replication draw(int r, SplittableRandom random, Framework framework, List<String> leaves, UncertaintyPlan plan) {
    Map<String, Double> factors = new LinkedHashMap<>();
    double low = plan.weights().low();
    double high = plan.weights().high();
    if (low != 1 || high != 1) {
      for (FrameworkNode node : framework.nodes()) {
        if (node.parent().isPresent()) {
          factors.put(node.id(), low + (high - low) * random.nextDouble());
        }
      }
    }
    Optional<StepSpec> normalisation = pick(plan.normalisations(), random);
    Optional<StepSpec> aggregation = pick(plan.aggregations(), random);
    Optional<StepSpec> imputation = pick(plan.imputations(), random);
    // a partial Fisher-Yates shuffle: the first leaveOut places hold a uniform sample without replacement
    String[] pool = leaves.toArray(String[]::new);
    for (int k = 0; k < plan.leaveOut(); k++) {
      int j = k + random.nextInt(pool.length - k);
      String t = pool[k];
      pool[k] = pool[j];
      pool[j] = t;
    }
    List<String> leftOut = List.of(Arrays.copyOf(pool, plan.leaveOut()));
    return new Replication(r, normalisation, aggregation, imputation, leftOut, factors);
  }

  private static Optional<StepSpec> pick(List<StepSpec> choices, SplittableRandom random) {
    return choices.isEmpty() ? Optional.empty() : Optional.of(choices.get(random.nextInt(choices.size())));
  }

  /** The pipeline with the replication's spec and framework. */
  private static ScoringPipeline replicate(ScoringPipeline pipeline, Framework framework, Replication replication) {
    ScoringPipeline p = pipeline;
    if (replication.normalisation().isPresent() || replication.aggregation().isPresent()
        || replication.imputation().isPresent()) {
      io.potentia.scoring.spec.ImmutableStrategySpec.Builder spec = StrategySpec.builder().from(pipeline.spec());
      replication.normalisation().ifPresent(spec::normalisation);
      replication.aggregation().ifPresent(spec::aggregation);
      replication.imputation().ifPresent(spec::imputation);
      p = p.withSpec(spec.build());
    }
    Framework f = framework;
    if (!replication.weightFactors().isEmpty()) {
      f = FrameworkEdits.reweighted(f, replication.weightFactors());
    }
    if (!replication.leftOut().isEmpty()) {
      f = FrameworkEdits.without(f, replication.leftOut());
    }
    return f == framework ? p : p.withFramework(f);
  }

  private static InvalidInputException explained(Replication replication, InvalidInputException e) {
    String what = "replication " + replication.index() + " (normalisation " + name(replication.normalisation())
        + ", aggregation " + name(replication.aggregation()) + ", imputation " + name(replication.imputation())
        + ", left out " + replication.leftOut() + ")";
    List<Problem> problems = e.problems().stream()
        .map(p -> new Problem(p.source(), p.line(), p.column(), p.path(), what + ": " + p.message()))
        .toList();
    return new InvalidInputException(problems, e);
  }

  private static String name(Optional<StepSpec> step) {
    return step.map(StepSpec::name).orElse("as specified");
  }

  /** The dataset with each observed value of the plan's indicators drawn from its distribution, truncated to the valid range. */
  private static Dataset perturb(Dataset data, int year, ScoringPipeline pipeline, UncertaintyPlan plan, SplittableRandom random) {
    List<Observation> changes = new ArrayList<>();
    for (Map.Entry<String, UncertaintyPlan.ValueSpread> e : plan.values().entrySet()) {
      String indicator = e.getKey();
      UncertaintyPlan.ValueSpread spread = e.getValue();
      ValidRange range = pipeline.catalogue().get(indicator).validRange();
      for (String area : data.areas()) {
        OptionalDouble v = data.value(area, indicator, year);
        if (v.isPresent()) {
          changes.add(Observation.of(area, indicator, year, draw(v.getAsDouble(), spread, range, random, area, indicator, year)));
        }
      }
    }
    return data.withValues(changes);
  }

  /** One value drawn from its spread around {@code v}, redrawn until inside the valid range; package-private for tests. */
  static double draw(double v, UncertaintyPlan.ValueSpread spread, ValidRange range, SplittableRandom random,
      String area, String indicator, int year) {
    double h = spread.relative() ? spread.spread() * Math.abs(v) : spread.spread();
    for (int attempt = 0; attempt < MAX_REDRAWS; attempt++) {
      double x = spread.distribution() == UncertaintyPlan.ValueSpread.Distribution.UNIFORM
          ? v + h * (2 * random.nextDouble() - 1)
          : v + h * nextGaussian(random);
      if (range.contains(x) && Double.isFinite(x)) {
        return x;
      }
    }
    throw InvalidInputException.at("values." + indicator, "the " + spread.distribution().name().toLowerCase(java.util.Locale.ROOT)
        + " distribution of indicator '" + indicator + "' around " + v + " (area '" + area + "', " + year + ", spread " + h
        + ") fell outside its valid range " + range.describe() + " in " + MAX_REDRAWS + " draws; narrow the spread");
  }

  /** A standard normal draw by the Box-Muller transform, so that the stream is the same on every Java version. */
  static double nextGaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble(); // in (0, 1]: the logarithm is finite
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  private static NodeRanks statistics(double[] nominal, double[][] byReplication, UncertaintyPlan plan) {
    int n = nominal.length;
    List<double[]> present = new ArrayList<>();
    for (double[] r : byReplication) {
      if (r != null) {
        present.add(r);
      }
    }
    int count = present.size();
    int width = count == 0 ? 0 : n;
    double[] mean = new double[width];
    double[][] pct = new double[plan.percentiles().size()][width];
    double[] top = new double[width];
    double[] values = new double[count];
    for (int i = 0; i < width; i++) {
      double sum = 0;
      int inTop = 0;
      for (int r = 0; r < count; r++) {
        values[r] = present.get(r)[i];
        sum += values[r];
        inTop += values[r] <= plan.topK() ? 1 : 0;
      }
      mean[i] = sum / count;
      top[i] = (double) inTop / count;
      Arrays.sort(values);
      for (int p = 0; p < pct.length; p++) {
        double h = (count - 1) * plan.percentiles().get(p) / 100;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, count - 1);
        pct[p][i] = values[lo] + (h - lo) * (values[hi] - values[lo]);
      }
    }
    return new NodeRanks(nominal, mean, pct, top, count);
  }
}
