package io.potentia.scoring.analysis.sensitivity;

import io.potentia.scoring.analysis.ProgressListener;

import io.potentia.scoring.internal.CancellableLoop;

import io.potentia.core.InvalidInputException;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.hipparchus.random.SobolSequenceGenerator;

/**
 * Variance-based sensitivity: Sobol first-order and total-order indices of a model's outputs with
 * respect to its input factors, estimated from a quasi-random Sobol sequence with Saltelli's
 * sampling scheme, with bootstrap confidence intervals.
 *
 * <p>Source: A. Saltelli, P. Annoni, I. Azzini, F. Campolongo, M. Ratto, S. Tarantola, "Variance
 * based sensitivity analysis of model output. Design and estimator for the total sensitivity
 * index", Computer Physics Communications 181 (2010) 259–270, and M. J. W. Jansen, "Analysis of
 * variance designs for model output", Computer Physics Communications 117 (1999) 35–43.
 *
 * <p>Factors are the coordinates of a point {@code u} in the unit hypercube {@code [0, 1)^k};
 * the model maps them to its own inputs (a weight's range, a choice among normalisers, an
 * indicator's interval). Sampling: the first {@code N} points of the {@code 2k}-dimensional Sobol
 * sequence after its origin (from Hipparchus, Joe and Kuo's direction numbers) give the matrices
 * {@code A} (first {@code k} coordinates) and {@code B} (last {@code k}); {@code A_B^i} is
 * {@code A} with column {@code i} taken from {@code B}. The model runs {@code N (k + 2)} times.
 * With {@code V} the variance of {@code f(A)} and {@code f(B)} pooled:
 *
 * <ul>
 *   <li>total order (Jansen, the estimator Saltelli et al. 2010 recommend):
 *       {@code ST_i = (1/2N) sum_j (f(A)_j - f(A_B^i)_j)^2 / V};
 *   <li>first order, {@link Estimator#SALTELLI_2010}:
 *       {@code S_i = (1/N) sum_j f(B)_j (f(A_B^i)_j - f(A)_j) / V};
 *   <li>first order, {@link Estimator#JANSEN_1999}:
 *       {@code S_i = (V - (1/2N) sum_j (f(B)_j - f(A_B^i)_j)^2) / V}.
 * </ul>
 *
 * Estimates are not clamped: with few samples a first-order index of an unimportant factor can
 * come out slightly negative, which is itself a sign that {@code N} is too small. Confidence
 * intervals: {@code B} bootstrap resamples of the {@code N} rows (with replacement, the same rows
 * for every factor and output), the interval's ends are the percentiles of the resampled
 * estimates (linear interpolation). An output that takes one value over all runs has no variance
 * to share out: it is flagged {@link OutputIndices#constant()} and its indices are all zero.
 *
 * <p>Deterministic for a given configuration whatever the number of threads or machines: the Sobol
 * points are fixed, bootstrap resample {@code b} draws from its own generator seeded from the seed
 * and {@code b}, and every estimator is computed from sums over the base rows ({@link SobolSums})
 * that are kept exact and rounded once, so that rows summed in any order or split over any number
 * of executors ({@link #sums}, {@link #fromSums}) give the same indices to the last bit. V is
 * likewise {@code (2N sum y^2 - (sum y)^2) / (2N)^2} over f(A) and f(B), computed exactly. The
 * model is called from several threads at once and must be safe for that. Progress goes to a {@link ProgressListener} in model runs, and a
 * raised cancellation flag stops the analysis with a {@link CancellationException}.
 */
public final class SobolIndices {
  /** The largest number of factors: twice it is the Sobol generator's largest dimension. */
  public static final int MAX_FACTORS = 10_600;

  /** The first-order estimator. The total-order estimator is Jansen's in both cases. */
  public enum Estimator {
    /** Saltelli et al. (2010), Table 2, (b). */
    SALTELLI_2010,
    /** Jansen (1999), as in Saltelli et al. (2010), Table 2, (f). */
    JANSEN_1999
  }

