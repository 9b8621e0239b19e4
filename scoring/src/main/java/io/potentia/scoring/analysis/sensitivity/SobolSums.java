package io.potentia.scoring.analysis.sensitivity;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.spi.Seeds;
import java.io.Serializable;
import java.math.BigInteger;
import java.util.BitSet;
import java.util.SplittableRandom;

/**
 * The sums the Sobol estimators of {@link SobolIndices} need, over some of the design's base rows,
 * mergeable: the sums of rows added here and elsewhere ({@link #merge}) are the sums of all of
 * them, kept exact ({@link ExactSum}), so that the indices do not depend on how the rows were
 * split or in which order the parts were merged, to the last bit. Their size does not grow with
 * the number of base rows N: per output, {@code (B + 1) (2k + 2)} sums (for all rows and for
 * each of the {@code B} bootstrap resamples: of f(A) and f(B), of their squares, and per factor of
 * the first- and total-order terms) and the smallest and largest output of every run.
 *
 * <p>A base row {@code j} is the {@code k + 2} runs {@code j} of {@code A}, {@code B} and each
 * {@code A_B^i} (runs {@code j}, {@code N + j}, {@code (2 + i) N + j} of the {@link
 * SobolIndices.Design}). Bootstrap resample {@code b} draws {@code N} rows with replacement from
 * its own generator (seeded from the set-up's seed and {@code b}); a row drawn {@code c} times
 * counts {@code c} times in that resample's sums. This is how a cluster's executors return their
 * share of an analysis ({@code potentia-spark}), and how the local engine computes its own.
 */
