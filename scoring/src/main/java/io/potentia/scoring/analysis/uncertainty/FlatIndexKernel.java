package io.potentia.scoring.analysis.uncertainty;

import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.aggregate.Aggregator;
import io.potentia.scoring.aggregate.QuasiArithmeticMean;
import io.potentia.scoring.internal.CancellableLoop;
import io.potentia.scoring.internal.Ranker;
import io.potentia.scoring.normalise.Normaliser;
import io.potentia.scoring.result.ScoreReport;
import io.potentia.scoring.result.Stage;
import io.potentia.scoring.spi.TiePolicy;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The fast path of the same analysis, for a flat index (a root over leaves) whose replications vary
 * only weights, normalisers and aggregators, each aggregator a weighted quasi-arithmetic mean
 * ({@link Aggregator#quasiArithmetic()}): the data steps do not change from one replication to the
 * next, so each normaliser's columns and each aggregator's generator values {@code g(z)} are
 * computed once, and a replication is one weighted sum per area and one ranking, with the root's
 * weights and tie policy as the pipeline resolves them. What it draws, how it ranks and how the
 * ranks are reduced is shared with the pipeline path, so the two give the same statistics.
 *
 * <p>Replications that drew the same normaliser and aggregator are scored together over
 * cache-sized tiles of areas, four columns per pass, and four replications per pass when asked
 * ({@link WideLoops}, for a JVM whose compiler then vectorises that loop); working arrays are reused
 * from chunk to chunk. Every replication's scores are summed in the same order either way, so its
 * ranks do not depend on the JVM's flags.
 */
final class FlatIndexKernel {
  /** Replications scored together, so that each tile of the matrix is read once for all of them. */
  private static final int CHUNK = 32;
  /** The bytes of a tile of all the columns, one replication a pass: well inside a core's second-level cache. */
  private static final int TILE_BYTES = 160 * 1024;
  /**
   * The same, four replications a pass: still inside a current core's second-level cache (1 to 2
   * MB), and a longer loop (512 areas of 100 columns) for the larger loop body (U1 at size L in one
   * JVM: 1.37 s with tiles of 160 KB, 1.26 s with 400 KB).
   */
  private static final int TILE_BYTES_FOUR = 400 * 1024;

  private final ReplicationDraw draws;
  private final int n;
  private final int m;
  /** Per normaliser k and aggregator a, the generator values of each leaf: {@code g_a(z_k)}, one array per leaf. */
  private final double[][][][] generated;
  private final boolean[] increasing;
  /** Per leaf, the position of its weight factor among the drawn ones, or -1 when weights are kept. */
  private final int[] factorOf;
  private final double[] nominalWeights;
  private final TiePolicy ties;
  /**
   * Whether replications are scored four a pass rather than one; empty: as {@link WideLoops} says
   * when a run starts (read there, so that a path that never scores in blocks never reads it).
   */
  private final Optional<Boolean> wide;
  private final ConcurrentLinkedQueue<Scratch> scratch = new ConcurrentLinkedQueue<>();

  private FlatIndexKernel(ReplicationDraw draws, int n, double[][][][] generated, boolean[] increasing, int[] factorOf,
      double[] nominalWeights, TiePolicy ties, Optional<Boolean> wide) {
    this.draws = draws;
    this.n = n;
    this.m = nominalWeights.length;
    this.generated = generated;
    this.increasing = increasing;
    this.factorOf = factorOf;
    this.nominalWeights = nominalWeights;
    this.ties = ties;
    this.wide = wide;
  }

  /** Whether a run scores four replications a pass: as made for a test, or as {@link WideLoops} says now. */
  boolean foursAPass() {
    return wide.orElseGet(WideLoops::enabled);
  }

  /** This kernel scoring four replications a pass, or one: the same ranks either way. For tests. */
  FlatIndexKernel widePasses(boolean four) {
    return new FlatIndexKernel(draws, n, generated, increasing, factorOf, nominalWeights, ties, Optional.of(four));
  }

  /**
   * The kernel of a run, when the fast path gives the same result as the pipeline path: a flat
   * framework, only the root's ranks asked for, no leave-out, value draws or imputers to vary, the
   * root weighted by the framework, every aggregator the plan can draw a quasi-arithmetic mean
   * with finite generator values, every normaliser giving finite scores, no data missing, and no
   * normaliser to draw when the pipeline normalises over the panel.
   */
  static Optional<FlatIndexKernel> of(Inputs in, ReplicationDraw draws, List<String> nodes) {
    ScoringPipeline pipeline = in.pipeline();
    UncertaintyPlan plan = in.plan();
    Framework framework = pipeline.framework();
    String root = framework.root().id();
    List<FrameworkNode> leaves = framework.children(root);
    ScoreReport nominal = in.nominal();
    if (!nodes.equals(List.of(root)) || leaves.stream().anyMatch(l -> !l.isLeaf()) || plan.leaveOut() > 0
        || !plan.values().isEmpty() || !plan.imputations().isEmpty() || pipeline.plan().weighting(root).isPresent()
        || !nominal.gaps().isEmpty() || !nominal.imputed().isEmpty()
        // the kernel normalises the nominal year's column; over a panel the other years count too
        || (!plan.normalisations().isEmpty()
            && pipeline.plan().normalisationScope() == io.potentia.scoring.spec.NormalisationScope.PANEL)) {
      return Optional.empty();
    }
    // the pipeline of every normaliser with every aggregator the plan can draw, each built once: the
    // methodology check judges pairs, and a pair it refuses is for the pipeline path to report
    ScoringPipeline[][] grid = grid(pipeline, plan);
    if (grid == null) {
      return Optional.empty();
    }
    List<ScoringPipeline> byNormaliser = java.util.Arrays.stream(grid).map(row -> row[0]).toList();
    List<ScoringPipeline> byAggregator = List.of(grid[0]);
    double[][][] normalised = new double[byNormaliser.size()][leaves.size()][];
    for (int k = 0; k < byNormaliser.size(); k++) {
      for (int j = 0; j < leaves.size(); j++) {
        String indicator = leaves.get(j).indicator().orElseThrow();
        if (plan.normalisations().isEmpty()) {
          normalised[k][j] = nominal.stage(Stage.NORMALISED, indicator);
        } else {
          Normaliser normaliser = byNormaliser.get(k).plan().normaliser(leaves.get(j).id()).strategy();
          Direction direction = pipeline.catalogue().get(indicator).direction();
          try {
            normalised[k][j] = normaliser.normalise(nominal.stage(Stage.TREATED, indicator), direction);
          } catch (RuntimeException e) {
            return Optional.empty(); // the pipeline path reports it, with the replication that drew it
          }
        }
      }
    }
    List<Aggregator> aggregators = byAggregator.stream().map(p -> p.plan().aggregator(root).strategy()).toList();
    double[] weights = nominal.runs().get(root).weights().stream().mapToDouble(Double::doubleValue).toArray();
    return of(draws, leaves.stream().map(FrameworkNode::id).toList(), normalised, aggregators, weights,
        pipeline.plan().choices().ties());
  }

  /**
   * The kernel of the leaves (in column order), their normalised columns (per normaliser drawn, per
   * leaf), the aggregators that can be drawn and the leaves' nominal weights: empty when an
   * aggregator is not a quasi-arithmetic mean or a generator value is not finite.
   */
  static Optional<FlatIndexKernel> of(ReplicationDraw draws, List<String> leaves, double[][][] normalised,
      List<Aggregator> aggregators, double[] weights, TiePolicy ties) {
    List<String> weighted = draws.weighted();
    int[] factorOf = leaves.stream().mapToInt(weighted::indexOf).toArray();
    boolean[] increasing = new boolean[aggregators.size()];
    double[][][][] generated = new double[normalised.length][aggregators.size()][][];
    for (int a = 0; a < aggregators.size(); a++) {
      Optional<QuasiArithmeticMean> mean = aggregators.get(a).quasiArithmetic();
      if (mean.isEmpty()) {
        return Optional.empty();
      }
      increasing[a] = mean.get().increasing();
      for (int k = 0; k < normalised.length; k++) {
        generated[k][a] = generate(mean.get(), normalised[k]);
        if (generated[k][a] == null) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(new FlatIndexKernel(draws, normalised[0][0].length, generated, increasing, factorOf, weights, ties,
        Optional.empty()));
  }

  /**
   * The pipeline of normaliser {@code k} with aggregator {@code a} at {@code [k][a]}, one row (or
   * column) with the pipeline's own when the plan names none; null if the pipeline refuses one.
   */
  private static ScoringPipeline[][] grid(ScoringPipeline pipeline, UncertaintyPlan plan) {
    List<Optional<io.potentia.scoring.spec.StepSpec>> normalisers = choices(plan.normalisations());
    List<Optional<io.potentia.scoring.spec.StepSpec>> aggregators = choices(plan.aggregations());
    ScoringPipeline[][] grid = new ScoringPipeline[normalisers.size()][aggregators.size()];
    for (int k = 0; k < grid.length; k++) {
      for (int a = 0; a < grid[k].length; a++) {
        Optional<io.potentia.scoring.spec.StepSpec> n = normalisers.get(k);
        Optional<io.potentia.scoring.spec.StepSpec> g = aggregators.get(a);
        try {
          grid[k][a] = n.isEmpty() && g.isEmpty() ? pipeline
              : pipeline.withSpec(PipelineReplications.spec(pipeline.spec(), n, g, Optional.empty()));
        } catch (RuntimeException e) {
          return null; // the pipeline path reports it, with the replication that drew it
        }
      }
    }
    return grid;
  }

  /** The steps of a list of choices, or the one empty step that keeps the pipeline's own when there are none. */
  private static List<Optional<io.potentia.scoring.spec.StepSpec>> choices(List<UncertaintyPlan.Choice> choices) {
    return choices.isEmpty() ? List.of(Optional.empty()) : choices.stream().map(c -> Optional.of(c.step())).toList();
  }

  /** {@code g(z)} of every leaf, or null when a value is missing or the generator is not finite there. */
  private static double[][] generate(QuasiArithmeticMean mean, double[][] columns) {
    double[][] g = new double[columns.length][];
    for (int j = 0; j < columns.length; j++) {
      g[j] = mean.generate(columns[j]);
      for (double v : g[j]) {
        // v - v is 0 for a finite v and NaN otherwise: one test for NaN and both infinities
        if (v - v != 0) {
          return null;
        }
      }
    }
    return g;
  }

  /**
   * The ranks, twice over (see {@link RankTable}), of one point of the factors: weight factors in
   * {@link ReplicationDraw#weighted()} order and the indices of the normaliser and aggregator.
   * Safe to call from several threads.
   */
  int[] rank(double[] factors, int normaliser, int aggregator) {
    Scratch pooled = scratch.poll();
    Scratch work = pooled != null ? pooled : new Scratch(n, m);
    double[] w = work.weights[0];
    weigh(factors, aggregator, w);
    double[] s = work.scores[0];
    Arrays.fill(s, 0);
    work.group[0] = 0;
    scoreBlock(generated[normaliser][aggregator], work.weights, work.scores, work.group, 1, false);
    int[] out = new int[n];
    work.ranker.rank(s, ties, out);
    scratch.offer(work);
    return out;
  }

  /** The weights of a replication: nominal times factor, scaled to sum 1, negated for a decreasing generator. */
  private void weigh(double[] factors, int aggregator, double[] w) {
    double total = 0;
    for (int j = 0; j < m; j++) {
      w[j] = nominalWeights[j] * (factorOf[j] < 0 ? 1 : factors[factorOf[j]]);
      total += w[j];
    }
    // a decreasing generator orders the sums the other way round: turn the weights' sign instead
    double scale = (increasing[aggregator] ? 1 : -1) / total;
    for (int j = 0; j < m; j++) {
      w[j] *= scale;
    }
  }

  /**
   * Draws, scores and ranks every replication into the table's one node, on all cores.
   *
   * @throws io.potentia.core.InvalidInputException if {@link WideLoops#PROPERTY} is set to neither true nor false
   */
  void run(RankTable table, Progress progress) {
    boolean four = foursAPass();
    int reps = table.reps();
    int chunks = (reps + CHUNK - 1) / CHUNK;
    CancellableLoop.run(chunks, progress.cancelled(), c -> chunk(c, table, progress, four),
        () -> "the uncertainty analysis was cancelled after " + progress.count() + " replications");
    table.had(0, reps);
  }

  /** Replications {@code [c CHUNK, (c + 1) CHUNK)}: drawn, scored by group, ranked, written area-major. */
  private void chunk(int c, RankTable table, Progress progress, boolean four) {
    int reps = table.reps();
    int first = c * CHUNK;
    int width = Math.min(reps, first + CHUNK) - first;
    Scratch pooled = scratch.poll();
    Scratch work = pooled != null ? pooled : new Scratch(n, m);
    int aggregators = increasing.length;
    for (int b = 0; b < width; b++) {
      draws.drawChoices(draws.random(table.first() + first + b), work.factors, work.choices);
      work.combination[b] = work.choices[0] * aggregators + work.choices[1];
      weigh(work.factors, work.choices[1], work.weights[b]);
      Arrays.fill(work.scores[b], 0);
    }
    for (int combination = 0; combination < generated.length * aggregators; combination++) {
      int count = 0;
      for (int b = 0; b < width; b++) {
        if (work.combination[b] == combination) {
          work.group[count++] = b;
        }
      }
      scoreBlock(generated[combination / aggregators][combination % aggregators], work.weights, work.scores, work.group, count,
          four);
    }
    int[] block = work.block;
    for (int b = 0; b < width; b++) {
      // straight into the chunk's area-major block: replication b is its column
      work.ranker.rank(work.scores[b], ties, block, b, width);
      progress.done();
    }
    // a method of the table's own: the loop over the areas, the only long one left here, would
    // otherwise have the compiler's second tier compile this whole method late in a run, inlining
    // everything it calls (0.19 s of a core at U1 size L, in the run's last quarter)
    table.putBlock(0, block, width, first);
    scratch.offer(work);
  }

  /**
   * {@code s[b] = sum_j w[b]_j x_j} for the replications {@code b} in {@code group[0..count)}: the
   * areas in tiles small enough that a tile of every column stays in the core's cache while all the
   * replications pass over it, and four columns per pass over a replication's scores, which halves
   * the loads and stores of the scores. When {@code wide}, the group is scored four at a time as far
   * as it goes ({@link #scoreFours}) over larger tiles, and the rest one at a time.
   */
  static void scoreBlock(double[][] x, double[][] w, double[][] s, int[] group, int count, boolean wide) {
    if (count == 0) {
      return;
    }
    int m = x.length;
    int n = x[0].length;
    int tile = Math.max(64, Math.min(1024, ((wide ? TILE_BYTES_FOUR : TILE_BYTES) / 8 / m) & ~7));
    for (int lo = 0; lo < n; lo += tile) {
      int hi = Math.min(n, lo + tile);
      int g = wide ? scoreFours(x, w, s, group, count, lo, hi) : 0;
      for (; g < count; g++) {
        double[] wb = w[group[g]];
        double[] sb = s[group[g]];
        int j = 0;
        for (; j + 3 < m; j += 4) {
          axpy4(sb, lo, hi, wb[j], x[j], wb[j + 1], x[j + 1], wb[j + 2], x[j + 2], wb[j + 3], x[j + 3]);
        }
        for (; j < m; j++) {
          axpy(sb, lo, hi, wb[j], x[j]);
        }
      }
    }
  }

  /**
   * Areas {@code [lo, hi)} of the replications {@code group[0..count)}, four at a time while four
   * are left, so that a column's values are loaded once for four; each score gets each group of four
   * columns' sum, then each column left over, added in the same order as one at a time, so the sums
   * are the same, bit for bit.
   *
   * @return how many of the group it scored: {@code count} rounded down to a multiple of four
   */
  static int scoreFours(double[][] x, double[][] w, double[][] s, int[] group, int count, int lo, int hi) {
    int m = x.length;
    int g = 0;
    for (; g + 3 < count; g += 4) {
      double[] wa = w[group[g]];
      double[] wb = w[group[g + 1]];
      double[] wc = w[group[g + 2]];
      double[] wd = w[group[g + 3]];
      int j = 0;
      for (; j + 3 < m; j += 4) {
        axpy4x4(s[group[g]], s[group[g + 1]], s[group[g + 2]], s[group[g + 3]], lo, hi, wa, wb, wc, wd, j, x[j], x[j + 1],
            x[j + 2], x[j + 3]);
      }
      for (; j < m; j++) {
        for (int k = g; k < g + 4; k++) {
          axpy(s[group[k]], lo, hi, w[group[k]][j], x[j]);
        }
      }
    }
    return g;
  }

  private static void axpy(double[] s, int lo, int hi, double w, double[] c) {
    for (int i = lo; i < hi; i++) {
      s[i] += w * c[i];
    }
  }

  /** {@link #axpy4} for four replications at once, columns {@code j..j+3}: each column value loaded once for the four. */
  private static void axpy4x4(double[] sa, double[] sb, double[] sc, double[] sd, int lo, int hi, double[] wa, double[] wb,
      double[] wc, double[] wd, int j, double[] c0, double[] c1, double[] c2, double[] c3) {
    // the weights in locals: read in the loop, they would be read again after every store, as the
    // compiler cannot tell that the scores are not the weights
    double a0 = wa[j], a1 = wa[j + 1], a2 = wa[j + 2], a3 = wa[j + 3];
    double b0 = wb[j], b1 = wb[j + 1], b2 = wb[j + 2], b3 = wb[j + 3];
    double e0 = wc[j], e1 = wc[j + 1], e2 = wc[j + 2], e3 = wc[j + 3];
    double d0 = wd[j], d1 = wd[j + 1], d2 = wd[j + 2], d3 = wd[j + 3];
    for (int i = lo; i < hi; i++) {
      double x0 = c0[i], x1 = c1[i], x2 = c2[i], x3 = c3[i];
      sa[i] += a0 * x0 + a1 * x1 + a2 * x2 + a3 * x3;
      sb[i] += b0 * x0 + b1 * x1 + b2 * x2 + b3 * x3;
      sc[i] += e0 * x0 + e1 * x1 + e2 * x2 + e3 * x3;
      sd[i] += d0 * x0 + d1 * x1 + d2 * x2 + d3 * x3;
    }
  }

  private static void axpy4(double[] s, int lo, int hi, double w0, double[] c0, double w1, double[] c1, double w2, double[] c2,
      double w3, double[] c3) {
    for (int i = lo; i < hi; i++) {
      s[i] += w0 * c0[i] + w1 * c1[i] + w2 * c2[i] + w3 * c3[i];
    }
  }

  /**
   * Working arrays, reused from chunk to chunk rather than collected: a chunk takes a set (or makes
   * one) and gives it back, so there are as many as chunks ever ran at once.
   */
  private static final class Scratch {
    final double[][] scores;
    final double[][] weights;
    final double[] factors;
    final int[] choices = new int[3];
    final int[] combination = new int[CHUNK];
    final int[] group = new int[CHUNK];
    final Ranker ranker;
    final int[] block;

    Scratch(int n, int m) {
      scores = new double[CHUNK][n];
      weights = new double[CHUNK][m];
      factors = new double[Math.max(1, m)];
      ranker = new Ranker(n);
      block = new int[n * CHUNK];
    }
  }
}
