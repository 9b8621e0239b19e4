package io.potentia.scoring.analysis;

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

  /** Receives progress: replications done out of the total. Called from worker threads. */
  @FunctionalInterface
  public interface ProgressListener {
    /**
     * Reports progress.
     *
     * @param done replications finished
     * @param total replications in all
     */
    void progress(int done, int total);
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
      if (!(weightLow > 0) || !(weightHigh >= weightLow) || !Double.isFinite(weightHigh)) {
        throw InvalidInputException.at("weights", "weights are drawn from Uniform(" + weightLow + ", " + weightHigh
            + "); it needs 0 < low <= high, finite");
      }
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

    int reps = config.replications();
    int[] ranks = new int[n * reps]; // area-major: area i's ranks are ranks[i * reps .. i * reps + reps)
    int[] used = new int[reps];
    double[][] weights = new double[reps][];
    AtomicInteger done = new AtomicInteger();
    int chunk = 16;
    int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(n - 1));
    IntStream.range(0, (reps + chunk - 1) / chunk).parallel().forEach(c -> {
      double[] s = new double[n];
      long[] keys = new long[n];
      long[] scratch = new long[n];
      int[] r = new int[n];
      int first = c * chunk;
      int last = Math.min(reps, (c + 1) * chunk);
      // the chunk's ranks, area-major, copied out a cache line per area rather than one int at a time
      int[] block = new int[n * (last - first)];
      for (int rep = first; rep < last; rep++) {
        if (cancelled != null && cancelled.getAsBoolean()) {
          throw new CancellationException("the uncertainty analysis was cancelled after " + done.get() + " replications");
        }
        SplittableRandom random = new SplittableRandom(io.potentia.scoring.spi.Seeds.derive(config.seed(), rep));
        double[] w = new double[m];
        for (int j = 0; j < m; j++) {
          w[j] = random.nextDouble();
        }
        weights(config, w);
        int a = choose(config.probabilities(), random.nextDouble());
        // the geometric mean ranks as its logarithm: exp is increasing, so it is not taken
        score(config.aggregations().get(a) == Aggregation.GEOMETRIC ? logs : columns, w, s);
        rankPacked(s, r, keys, scratch, indexBits);
        int width = last - first;
        for (int i = 0; i < n; i++) {
          block[i * width + rep - first] = r[i];
        }
        used[rep] = a;
        weights[rep] = w;
        int d = done.incrementAndGet();
        if (listener != null) {
          listener.progress(d, reps);
        }
      }
      int width = last - first;
      for (int i = 0; i < n; i++) {
        System.arraycopy(block, i * width, ranks, i * reps + first, width);
      }
    });

    double[] mean = new double[n];
    double[][] pct = new double[config.percentiles().length][n];
    double[] top = new double[n];
    IntStream.range(0, n).parallel().forEach(i -> {
      // ranks are whole numbers from 1 to n: a counting sort finds the order statistics in O(R + n)
      int[] counts = new int[n + 2];
      long sum = 0;
      int inTop = 0;
      for (int rep = 0; rep < reps; rep++) {
        int v = ranks[i * reps + rep];
        counts[v]++;
        sum += v;
        inTop += v <= config.topK() ? 1 : 0;
      }
      mean[i] = (double) sum / reps;
      top[i] = (double) inTop / reps;
      for (int p = 0; p < config.percentiles().length; p++) {
        double h = (reps - 1) * config.percentiles()[p] / 100;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, reps - 1);
        double a = orderStatistic(counts, lo);
        double b = orderStatistic(counts, hi);
        pct[p][i] = a + (h - lo) * (b - a);
      }
    });
    return new Result(nominal, nominalRanks, mean, pct, top, used, weights);
  }

  /**
   * Checks that the columns are a full matrix of finite values, positive where the geometric mean
   * can be drawn, and returns their logarithms in that case (null otherwise).
   */
  static double[][] checkedLogs(double[][] columns, boolean geometric) {
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
   * Turns unit draws into weights in place: {@code u_j -> low + (high - low) u_j}, then scaled to
   * sum 1.
   */
  static void weights(Config config, double[] u) {
    double total = 0;
    for (int j = 0; j < u.length; j++) {
      u[j] = config.weightLow() + (config.weightHigh() - config.weightLow()) * u[j];
      total += u[j];
    }
    for (int j = 0; j < u.length; j++) {
      u[j] /= total;
    }
  }

  /** The k-th smallest (from 0) of the values counted in {@code counts}. */
  private static int orderStatistic(int[] counts, int k) {
    int seen = 0;
    for (int v = 0; v < counts.length; v++) {
      seen += counts[v];
      if (seen > k) {
        return v;
      }
    }
    throw new IllegalStateException("order statistic " + k + " beyond the counts");
  }

  /**
   * Ranks for one replication with a single sort of packed keys: each score's order-preserving
   * bits, shifted to make room for the area's index in the low bits, so that sorting the longs sorts
   * the areas. Scores that differ only in the dropped low bits (a relative difference below about
   * 2^-(52 - index bits), about 1e-11 for 10,000 areas) count as ties, broken by position as a
   * stable argsort breaks them.
   */
  static void rankPacked(double[] s, int[] out, long[] keys, long[] scratch, int indexBits) {
    int n = s.length;
    long mask = (1L << indexBits) - 1;
    for (int i = 0; i < n; i++) {
      long bits = Double.doubleToRawLongBits(-s[i]);
      // flip the order of negative values so that the keys, read as unsigned, sort as the doubles do
      long sortable = (bits ^ ((bits >> 63) & 0x7fffffffffffffffL)) ^ Long.MIN_VALUE;
      keys[i] = (sortable & ~mask) | i;
    }
    long[] sorted = radixSort(keys, scratch, indexBits);
    for (int k = 0; k < n; k++) {
      out[(int) (sorted[k] & mask)] = k + 1;
    }
  }

  private static final int DIGIT = 11;

  /**
   * Sorts keys as unsigned longs on the bits above {@code fromBit}, least significant digit first,
   * 11 bits at a time, skipping digits that every key shares (the exponent of scores in a narrow
   * range): a few linear passes instead of a comparison sort.
   *
   * @return the array that holds the sorted keys ({@code keys} or {@code scratch})
   */
  static long[] radixSort(long[] keys, long[] scratch, int fromBit) {
    int n = keys.length;
    long[] src = keys;
    long[] dst = scratch;
    int[] counts = new int[1 << DIGIT];
    for (int shift = fromBit; shift < 64; shift += DIGIT) {
      java.util.Arrays.fill(counts, 0);
      int digitMask = (1 << Math.min(DIGIT, 64 - shift)) - 1;
      for (int i = 0; i < n; i++) {
        counts[(int) (src[i] >>> shift) & digitMask]++;
      }
      if (counts[(int) (src[0] >>> shift) & digitMask] == n) {
        continue; // every key has this digit: the pass would not move anything
      }
      int sum = 0;
      for (int d = 0; d <= digitMask; d++) {
        int c = counts[d];
        counts[d] = sum;
        sum += c;
      }
      for (int i = 0; i < n; i++) {
        dst[counts[(int) (src[i] >>> shift) & digitMask]++] = src[i];
      }
      long[] t = src;
      src = dst;
      dst = t;
    }
    return src;
  }

  /** s = sum_j w_j x_j, column by column, which the JIT compiler vectorises. */
  static void score(double[][] x, double[] w, double[] s) {
    Arrays.fill(s, 0);
    for (int j = 0; j < x.length; j++) {
      double wj = w[j];
      double[] col = x[j];
      for (int i = 0; i < s.length; i++) {
        s[i] += wj * col[i];
      }
    }
  }

  static int choose(double[] probabilities, double u) {
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
