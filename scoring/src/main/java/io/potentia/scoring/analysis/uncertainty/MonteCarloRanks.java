package io.potentia.scoring.analysis.uncertainty;

import io.potentia.scoring.analysis.ProgressListener;

import io.potentia.scoring.internal.CancellableLoop;
import io.potentia.scoring.internal.DescendingRanks;

import io.potentia.core.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Monte Carlo uncertainty of the ranks of a composite index built by weighted aggregation of
 * normalised indicators: each replication draws the weights from a distribution and chooses an
 * aggregator, scores every area and ranks them. Per area it reports the nominal score and rank,
 * the mean and median rank, chosen percentile ranks (linear interpolation between order
 * statistics, numpy's default) and the probability of being in the top k; per replication, which
 * aggregator ran and with which weights.
 *
 * <p>Weights: {@code w_j = u_j / sum(u)} with {@code u_j ~ Uniform(low, high)}, independently.
 * Aggregators: the weighted arithmetic mean, or the weighted geometric mean {@code exp(sum_j w_j
 * ln z_j)} (which needs positive normalised values), each with a stated probability. The nominal
 * index uses equal weights and the first aggregator. Ranks: 1 = highest score; the nominal ranks
 * put ties at their best shared rank, the replications' ranks break ties by position (as numpy's
 * stable argsort does).
 *
 * <p>Deterministic for a given seed whatever the number of threads: replication {@code r} draws
 * from its own generator seeded by mixing the seed with {@code r}, and writes only its own results.
 * Runs on all cores (the common fork-join pool), reports progress to a listener and stops, with a
 * {@link CancellationException}, when the cancellation flag is raised.
 */
public final class MonteCarloRanks {
  /** The aggregators a replication can draw. */
  public enum Aggregation {
    /** The weighted arithmetic mean. */
    ARITHMETIC,
    /** The weighted geometric mean. */
    GEOMETRIC
  }

  /**
   * The set-up of a run.
   *
   * @param replications the number of replications, at least 1
   * @param seed the random seed
   * @param weightLow the lower bound of the weights' uniform draws, &gt; 0
   * @param weightHigh the upper bound, &ge; the lower
   * @param aggregations the aggregators a replication can use
   * @param probabilities the probability of each, summing to 1
   * @param percentiles the percentile ranks to report, each in [0, 100]
   * @param topK the k of the probability of being in the top k
   */
  public record Config(int replications, long seed, double weightLow, double weightHigh, List<Aggregation> aggregations,
      double[] probabilities, double[] percentiles, int topK) {

    /**
     * Validates the set-up.
     *
     * @param replications the number of replications, at least 1
     * @param seed the random seed
     * @param weightLow the lower bound of the weights' uniform draws, &gt; 0
     * @param weightHigh the upper bound, &ge; the lower
     * @param aggregations the aggregators a replication can use
     * @param probabilities the probability of each, summing to 1
     * @param percentiles the percentile ranks to report, each in [0, 100]
     * @param topK the k of the probability of being in the top k
     */
    public Config {
      if (replications < 1) {
        throw InvalidInputException.at("replications", "replications is " + replications + "; it must be at least 1");
      }
      checkRange("weights", weightLow, weightHigh);
      if (aggregations.isEmpty() || aggregations.size() != probabilities.length) {
        throw InvalidInputException.at("aggregations", aggregations.size() + " aggregators and " + probabilities.length
            + " probabilities; give one probability per aggregator");
      }
      double sum = 0;
      for (double p : probabilities) {
        if (!(p >= 0) || !Double.isFinite(p)) {
          throw InvalidInputException.at("probabilities", "a probability is " + p + "; it must be in [0, 1]");
        }
        sum += p;
      }
      if (Math.abs(sum - 1) > 1e-9) {
        throw InvalidInputException.at("probabilities", "the aggregators' probabilities sum to " + sum + "; they must sum to 1");
      }
      for (double p : percentiles) {
        if (!(p >= 0 && p <= 100)) {
          throw InvalidInputException.at("percentiles", "percentile " + p + " must be in [0, 100]");
        }
      }
      aggregations = List.copyOf(aggregations);
      probabilities = probabilities.clone();
      percentiles = percentiles.clone();
    }
  }