  /** A model of {@code k} factors in {@code [0, 1)} with a fixed number of outputs. */
  @FunctionalInterface
  public interface Model {
    /**
     * Runs the model once. Called from several threads at once.
     *
     * @param point the factors, each in [0, 1); do not keep or change the array
     * @return the outputs, as many as the analysis states, all finite
     */
    double[] evaluate(double[] point);
  }

  /**
   * The set-up of an analysis.
   *
   * @param factors the number of factors k, from 1 to {@link #MAX_FACTORS}
   * @param baseSamples the number of rows N of each sample matrix, at least 2; a power of two
   *     keeps the Sobol points balanced
   * @param estimator the first-order estimator
   * @param bootstrapResamples the number of bootstrap resamples, at least 0; with 0 every
   *     interval is the estimate alone
   * @param confidenceLevel the intervals' coverage, in (0, 1), such as 0.95
   * @param seed the seed of the bootstrap resampling
   */
  public record Config(int factors, int baseSamples, Estimator estimator, int bootstrapResamples,
      double confidenceLevel, long seed) {

    /**
     * Validates the set-up.
     *
     * @param factors the number of factors k, from 1 to {@link #MAX_FACTORS}
     * @param baseSamples the number of rows N of each sample matrix, at least 2
     * @param estimator the first-order estimator
     * @param bootstrapResamples the number of bootstrap resamples, at least 0
     * @param confidenceLevel the intervals' coverage, in (0, 1)
     * @param seed the seed of the bootstrap resampling
     */
    public Config {
      if (factors < 1 || factors > MAX_FACTORS) {
        throw InvalidInputException.at("factors", "factors is " + factors + "; it must be from 1 to " + MAX_FACTORS);
      }
      if (baseSamples < 2) {
        throw InvalidInputException.at("baseSamples", "baseSamples is " + baseSamples + "; it must be at least 2");
      }
      if ((long) baseSamples * (factors + 2) > Integer.MAX_VALUE) {
        throw InvalidInputException.at("baseSamples", baseSamples + " base samples of " + factors
            + " factors need more than " + Integer.MAX_VALUE + " model runs");
      }
      if (estimator == null) {
        throw InvalidInputException.at("estimator", "no first-order estimator given");
      }
      if (bootstrapResamples < 0) {
        throw InvalidInputException.at("bootstrapResamples", "bootstrapResamples is " + bootstrapResamples
            + "; it must be at least 0");
      }
      if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
        throw InvalidInputException.at("confidenceLevel", "confidenceLevel is " + confidenceLevel
            + "; it must be strictly between 0 and 1");
      }
    }
  }

  /**
   * An index with its bootstrap confidence interval.
   *
   * @param estimate the estimate from all N rows
   * @param lower the interval's lower end
   * @param upper the interval's upper end
   */
  public record Interval(double estimate, double lower, double upper) {}

  /**
   * The indices of one output.
   *
   * @param firstOrder per factor, the first-order index
   * @param totalOrder per factor, the total-order index
   * @param variance the pooled variance V of the output over A and B
   * @param constant true when the output never varied, so that every index is zero
   */
  public record OutputIndices(Interval[] firstOrder, Interval[] totalOrder, double variance, boolean constant) {}

  /**
   * The outcome of an analysis.
   *
   * @param outputs per output, its indices
   * @param modelRuns how many times the model ran: N (k + 2)
   */
  public record Result(OutputIndices[] outputs, int modelRuns) {}

  private SobolIndices() {}

  /**
   * Estimates the indices of every output.
   *
   * @param model the model, safe to call from several threads
   * @param outputs the number of outputs the model returns, at least 1
   * @param config the set-up
   * @return per output, the first- and total-order indices with their intervals
   * @throws InvalidInputException when {@code outputs} is below 1, a run returns the wrong number
   *     of outputs or a value that is not finite (naming the run, its factors and the value), or an
   *     output is constant over A and B yet not over every run (too few base samples)
   */
  public static Result estimate(Model model, int outputs, Config config) {
    return estimate(model, outputs, config, null, null);
  }

  /**
   * Estimates the indices of every output, reporting progress and stopping when asked.
   *
   * @param model the model, safe to call from several threads
   * @param outputs the number of outputs the model returns, at least 1
   * @param config the set-up
   * @param listener receives the model runs done out of N (k + 2), or null; called from worker threads
   * @param cancelled raised to stop the analysis before its next model run, or null
   * @return per output, the first- and total-order indices with their intervals
   * @throws InvalidInputException as {@link #estimate(Model, int, Config)}
   * @throws CancellationException if cancelled, naming how many runs were done
   */
  public static Result estimate(Model model, int outputs, Config config, ProgressListener listener,
      BooleanSupplier cancelled) {
    if (outputs < 1) {
      throw InvalidInputException.at("outputs", "outputs is " + outputs + "; the model must have at least 1");
    }
    Design design = Design.of(config);
    int runs = design.runs();
    double[][] y = new double[outputs][runs];
    AtomicInteger done = new AtomicInteger();
    CancellableLoop.run(runs, cancelled, r -> {
      double[] out = run(model, design, r, outputs);
      for (int o = 0; o < outputs; o++) {
        y[o][r] = out[o];
      }
      int d = done.incrementAndGet();
      if (listener != null) {
        listener.progress(d, runs);
      }
    }, () -> "the sensitivity analysis was cancelled after " + done.get() + " of " + runs + " model runs");
    return fromOutputs(y, config);
  }

  /**
   * The indices from the model's outputs at every point of the {@link Design}, computed anywhere
   * (on other threads or machines, in any order): the second half of {@link #estimate(Model, int,
   * Config)}, which gives the same result from the same outputs.
   *
   * @param y per output, the value at each run, {@code y[o][r]} for run {@code r} of the design
   * @param config the set-up the design was made from
   * @return per output, the first- and total-order indices with their intervals
   * @throws InvalidInputException if there is no output, an output does not have one value per run
   *     or has one that is not finite (naming the output and run), or an output is constant over A
   *     and B yet not over every run
   */
  public static Result fromOutputs(double[][] y, Config config) {
    int k = config.factors();
    int n = config.baseSamples();
    int runs = n * (k + 2);
    int outputs = y.length;
    if (outputs < 1) {
      throw InvalidInputException.at("outputs", "no output given; the model must have at least 1");
    }
    for (int o = 0; o < outputs; o++) {
      if (y[o].length != runs) {
        throw InvalidInputException.at("outputs", "output " + o + " has " + y[o].length + " values; the design has "
            + runs + " runs");
      }
      for (int r = 0; r < runs; r++) {
        if (!Double.isFinite(y[o][r])) {
          throw InvalidInputException.at("outputs", "output " + o + " of run " + r + " is " + y[o][r]
              + "; outputs must be finite");
        }
      }
    }
    // the rows in chunks summed side by side: the sums are exact, so the chunks do not change them
    int chunks = Math.min(n, 4 * Runtime.getRuntime().availableProcessors());
    SobolSums sums = IntStream.range(0, chunks).parallel().mapToObj(c -> {
      int from = (int) ((long) n * c / chunks);
      int to = (int) ((long) n * (c + 1) / chunks);
      double[][][] rows = new double[to - from][outputs][k + 2];
      for (int j = from; j < to; j++) {
        for (int o = 0; o < outputs; o++) {
          for (int m = 0; m < k + 2; m++) {
            rows[j - from][o][m] = y[o][m * n + j];
          }
        }
      }
      return SobolSums.of(config, outputs).addRows(from, rows);
    }).reduce(SobolSums::merge).orElseThrow();
    return fromSums(sums, config);
  }

  /**
   * The sums of the model's outputs over the base rows {@code [from, to)} of the {@link Design}
   * (every run of those rows: {@code k + 2} per row), evaluated one after another on the calling
   * thread: one task's share of an analysis whose rows are split over a cluster, where the
   * parallelism is the cluster's tasks, one core each. Merged ({@link
   * SobolSums#merge}) over all rows, they give through {@link #fromSums} the result of {@link
   * #estimate(Model, int, Config)}, bit for bit, however the rows were split.
   *
   * @param model the model
   * @param outputs the number of outputs the model returns, at least 1
   * @param config the set-up
   * @param design the set-up's design (made once, for every block)
   * @param from the first base row
   * @param to the base row after the last
   * @return the sums of those rows
   * @throws InvalidInputException as {@link #estimate(Model, int, Config)}, or if the rows are not
   *     within {@code [0, N)}
   */
  public static SobolSums sums(Model model, int outputs, Config config, Design design, int from, int to) {
    int n = config.baseSamples();
    int k = config.factors();
    if (from < 0 || to > n || from > to) {
      throw InvalidInputException.at("rows", "base rows " + from + " to " + to + " are not within 0 to " + n);
    }
    double[][][] rows = new double[to - from][outputs][k + 2];
    for (int j = from; j < to; j++) {
      for (int m = 0; m < k + 2; m++) {
        double[] out = run(model, design, m * n + j, outputs);
        for (int o = 0; o < outputs; o++) {
          rows[j - from][o][m] = out[o];
        }
      }
    }
    return SobolSums.of(config, outputs).addRows(from, rows);
  }

  /** Run {@code r} of the design, refused unless it gives {@code outputs} finite values (naming the run and its factors). */
  private static double[] run(Model model, Design design, int r, int outputs) {
    double[] point = design.point(r);
    double[] out = model.evaluate(point);
    if (out == null || out.length != outputs) {
      throw InvalidInputException.at("model", "model run " + r + " at factors " + Arrays.toString(point) + " returned "
          + (out == null ? "nothing" : out.length + " outputs") + "; the analysis states " + outputs);
    }
    for (int o = 0; o < outputs; o++) {
      if (!Double.isFinite(out[o])) {
        throw InvalidInputException.at("model", "model run " + r + " at factors " + Arrays.toString(point)
            + " returned output " + o + " = " + out[o] + "; outputs must be finite");
      }
    }
    return out;
  }

  /**
   * The indices from the sums of every base row of the design ({@link SobolSums}), however they
   * were computed and merged.
   *
   * @param sums the sums over all N base rows
   * @param config the set-up the sums were made with
   * @return per output, the first- and total-order indices with their intervals
   * @throws InvalidInputException if the sums are of another set-up or lack rows (naming how many
   *     they hold), or an output is constant over A and B yet not over every run
   */
  public static Result fromSums(SobolSums sums, Config config) {
    if (!sums.matches(config)) {
      throw InvalidInputException.at("sums", "the sums were made with another Sobol set-up than " + config);
    }
    int n = config.baseSamples();
    if (sums.rows() != n) {
      throw InvalidInputException.at("sums", "the sums hold " + sums.rows() + " of the design's " + n
          + " base rows; every row is needed");
    }
    double tail = (1 - config.confidenceLevel()) / 2;
    OutputIndices[] result = new OutputIndices[sums.outputs()];
    IntStream.range(0, result.length).parallel().forEach(o -> result[o] = indices(o, sums, config, tail));
    return new Result(result, n * (config.factors() + 2));
  }

  /**
   * The points at which the model runs: the first {@code N} points of the {@code 2k}-dimensional
   * Sobol sequence after its origin give {@code A} and {@code B}; run {@code r} of block {@code
   * r / N} is row {@code j = r mod N} of {@code A} (block 0), of {@code B} (block 1), or of {@code
   * A_B^i} (block {@code 2 + i}). The same points on every machine.
   */
  public static final class Design {
    private final int n;
    private final double[][] a;
    private final double[][] b;

    private Design(int n, double[][] a, double[][] b) {
      this.n = n;
      this.a = a;
      this.b = b;
    }

    /**
     * The design of a set-up.
     *
     * @param config the set-up
     * @return its points
     */
    public static Design of(Config config) {
      int k = config.factors();
      int n = config.baseSamples();
      double[][] a = new double[n][];
      double[][] b = new double[n][];
      SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
      sobol.nextVector(); // the origin, which would sit on the edge of every factor's range
      for (int j = 0; j < n; j++) {
        double[] v = sobol.nextVector();
        a[j] = Arrays.copyOfRange(v, 0, k);
        b[j] = Arrays.copyOfRange(v, k, 2 * k);
      }
      return new Design(n, a, b);
    }

    /**
     * The number of runs, {@code N (k + 2)}.
     *
     * @return the runs
     */
    public int runs() {
      return n * (a[0].length + 2);
    }

    /**
     * The point of run {@code r}, a fresh array (the model cannot disturb the design through it).
     *
     * @param r the run, from 0 to {@link #runs()} - 1
     * @return its factors
     */
    public double[] point(int r) {
      java.util.Objects.checkIndex(r, runs());
      int block = r / n;
      int j = r % n;
      double[] point = (block == 1 ? b[j] : a[j]).clone();
      if (block >= 2) {
        point[block - 2] = b[j][block - 2];
      }
      return point;
    }
  }

  private static OutputIndices indices(int output, SobolSums sums, Config config, double tail) {
    int k = config.factors();
    int n = config.baseSamples();
    int resamples = config.bootstrapResamples();
    Estimator estimator = config.estimator();
    double variance = sums.variance(output, 0);
    if (sums.constant(output)) {
      Interval zero = new Interval(0, 0, 0);
      Interval[] zeros = new Interval[k];
      Arrays.fill(zeros, zero);
      return new OutputIndices(zeros, zeros.clone(), 0, true);
    }
    if (variance == 0) {
      throw InvalidInputException.at("baseSamples", "output " + output + " took one value over the " + n
          + " rows of A and B but varied when factors were swapped; more base samples are needed to estimate its variance");
    }
    Interval[] first = new Interval[k];
    Interval[] total = new Interval[k];
    double[] bootFirst = new double[resamples];
    double[] bootTotal = new double[resamples];
    double[] bootVariance = new double[resamples];
    for (int s = 0; s < resamples; s++) {
      bootVariance[s] = sums.variance(output, 1 + s);
    }
    for (int i = 0; i < k; i++) {
      for (int s = 0; s < resamples; s++) {
        // a resample can draw one row n times and so have no variance; it says nothing of the index
        bootFirst[s] = bootVariance[s] > 0
            ? firstOrder(sums.firstOrderNumerator(output, 1 + s, i), bootVariance[s], estimator) : Double.NaN;
        bootTotal[s] = bootVariance[s] > 0 ? sums.totalOrderNumerator(output, 1 + s, i) / bootVariance[s] : Double.NaN;
      }
      first[i] = interval(firstOrder(sums.firstOrderNumerator(output, 0, i), variance, estimator), bootFirst, tail);
      total[i] = interval(sums.totalOrderNumerator(output, 0, i) / variance, bootTotal, tail);
    }
    return new OutputIndices(first, total, variance, false);
  }

  private static double firstOrder(double sum, double variance, Estimator estimator) {
    return estimator == Estimator.SALTELLI_2010 ? sum / variance : (variance - sum) / variance;
  }

  /** The estimate with the percentile interval of the resamples that had variance. */
  private static Interval interval(double estimate, double[] boot, double tail) {
    double[] kept = Arrays.stream(boot).filter(Double::isFinite).sorted().toArray();
    if (kept.length == 0) {
      return new Interval(estimate, estimate, estimate);
    }
    return new Interval(estimate, percentile(kept, tail), percentile(kept, 1 - tail));
  }

  private static double percentile(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
