package io.potentia.scoring.analysis.uncertainty;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.analysis.ProgressListener;
import io.potentia.scoring.result.ScoreReport;
import io.potentia.scoring.spec.Strategies;
import io.potentia.scoring.spi.Described;
import io.potentia.scoring.spi.TiePolicy;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Monte Carlo uncertainty of a scoring pipeline's ranks (OECD/JRC Handbook 2008, section 7; Saisana,
 * Saltelli and Tarantola 2005): each replication perturbs what an {@link UncertaintyPlan} says
 * (weights, the default normaliser, aggregator and imputer, indicators left out, values drawn from
 * distributions), scores the year and ranks the areas at every reported node. Per node and area it
 * reports the nominal score and rank, and over the replications in which the area had a rank there:
 * how many they were, the mean rank, the chosen percentile ranks (linear interpolation between order
 * statistics, numpy's default) and the share in the top k.
 *
 * <p>One engine, two paths. When the plan reports only the root of a flat index (a root over
 * leaves, weighted by the framework, with no data missing), and its replications vary only
 * weights, normalisers and aggregators, each aggregator a weighted quasi-arithmetic mean ({@link
 * io.potentia.scoring.aggregate.Aggregator#quasiArithmetic()}), a fast path computes the data steps
 * once and each replication as one weighted sum per area; anything else (hierarchies, other nodes,
 * imputation, rules, weighting methods, leave-out, value draws, an aggregator without that form)
 * runs each replication through the pipeline. Both draw the same replications and rank with the
 * pipeline's tie policy, so they give the same statistics, with one exception: two areas whose
 * scores differ only by rounding (different profiles with mathematically equal scores) may be tied
 * on one path and not on the other, since the two sum in a different order. {@link
 * Result#fastPath()} says which ran.
 *
 * <p>Deterministic for a given seed whatever the number of threads: replication {@code r} draws, in
 * a fixed order, from its own generator seeded by the plan's seed and {@code r} only. Runs on all
 * cores (the common fork-join pool), reports finished replications to a listener and stops, with a
 * {@link CancellationException}, when the cancellation flag is raised. A node that a replication
 * leaves out (all its indicators left out) does not count in that replication's statistics.
 *
 * <p>Speed of the fast path on large runs: started with {@code -XX:LoopUnrollLimit=100
 * -Dpotentia.wideLoops=true}, the JVM scores four replications a pass, which its compiler then
 * vectorises (workload U1 at 10,000 areas x 100 indicators x 5,000 replications: about a fifth
 * faster); under the optimising compiler without the flag the property would make the pass
 * slower, so it is off by default (under the quick compiler alone, {@code -XX:TieredStopAtLevel=1},
 * the pass is the faster without the flag). The results are the same, bit for bit. {@code
 * bin/potentia uncertainty} sets both for large runs (a data file of 4 MB or more, its bytes times
 * the replications 1.6e10 or more), and the property with the quick compiler for runs under
 * 1.6e10. When the fast
 * path runs, a value of the property other than {@code true} or {@code false} is refused ({@link
 * InvalidInputException}); the pipeline path has no use for it.
 *
 * <p>Memory: every replication's rank of every area and reported node is kept until the end, for
 * the percentiles, in two bytes up to 32,767 areas and four above (10,000 areas x 5,000
 * replications x one node: 100 MB). A run whose ranks would not fit in what the heap has left is
 * refused before it starts ({@link InvalidInputException} naming {@code replications} and the size).
 */
public final class MonteCarlo {
  private MonteCarlo() {}

  /**
   * One node's rank statistics, one value per area in {@link Result#areas()} order.
   *
   * @param nominalScores the score in the unperturbed pipeline, NaN where the area has none
   * @param nominal the rank in the unperturbed pipeline, NaN where the area has none
   * @param mean the mean rank over the replications in which the area had a rank at the node
   * @param percentiles one array per percentile of the plan
   * @param topK the share of those replications in which the area ranked in the top k
   * @param counts per area, how many replications gave it a rank at the node; where none did, its
   *     mean, percentiles and top-k share are NaN, and nothing else is
   * @param replications how many replications had the node at all
   */
  public record NodeRanks(double[] nominalScores, double[] nominal, double[] mean, double[][] percentiles, double[] topK,
      int[] counts, int replications) {}

  /**
   * The outcome of a run.
   *
   * @param areas the areas, in the nominal report's order
   * @param percentiles the percentiles reported
   * @param nodes per reported node, children before parents (the nominal report's order), its rank
   *     statistics
   * @param replications per replication, what it used (drawn again from the seed when read)
   * @param fastPath whether the flat-index fast path ran
   */
  public record Result(List<String> areas, List<Double> percentiles, Map<String, NodeRanks> nodes,
      List<Replication> replications, boolean fastPath) {}

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
   * @throws InvalidInputException if the plan names a node or indicator the framework lacks, leaves
   *     out as many indicators as there are, or draws a normaliser, aggregator or imputer that the
   *     pipeline's own object would override; or if a replication cannot be scored (the message
   *     names the replication and what it used)
   * @throws CancellationException if cancelled
   */
  public static Result run(ScoringPipeline pipeline, Dataset data, int year, UncertaintyPlan plan, ProgressListener listener,
      BooleanSupplier cancelled) {
    Framework framework = pipeline.framework();
    check(pipeline, plan);
    ScoreReport nominal = pipeline.score(data, year);
    List<String> nodes = plan.nodes().isEmpty() ? nominal.nodes()
        : nominal.nodes().stream().filter(plan.nodes()::contains).toList();
    Inputs in = new Inputs(pipeline, data, year, plan, nominal);
    ReplicationDraw draws = new ReplicationDraw(framework, plan);
    RankTable table = new RankTable(nodes, nominal.areas().size(), plan.replications());
    Progress progress = new Progress(listener, cancelled, plan.replications());
    Optional<FlatIndexKernel> kernel = FlatIndexKernel.of(in, draws, nodes);
    if (kernel.isPresent()) {
      kernel.get().run(table, progress);
    } else {
      PipelineReplications.run(in, draws, table, progress);
    }
    double[] percentiles = plan.percentiles().stream().mapToDouble(Double::doubleValue).toArray();
    Map<String, NodeRanks> byNode = new LinkedHashMap<>();
    for (int k = 0; k < nodes.size(); k++) {
      String node = nodes.get(k);
      byNode.put(node, RankReduction.reduce(table, k, nominal.scores(node), nominal.ranks(node), percentiles, plan.topK(),
          pipeline.plan().choices().ties()));
    }
    return new Result(nominal.areas(), plan.percentiles(), byNode, replications(draws, plan.replications()),
        kernel.isPresent());
  }

  /**
   * Runs the analysis's fast path on a flat index whose leaves are already normalised: the plan's
   * weight factors and aggregators (resolved by name in {@link Strategies#registry()}, the
   * arithmetic mean when the plan names none; the nominal index uses the first) vary; the index
   * is the one node reported, under the id {@code index}.
   *
   * @param index the normalised index
   * @param plan what to vary
   * @param listener receives progress (replications done, total), or null; called from worker threads
   * @param cancelled raised to stop the run, or null
   * @return the index's statistics and the per-replication record
   * @throws InvalidInputException if the plan asks for what cannot take effect on normalised
   *     columns (normalisations, imputations, leaveOut, values, or a node other than {@code
   *     index}), names an unknown aggregator, or an aggregator that is not a quasi-arithmetic mean
   *     or cannot take a score (the geometric mean and a score of 0), naming each
   * @throws CancellationException if cancelled
   */
  public static Result run(FlatIndex index, UncertaintyPlan plan, ProgressListener listener, BooleanSupplier cancelled) {
    List<io.potentia.core.Problem> problems = new ArrayList<>();
    String[][] refused = {{"normalisations", plan.normalisations().isEmpty() ? null : "the columns are normalised already"},
        {"imputations", plan.imputations().isEmpty() ? null : "the columns have no missing values"},
        {"leaveOut", plan.leaveOut() == 0 ? null : "leaving indicators out needs the pipeline"},
        {"values", plan.values().isEmpty() ? null : "drawing values needs the pipeline"},
        {"nodes", plan.nodes().isEmpty() || plan.nodes().equals(List.of("index")) ? null : "a flat index has one node, 'index'"}};
    for (String[] r : refused) {
      if (r[1] != null) {
        problems.add(io.potentia.core.Problem.at(r[0], r[0] + " cannot take effect on a flat index of normalised columns: "
            + r[1]));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Strategies registry = Strategies.registry();
    List<Described<io.potentia.scoring.aggregate.Aggregator>> aggregators = plan.aggregations().isEmpty()
        ? List.of(registry.aggregator(io.potentia.scoring.spec.StepSpec.of("arithmetic-mean")))
        : plan.aggregations().stream().map(c -> registry.aggregator(c.step())).toList();
    ReplicationDraw draws = new ReplicationDraw(index.leaves(), index.leaves(), plan);
    FlatIndexKernel kernel = FlatIndexKernel.of(draws, index.leaves(), new double[][][] {index.columns()},
        aggregators.stream().map(Described::strategy).toList(), index.weights(), index.ties()).orElseThrow(() -> InvalidInputException.at("aggregations", "every aggregator of a flat"
            + " index must be a quasi-arithmetic mean that takes every score (the geometric mean needs positive scores); "
            + aggregators.stream().map(Described::name).toList() + " are not"));
    double[] nominalScores = aggregators.get(0).strategy().aggregate(index.columns(), index.weights());
    double[] nominalRanks = io.potentia.scoring.internal.Ranks.rank(nominalScores, true, index.ties());
    RankTable table = new RankTable(List.of("index"), index.areas().size(), plan.replications());
    kernel.run(table, new Progress(listener, cancelled, plan.replications()));
    double[] percentiles = plan.percentiles().stream().mapToDouble(Double::doubleValue).toArray();
    Map<String, NodeRanks> byNode = Map.of("index",
        RankReduction.reduce(table, 0, nominalScores, nominalRanks, percentiles, plan.topK(), index.ties()));
    return new Result(index.areas(), plan.percentiles(), byNode, replications(draws, plan.replications()), true);
  }

  /**
   * Runs the analysis on a matrix of benefit indicators, equally weighted (workload U1): every
   * column is normalised once by the plan's normaliser (its one normalisation choice; min-max to
   * [0, 100] when it names none), then the fast path runs on the {@link FlatIndex} with ties ranked
   * at their best shared rank ({@link TiePolicy#MIN}). The same numbers as the pipeline over the
   * matrix's flat index ({@link io.potentia.core.interop.MatrixCsv.Matrix#toIndex(int)}).
   *
   * @param matrix the matrix
   * @param plan what to vary; at most one normalisation
   * @param listener receives progress, or null
   * @param cancelled raised to stop the run, or null
   * @return the index's statistics
   * @throws InvalidInputException if the plan names more than one normalisation (a matrix is
   *     normalised once; vary normalisers through a pipeline), or as {@link #run(FlatIndex,
   *     UncertaintyPlan, ProgressListener, BooleanSupplier)}
   */
  public static Result run(io.potentia.core.interop.MatrixCsv.Matrix matrix, UncertaintyPlan plan, ProgressListener listener,
      BooleanSupplier cancelled) {
    if (plan.normalisations().size() > 1) {
      throw InvalidInputException.at("normalisations", "a matrix is normalised once, but the plan names "
          + plan.normalisations().size() + " normalisations; give one, or vary normalisers through a pipeline (potentia"
          + " montecarlo)");
    }
    io.potentia.scoring.spec.StepSpec step = plan.normalisations().isEmpty() ? io.potentia.scoring.spec.StepSpec.of("min-max")
        : plan.normalisations().get(0).step();
    FlatIndex index = FlatIndex.of(matrix, Strategies.registry().normaliser(step).strategy(), TiePolicy.MIN);
    return run(index, UncertaintyPlan.builder().from(plan).normalisations(List.of()).build(), listener, cancelled);
  }

  /**
   * Prepares a run whose replications are computed in blocks, apart, and merged: the nominal
   * report, the plan's checks and the choice of path are made once, then {@link
   * Blocks#run(int, int, ProgressListener, BooleanSupplier)} computes any range of replications
   * into a {@link RankHistogram}. Replication {@code r} draws from a generator seeded by the plan's
   * seed and {@code r} only, so a block is the same whichever thread or machine computes it, and
   * the merged summaries of blocks covering {@code [0, R)} give, through {@link
   * Blocks#result(RankHistogram)}, exactly the {@link Result} of {@link #run(ScoringPipeline,
   * Dataset, int, UncertaintyPlan, ProgressListener, BooleanSupplier)} with the same plan.
   *
   * @param pipeline the nominal pipeline
   * @param data the dataset
   * @param year the year scored
   * @param plan what to vary
   * @return the prepared run
   * @throws InvalidInputException as {@link #run(ScoringPipeline, Dataset, int, UncertaintyPlan,
   *     ProgressListener, BooleanSupplier)}
   */
  public static Blocks blocks(ScoringPipeline pipeline, Dataset data, int year, UncertaintyPlan plan) {
    check(pipeline, plan);
    ScoreReport nominal = pipeline.score(data, year);
    List<String> nodes = plan.nodes().isEmpty() ? nominal.nodes()
        : nominal.nodes().stream().filter(plan.nodes()::contains).toList();
    Inputs in = new Inputs(pipeline, data, year, plan, nominal);
    ReplicationDraw draws = new ReplicationDraw(pipeline.framework(), plan);
    return new Blocks(in, draws, nodes, FlatIndexKernel.of(in, draws, nodes));
  }

  /** A run prepared for its replications to be computed in blocks; see {@link #blocks}. */
  public static final class Blocks {
    private final Inputs in;
    private final ReplicationDraw draws;
    private final List<String> nodes;
    private final Optional<FlatIndexKernel> kernel;

    private Blocks(Inputs in, ReplicationDraw draws, List<String> nodes, Optional<FlatIndexKernel> kernel) {
      this.in = in;
      this.draws = draws;
      this.nodes = nodes;
      this.kernel = kernel;
    }

    /**
     * Computes replications {@code [from, to)} on all cores.
     *
     * @param from the first replication, from 0
     * @param to one past the last, at most the plan's replications, above {@code from}
     * @param listener receives progress within the block, or null
     * @param cancelled raised to stop, or null
     * @return the block's summary
     * @throws InvalidInputException if the range is empty or outside {@code [0, R)}, naming it, or
     *     a replication cannot be scored
     * @throws CancellationException if cancelled
     */
    public RankHistogram run(int from, int to, ProgressListener listener, BooleanSupplier cancelled) {
      int reps = in.plan().replications();
      if (from < 0 || to > reps || from >= to) {
        throw InvalidInputException.at("blocks", "replications [" + from + ", " + to + ") are not a block of the run's"
            + " replications [0, " + reps + ")");
      }
      RankTable table = new RankTable(nodes, in.nominal().areas().size(), from, to - from);
      Progress progress = new Progress(listener, cancelled, to - from);
      if (kernel.isPresent()) {
        kernel.get().run(table, progress);
      } else {
        PipelineReplications.run(in, draws, table, progress);
      }
      return RankHistogram.of(table);
    }

    /**
     * The run's statistics from the merged summary of all its replications.
     *
     * @param all the summaries of blocks covering {@code [0, R)}, merged
     * @return the same result as the whole run in one piece
     * @throws InvalidInputException if a replication is missing or not of the run, or the summary
     *     reports other nodes
     */
    public Result result(RankHistogram all) {
      UncertaintyPlan plan = in.plan();
      all.checkComplete(plan.replications());
      if (!all.nodes().equals(nodes)) {
        throw InvalidInputException.at("blocks", "the summary reports nodes " + all.nodes() + ", the run " + nodes);
      }
      ScoreReport nominal = in.nominal();
      double[] percentiles = plan.percentiles().stream().mapToDouble(Double::doubleValue).toArray();
      Map<String, NodeRanks> byNode = new LinkedHashMap<>();
      for (int k = 0; k < nodes.size(); k++) {
        String node = nodes.get(k);
        byNode.put(node, all.reduce(k, nominal.scores(node), nominal.ranks(node), percentiles, plan.topK()));
      }
      return new Result(nominal.areas(), plan.percentiles(), byNode, replications(draws, plan.replications()),
          kernel.isPresent());
    }
  }

  /** The record of every replication, drawn again from the seed when read rather than kept. */
  private static List<Replication> replications(ReplicationDraw draws, int reps) {
    return new AbstractList<>() {
      @Override
      public Replication get(int r) {
        java.util.Objects.checkIndex(r, reps);
        return draws.replication(r);
      }

      @Override
      public int size() {
        return reps;
      }
    };
  }

  /** Checks the plan against the pipeline, naming every problem. */
  static void check(ScoringPipeline pipeline, UncertaintyPlan plan) {
    Framework framework = pipeline.framework();
    List<String> indicators = framework.indicatorIds();
    List<io.potentia.core.Problem> problems = new ArrayList<>();
    if (plan.leaveOut() >= indicators.size()) {
      problems.add(io.potentia.core.Problem.at("leaveOut", "leaveOut is " + plan.leaveOut() + ", but framework '"
          + framework.id() + "' has " + indicators.size() + " indicators; at least one must stay"));
    }
    for (String indicator : plan.values().keySet()) {
      if (!indicators.contains(indicator)) {
        problems.add(io.potentia.core.Problem.at("values." + indicator, "indicator '" + indicator + "' is not in framework '"
            + framework.id() + "'"));
      }
    }
    for (String node : plan.nodes()) {
      if (!framework.contains(node)) {
        problems.add(io.potentia.core.Problem.at("nodes", "node '" + node + "' is not in framework '" + framework.id()
            + "'"));
      }
    }
    // a strategy given to the builder as an object takes precedence over the spec, so a drawn one would not take effect
    var choices = pipeline.plan().choices();
    String[][] objects = {{"normalisations", plan.normalisations().isEmpty() || choices.normaliser().isEmpty() ? null : "normaliser"},
        {"aggregations", plan.aggregations().isEmpty() || choices.aggregator().isEmpty() ? null : "aggregator"},
        {"imputations", plan.imputations().isEmpty() || choices.imputer().isEmpty() ? null : "imputer"}};
    for (String[] o : objects) {
      if (o[1] != null) {
        problems.add(io.potentia.core.Problem.at(o[0], "the pipeline was built with a default " + o[1] + " given as an"
            + " object, which takes precedence over every " + o[1] + " a replication draws; build it from a spec that"
            + " names the " + o[1] + " to vary it"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

}