  /**
   * The outcome of a run.
   *
   * @param nominalScores each area's nominal score
   * @param nominalRanks each area's nominal rank
   * @param meanRanks each area's mean rank over the replications
   * @param percentileRanks one array per requested percentile, one rank per area
   * @param topKProbability each area's share of replications in the top k
   * @param aggregationUsed per replication, the index of the aggregator used
   * @param weightsUsed per replication, the weights used
   */
  public record Result(double[] nominalScores, double[] nominalRanks, double[] meanRanks, double[][] percentileRanks,
      double[] topKProbability, int[] aggregationUsed, double[][] weightsUsed) {}

  private MonteCarloRanks() {}

  /**
   * Runs the analysis.
   *
   * @param columns the normalised indicators, one array per indicator, one value per area; all finite
   *     (and positive when the geometric mean can be drawn)
   * @param config the set-up
   * @param listener receives progress, or null
   * @param cancelled raised to stop the run, or null
   * @return the per-area statistics and the per-replication record
   * @throws CancellationException if cancelled
   */
  public static Result run(double[][] columns, Config config, ProgressListener listener, BooleanSupplier cancelled) {
    boolean geometric = config.aggregations().contains(Aggregation.GEOMETRIC);
    double[][] logs = checkedLogs(columns, geometric);
    int m = columns.length;
    int n = columns[0].length;
    double[] equal = new double[m];
    Arrays.fill(equal, 1.0 / m);
    double[] nominal = new double[n];
    score(config.aggregations().get(0) == Aggregation.GEOMETRIC ? logs : columns, equal, nominal);
    if (config.aggregations().get(0) == Aggregation.GEOMETRIC) {
      for (int i = 0; i < n; i++) {
        nominal[i] = Math.exp(nominal[i]);
      }
    }
    double[] nominalRanks = io.potentia.scoring.internal.Ranks.rank(nominal, true, io.potentia.scoring.spi.TiePolicy.MIN);

    Replications replications = new Replications(columns, logs, config, listener);
    CancellableLoop.run(replications.chunks(), cancelled, replications::chunk,
        () -> "the uncertainty analysis was cancelled after " + replications.done.get() + " replications");
    IntStream.range(0, replications.areaTasks()).parallel().forEach(replications::statistics);
    Replications r = replications;
    return new Result(nominal, nominalRanks, r.mean, r.pct, r.top, r.used, r.weights);
  }

  /**
   * Runs the analysis's inner loops on synthetic problems until {@code stop} says so, and discards
   * the results: 700 rounds of a tiny problem (64 areas, 8 indicators), then rounds of a small one
   * (1,000 areas, 16 indicators) for as long as it is let. A short-lived process (the command line)
   * calls it on a spare core while it reads its input, so that the compiler has the loops ready
   * when the real run starts.
   *
   * @param stop says when to stop; checked once before each round, and never again once it has
   *     said yes
   */
  public static void warmUp(BooleanSupplier stop) {
    // first many small runs, then a realistic one: the compiler replaces a method wholesale only
    // after some hundreds of calls, and until then the long loops of a realistic run would only
    // be compiled in place (on-stack replacement), a second time, for nothing
    if (exercise(64, 8, 64, TINY_ROUNDS, stop)) {
      exercise(1000, 16, 128, Integer.MAX_VALUE, stop);
    }
  }

  private static final int TINY_ROUNDS = 700;

  /** Runs up to {@code rounds} rounds of a synthetic problem; false when {@code stop} cut it short. */
  private static boolean exercise(int n, int m, int reps, int rounds, BooleanSupplier stop) {
    SplittableRandom random = new SplittableRandom(1);
    double[][] columns = new double[m][n];
    for (double[] column : columns) {
      for (int i = 0; i < n; i++) {
        column[i] = 1 + 99 * random.nextDouble();
      }
    }
    Config config = new Config(reps, 1, 0.5, 1.5, List.of(Aggregation.ARITHMETIC, Aggregation.GEOMETRIC),
        new double[] {0.5, 0.5}, new double[] {5, 50, 95}, 10);
    Replications run = new Replications(columns, checkedLogs(columns, true), config, null);
    // ranks spread around each area's place, as a real run's are, so that the statistics' loops
    // can be compiled from the start with the branches a real run takes
    for (int i = 0; i < n; i++) {
      for (int r = 0; r < reps; r++) {
        run.ranks[i * reps + r] = 1 + Math.floorMod(i + random.nextInt(65) - 32, n);
      }
    }
    // ranking costs less than scoring, yet its loops need as many runs to be compiled: rank more
    double[][] extra = new double[4][n];
    for (double[] e : extra) {
      for (int i = 0; i < n; i++) {
        e[i] = 50 + 10 * random.nextGaussian();
      }
    }
    DescendingRanks ranker = new DescendingRanks(n);
    int[] out = new int[n];
    for (int c = 0; c < rounds; c++) {
      if (stop.getAsBoolean()) {
        return false;
      }
      run.statistics(c % run.areaTasks());
      run.chunk(c % run.chunks());
      for (int k = 0; k < 16; k++) {
        ranker.rank(extra[k % extra.length], out);
      }
    }
    return true;
  }