public final class SobolSums implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The set-up's k. */
  private final int factors;
  /** The set-up's N. */
  private final int baseSamples;
  /** The set-up's B. */
  private final int resamples;
  /** The seed of the bootstrap resamples. */
  private final long seed;
  /** Whether the first-order estimator is Saltelli's (else Jansen's). */
  private final boolean saltelli;
  /** The model's number of outputs. */
  private final int outputs;
  /** sums[o][s][q]: s = 0 over all rows, s = 1 + b for resample b; q as in {@code terms}. */
  private final ExactSum[][][] sums;
  /** Per output, the smallest value of any run added. */
  private final double[] min;
  /** Per output, the largest value of any run added. */
  private final double[] max;
  /** The base rows added. */
  private final BitSet rows = new BitSet();

  private SobolSums(SobolIndices.Config config, int outputs) {
    this.factors = config.factors();
    this.baseSamples = config.baseSamples();
    this.resamples = config.bootstrapResamples();
    this.seed = config.seed();
    this.saltelli = config.estimator() == SobolIndices.Estimator.SALTELLI_2010;
    this.outputs = outputs;
    this.sums = new ExactSum[outputs][resamples + 1][2 * factors + 2];
    for (ExactSum[][] output : sums) {
      for (ExactSum[] sample : output) {
        for (int q = 0; q < sample.length; q++) {
          sample[q] = new ExactSum();
        }
      }
    }
    this.min = new double[outputs];
    this.max = new double[outputs];
    java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
    java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
  }

  /**
   * Empty sums for a set-up.
   *
   * @param config the set-up
   * @param outputs the number of outputs of the model, at least 1
   * @return sums over no rows
   * @throws InvalidInputException if {@code outputs} is below 1
   */
  public static SobolSums of(SobolIndices.Config config, int outputs) {
    if (outputs < 1) {
      throw InvalidInputException.at("outputs", "outputs is " + outputs + "; the model must have at least 1");
    }
    return new SobolSums(config, outputs);
  }

  /**
   * Adds consecutive base rows.
   *
   * @param from the first base row
   * @param y per row added ({@code y[r]} is base row {@code from + r}), per output, the {@code k +
   *     2} outputs of A, B, and each {@code A_B^i} in order: {@code y[r][o][m]}
   * @return these sums
   * @throws InvalidInputException if a row is outside {@code [0, N)} or already added, the arrays
   *     do not have the set-up's shape, or an output is not finite (naming the run and output)
   */
  public SobolSums addRows(int from, double[][][] y) {
    int to = from + y.length;
    if (from < 0 || to > baseSamples) {
      throw InvalidInputException.at("rows", "base rows " + from + " to " + (to - 1) + " are outside the design's 0 to "
          + (baseSamples - 1));
    }
    if (rows.get(from, to).cardinality() > 0) {
      throw InvalidInputException.at("rows", "base row " + (from + rows.get(from, to).nextSetBit(0)) + " was added before");
    }
    for (int r = 0; r < y.length; r++) {
      if (y[r].length != outputs) {
        throw InvalidInputException.at("outputs", "base row " + (from + r) + " has " + y[r].length
            + " outputs; the analysis states " + outputs);
      }
      for (int o = 0; o < outputs; o++) {
        if (y[r][o].length != factors + 2) {
          throw InvalidInputException.at("outputs", "base row " + (from + r) + " has " + y[r][o].length
              + " runs of output " + o + "; the design has " + (factors + 2) + " per row");
        }
        for (int m = 0; m < factors + 2; m++) {
          if (!Double.isFinite(y[r][o][m])) {
            throw InvalidInputException.at("outputs", "output " + o + " of run " + ((long) m * baseSamples + from + r)
                + " is " + y[r][o][m] + "; outputs must be finite");
          }
        }
      }
    }
    int[][] counts = bootstrapCounts(from, to);
    double[] terms = new double[2 * factors + 2];
    for (int r = 0; r < y.length; r++) {
      for (int o = 0; o < outputs; o++) {
        terms(y[r][o], terms);
        ExactSum[][] out = sums[o];
        addTerms(out[0], terms);
        for (int b = 0; b < resamples; b++) {
          for (int c = counts[b][r]; c > 0; c--) {
            addTerms(out[1 + b], terms);
          }
        }
        for (double v : y[r][o]) {
          min[o] = Math.min(min[o], v);
          max[o] = Math.max(max[o], v);
        }
      }
    }
    rows.set(from, to);
    return this;
  }

  /**
   * Adds the sums of other rows (computed elsewhere) to these.
   *
   * @param other sums of the same set-up over other rows, unchanged
   * @return these sums
   * @throws InvalidInputException if the set-ups differ or a row is in both
   */
  public SobolSums merge(SobolSums other) {
    if (other.factors != factors || other.baseSamples != baseSamples || other.resamples != resamples
        || other.seed != seed || other.saltelli != saltelli || other.outputs != outputs) {
      throw InvalidInputException.at("sums", "the sums to merge come from different Sobol set-ups");
    }
    if (rows.intersects(other.rows)) {
      BitSet both = (BitSet) rows.clone();
      both.and(other.rows);
      throw InvalidInputException.at("sums", "base row " + both.nextSetBit(0) + " is in both sums to merge");
    }
    for (int o = 0; o < outputs; o++) {
      for (int s = 0; s <= resamples; s++) {
        for (int q = 0; q < sums[o][s].length; q++) {
          sums[o][s][q].add(other.sums[o][s][q]);
        }
      }
      min[o] = Math.min(min[o], other.min[o]);
      max[o] = Math.max(max[o], other.max[o]);
    }
    rows.or(other.rows);
    return this;
  }

  /**
   * How many base rows the sums hold.
   *
   * @return the rows added
   */
  public int rows() {
    return rows.cardinality();
  }

  /** Whether these are sums of the set-up's design. */
  boolean matches(SobolIndices.Config config) {
    return config.factors() == factors && config.baseSamples() == baseSamples
        && config.bootstrapResamples() == resamples && config.seed() == seed
        && (config.estimator() == SobolIndices.Estimator.SALTELLI_2010) == saltelli;
  }

  int outputs() {
    return outputs;
  }

  /** Whether output o took one value over every run. */
  boolean constant(int o) {
    return min[o] == max[o];
  }

  /**
   * The pooled population variance of f(A) and f(B) over all rows ({@code sample} 0) or over
   * resample {@code sample - 1}: {@code (2m sum y^2 - (sum y)^2) / (2m)^2} with m = N rows,
   * computed exactly and rounded once.
   */
  double variance(int o, int sample) {
    ExactSum s1 = sums[o][sample][0];
    ExactSum s2 = sums[o][sample][1];
    long count = 2L * baseSamples;
    int e1 = s1.exponent();
    int e2 = s2.exponent();
    BigInteger a = s1.mantissa();
    BigInteger b = s2.mantissa().multiply(BigInteger.valueOf(count));
    int e = Math.min(e2, 2 * e1);
    BigInteger num = b.shiftLeft(e2 - e).subtract(a.multiply(a).shiftLeft(2 * e1 - e));
    return ExactSum.quotient(num, e, BigInteger.valueOf(count).multiply(BigInteger.valueOf(count)));
  }

  /**
   * The first-order numerator of factor i (Saltelli's mean of f(B)(f(A_B^i) - f(A)), or Jansen's
   * half mean square of f(B) - f(A_B^i)) over all rows or a resample.
   */
  double firstOrderNumerator(int o, int sample, int i) {
    return sums[o][sample][2 + i].ratio(saltelli ? baseSamples : 2L * baseSamples);
  }

  /** The total-order numerator of factor i: half the mean square of f(A) - f(A_B^i). */
  double totalOrderNumerator(int o, int sample, int i) {
    return sums[o][sample][2 + factors + i].ratio(2L * baseSamples);
  }

  /**
   * One row's terms: q = 0 f(A) + f(B) (added as two values), q = 1 their squares (each split
   * exactly in two by a fused multiply-add, so the sum of squares is exact), q = 2 + i and
   * q = 2 + k + i the first- and total-order terms of factor i.
   */
  private void terms(double[] y, double[] terms) {
    double fa = y[0];
    double fb = y[1];
    for (int i = 0; i < factors; i++) {
      double fab = y[2 + i];
      terms[2 + i] = saltelli ? fb * (fab - fa) : (fb - fab) * (fb - fab);
      terms[2 + factors + i] = (fa - fab) * (fa - fab);
    }
    terms[0] = fa;
    terms[1] = fb;
  }

  private void addTerms(ExactSum[] into, double[] terms) {
    double fa = terms[0];
    double fb = terms[1];
    into[0].add(fa);
    into[0].add(fb);
    double a2 = fa * fa;
    double b2 = fb * fb;
    into[1].add(a2);
    into[1].add(Math.fma(fa, fa, -a2));
    into[1].add(b2);
    into[1].add(Math.fma(fb, fb, -b2));
    for (int q = 2; q < terms.length; q++) {
      into[q].add(terms[q]);
    }
  }

  /** counts[b][r]: how many times resample b draws base row from + r. */
  private int[][] bootstrapCounts(int from, int to) {
    int[][] counts = new int[resamples][to - from];
    for (int b = 0; b < resamples; b++) {
      SplittableRandom random = new SplittableRandom(Seeds.derive(seed, b));
      for (int j = 0; j < baseSamples; j++) {
        int pick = random.nextInt(baseSamples);
        if (pick >= from && pick < to) {
          counts[b][pick - from]++;
        }
      }
    }
    return counts;
  }
}