  /** The state of one run: its inputs, the ranks of every replication and the per-area results. */
  private static final class Replications {
    private static final int AREAS_PER_TASK = 64;

    private final double[][] columns;
    private final double[][] logs;
    private final Config config;
    private final ProgressListener listener;
    private final int n;
    private final int m;
    private final int reps;
    /** Area-major: area i's ranks are {@code ranks[i * reps .. i * reps + reps)}. */
    private final int[] ranks;
    private final int[] used;
    private final double[][] weights;
    private final AtomicInteger done = new AtomicInteger();
    private final double[] mean;
    private final double[][] pct;
    private final double[] top;

    Replications(double[][] columns, double[][] logs, Config config, ProgressListener listener) {
      this.columns = columns;
      this.logs = logs;
      this.config = config;
      this.listener = listener;
      this.n = columns[0].length;
      this.m = columns.length;
      this.reps = config.replications();
      this.ranks = new int[n * reps];
      this.used = new int[reps];
      this.weights = new double[reps][];
      this.mean = new double[n];
      this.pct = new double[config.percentiles().length][n];
      this.top = new double[n];
    }

    int chunks() {
      return (reps + CHUNK - 1) / CHUNK;
    }

    int areaTasks() {
      return (n + AREAS_PER_TASK - 1) / AREAS_PER_TASK;
    }

    /** Draws, scores and ranks the replications of chunk {@code c}; writes only their own results. */
    void chunk(int c) {
      int first = c * CHUNK;
      int width = Math.min(reps, first + CHUNK) - first;
      double[][] w = new double[width][];
      int[] chosen = new int[width];
      for (int b = 0; b < width; b++) {
        SplittableRandom random = new SplittableRandom(io.potentia.scoring.spi.Seeds.derive(config.seed(), first + b));
        w[b] = new double[m];
        for (int j = 0; j < m; j++) {
          w[b][j] = random.nextDouble();
        }
        weights(config, w[b]);
        chosen[b] = choose(config.probabilities(), random.nextDouble());
      }
      // replications that share an aggregator are scored together, so that each tile of the matrix
      // is read once for all of them
      Scratch pooled = scratch.poll();
      Scratch work = pooled != null ? pooled : new Scratch(n);
      double[][] s = work.scores;
      for (int b = 0; b < width; b++) {
        Arrays.fill(s[b], 0);
      }
      int[] group = work.group;
      for (int a = 0; a < config.aggregations().size(); a++) {
        int count = 0;
        for (int b = 0; b < width; b++) {
          if (chosen[b] == a) {
            group[count++] = b;
          }
        }
        // the geometric mean ranks as its logarithm: exp is increasing, so it is not taken
        scoreBlock(config.aggregations().get(a) == Aggregation.GEOMETRIC ? logs : columns, w, s, group, count);
      }
      DescendingRanks ranker = work.ranker;
      int[] r = work.ranks;
      // the chunk's ranks, area-major, copied out a run per area rather than one int at a time
      int[] block = work.block;
      for (int b = 0; b < width; b++) {
        ranker.rank(s[b], r);
        scatter(r, block, b, width);
        used[first + b] = chosen[b];
        weights[first + b] = w[b];
        int d = done.incrementAndGet();
        if (listener != null) {
          listener.progress(d, reps);
        }
      }
      for (int i = 0; i < n; i++) {
        System.arraycopy(block, i * width, ranks, i * reps + first, width);
      }
      scratch.offer(work);
    }

    /**
     * Working arrays, reused from chunk to chunk rather than collected: a chunk takes a set (or
     * makes one) and gives it back, so there are as many as chunks ever ran at once.
     */
    private final java.util.concurrent.ConcurrentLinkedQueue<Scratch> scratch = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private static final class Scratch {
      final double[][] scores;
      final int[] group = new int[CHUNK];
      final DescendingRanks ranker;
      final int[] ranks;
      final int[] block;

      Scratch(int n) {
        scores = new double[CHUNK][n];
        ranker = new DescendingRanks(n);
        ranks = new int[n];
        block = new int[n * CHUNK];
      }
    }

    /** The statistics of the areas of task {@code t}. */
    void statistics(int t) {
      int[] counts = new int[n + 1];
      int[] positions = positions(config);
      int[] found = new int[positions.length];
      for (int i = t * AREAS_PER_TASK; i < Math.min(n, (t + 1) * AREAS_PER_TASK); i++) {
        areaStatistics(ranks, i * reps, reps, config, counts, positions, found, i, mean, pct, top);
      }
    }

    private static void scatter(int[] r, int[] block, int b, int width) {
      for (int i = 0; i < r.length; i++) {
        block[i * width + b] = r[i];
      }
    }
  }


  /**
   * One area's mean rank, percentile ranks and share in the top k, from its {@code reps} ranks at
   * {@code ranks[from..]}. Ranks are whole numbers from 1 to n, so a counting sort finds the order
   * statistics: one pass over the ranks to count them, one pass over the counts that picks up
   * every order statistic wanted ({@code positions}, ascending) on the way: O(R + n), with {@code
   * counts} zero on entry and left zero.
   */
  private static void areaStatistics(int[] ranks, int from, int reps, Config config, int[] counts, int[] positions,
      int[] found, int i, double[] mean, double[][] pct, double[] top) {
    long sum = 0;
    int inTop = 0;
    int maxRank = 0;
    int topK = config.topK();
    for (int rep = from; rep < from + reps; rep++) {
      int v = ranks[rep];
      counts[v]++;
      sum += v;
      inTop += v <= topK ? 1 : 0;
      if (v > maxRank) {
        maxRank = v;
      }
    }
    mean[i] = (double) sum / reps;
    top[i] = (double) inTop / reps;
    int seen = 0;
    int next = 0;
    // the last position is below reps, so every one is found by v = maxRank; a second exit test
    // would be a branch whose direction depends on the data, which the compiler would guess wrong
    for (int v = 0; next < positions.length; v++) {
      seen += counts[v];
      while (next < positions.length && positions[next] < seen) {
        found[next++] = v;
      }
    }
    java.util.Arrays.fill(counts, 0, maxRank + 1, 0);
    double[] percentiles = config.percentiles();
    for (int p = 0; p < percentiles.length; p++) {
      // numpy's default percentile: linear interpolation between the order statistics around h
      double h = (reps - 1) * percentiles[p] / 100;
      int lo = (int) Math.floor(h);
      int below = found[java.util.Arrays.binarySearch(positions, lo)];
      int above = lo + 1 < reps ? found[java.util.Arrays.binarySearch(positions, lo + 1)] : below;
      pct[p][i] = below + (h - lo) * (above - below);
    }
  }

  /** The order-statistic positions (from 0) that the percentiles need, ascending, without repeats. */
  private static int[] positions(Config config) {
    int reps = config.replications();
    java.util.TreeSet<Integer> wanted = new java.util.TreeSet<>();
    for (double p : config.percentiles()) {
      int lo = (int) Math.floor((reps - 1) * p / 100);
      wanted.add(lo);
      if (lo + 1 < reps) {
        wanted.add(lo + 1);
      }
    }
    return wanted.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Checks that the columns are a full matrix of finite values, positive where the geometric mean
   * can be drawn, and returns their logarithms in that case (null otherwise).
   *
   * @param columns the columns, one array per indicator
   * @param geometric whether the geometric mean can be drawn
   * @return the logarithms, or null when the geometric mean cannot be drawn
   */
  public static double[][] checkedLogs(double[][] columns, boolean geometric) {
    int m = columns.length;
    if (m == 0) {
      throw InvalidInputException.at("columns", "no indicators to aggregate");
    }
    int n = columns[0].length;
    double[][] logs = geometric ? new double[m][] : null;
    for (int j = 0; j < m; j++) {
      if (columns[j].length != n) {
        throw InvalidInputException.at("columns[" + j + "]", "indicator " + j + " has " + columns[j].length
            + " values, indicator 0 has " + n);
      }
      for (int i = 0; i < n; i++) {
        double v = columns[j][i];
        if (!Double.isFinite(v) || (geometric && !(v > 0))) {
          throw InvalidInputException.at("columns[" + j + "][" + i + "]", "value " + v + " of indicator " + j + ", area " + i
              + (geometric ? " must be positive and finite: the geometric mean can be drawn" : " must be finite"));
        }
      }
      if (geometric) {
        logs[j] = new double[n];
        for (int i = 0; i < n; i++) {
          logs[j][i] = Math.log(columns[j][i]);
        }
      }
    }
    return logs;
  }

  /**
   * Checks the bounds of a uniform draw of weights or weight factors: {@code 0 < low <= high},
   * finite.
   *
   * @param what what is drawn, for the message
   * @param low the lower bound
   * @param high the upper bound
   * @throws InvalidInputException naming what is drawn and the bounds otherwise
   */
  public static void checkRange(String what, double low, double high) {
    if (!(low > 0) || !(high >= low) || !Double.isFinite(high)) {
      throw InvalidInputException.at("weights", what + " are drawn from Uniform(" + low + ", " + high
          + "); it needs 0 < low <= high, finite");
    }
  }

  /**
   * Turns unit draws into weights in place: {@code u_j -> low + (high - low) u_j}, then scaled to
   * sum 1.
   *
   * @param config the weights' bounds
   * @param u unit draws, replaced by the weights
   */
  public static void weights(Config config, double[] u) {
    double total = 0;
    for (int j = 0; j < u.length; j++) {
      u[j] = config.weightLow() + (config.weightHigh() - config.weightLow()) * u[j];
      total += u[j];
    }
    for (int j = 0; j < u.length; j++) {
      u[j] /= total;
    }
  }

  /**
   * s = sum_j w_j x_j, column by column, which the JIT compiler vectorises.
   *
   * @param x the columns
   * @param w the weights
   * @param s receives the scores
   */
  public static void score(double[][] x, double[] w, double[] s) {
    Arrays.fill(s, 0);
    for (int j = 0; j < x.length; j++) {
      double wj = w[j];
      double[] col = x[j];
      for (int i = 0; i < s.length; i++) {
        s[i] += wj * col[i];
      }
    }
  }

  /** Replications scored together, so that each tile of the matrix is read once for all of them. */
  private static final int CHUNK = 32;

  /**
   * {@code s[b] = sum_j w[b]_j x_j} for the replications {@code b} in {@code group[0..count)}: the
   * areas in tiles small enough that a tile of every column stays in the core's cache while all the
   * replications pass over it, and four columns per pass over a replication's scores, which halves
   * the loads and stores of the scores. The order of summation differs from {@link #score} only by
   * rounding.
   */
  static void scoreBlock(double[][] x, double[][] w, double[][] s, int[] group, int count) {
    if (count == 0) {
      return;
    }
    int m = x.length;
    int n = x[0].length;
    int tile = Math.max(64, Math.min(1024, (TILE_BYTES / 8 / m) & ~7));
    for (int lo = 0; lo < n; lo += tile) {
      int hi = Math.min(n, lo + tile);
      for (int g = 0; g < count; g++) {
        double[] wb = w[group[g]];
        double[] sb = s[group[g]];
        int j = 0;
        for (; j + 3 < m; j += 4) {
          axpy4(sb, lo, hi, wb[j], x[j], wb[j + 1], x[j + 1], wb[j + 2], x[j + 2], wb[j + 3], x[j + 3]);
        }
        for (; j < m; j++) {
          double wj = wb[j];
          double[] col = x[j];
          for (int i = lo; i < hi; i++) {
            sb[i] += wj * col[i];
          }
        }
      }
    }
  }

  /** The bytes of a tile of all the columns: well inside a core's second-level cache. */
  private static final int TILE_BYTES = 160 * 1024;

  private static void axpy4(double[] s, int lo, int hi, double w0, double[] c0, double w1, double[] c1, double w2, double[] c2,
      double w3, double[] c3) {
    for (int i = lo; i < hi; i++) {
      s[i] += w0 * c0[i] + w1 * c1[i] + w2 * c2[i] + w3 * c3[i];
    }
  }

  /**
   * The aggregator a unit draw picks, by cumulative probabilities.
   *
   * @param probabilities the probability of each aggregator
   * @param u a draw in [0, 1)
   * @return the index picked
   */
  public static int choose(double[] probabilities, double u) {
    double cumulative = 0;
    for (int a = 0; a < probabilities.length; a++) {
      cumulative += probabilities[a];
      if (u < cumulative) {
        return a;
      }
    }
    return probabilities.length - 1;
  }
}
