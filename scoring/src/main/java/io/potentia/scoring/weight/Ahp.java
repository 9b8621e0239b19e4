package io.potentia.scoring.weight;

import io.potentia.core.InvalidInputException;

/**
 * The analytic hierarchy process (Saaty 1980, The Analytic Hierarchy Process, McGraw-Hill): the
 * priorities of n criteria from a positive reciprocal matrix of pairwise comparisons {@code a[i][j]}
 * (how much more important i is than j, on Saaty's 1 to 9 scale; {@code a[j][i] = 1/a[i][j]}).
 *
 * <ul>
 *   <li>eigenvector priorities: the principal right eigenvector of {@code a}, scaled to sum 1, found
 *       by power iteration (the Perron root of a positive matrix is simple and dominant), with
 *       {@code lambda_max} its eigenvalue;
 *   <li>geometric-mean priorities (Crawford and Williams 1985): the row geometric means, scaled to
 *       sum 1, with {@code lambda_max} estimated as the mean of {@code (a w)_i / w_i};
 *   <li>consistency index {@code CI = (lambda_max - n)/(n - 1)} and consistency ratio {@code CR =
 *       CI / RI(n)}, with Saaty's random indices (Saaty 1980, table 1.7; n = 1..15): 0, 0, 0.58,
 *       0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59. CR is 0 for n
 *       &le; 2. Saaty asks for {@code CR <= 0.1}.
 * </ul>
 *
 * <p>Rejects a matrix that is not square, has fewer than 1 or more than 15 rows, has an entry that
 * is not positive and finite, a diagonal other than 1, or is not reciprocal within 1e-6 relative.
 */
public final class Ahp {
  /** Saaty's random consistency indices for n = 1..15. */
  static final double[] RANDOM_INDEX = {0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56,
      1.57, 1.59};

  /** The two ways of deriving priorities. */
  public enum Method {
    /** The principal eigenvector (Saaty). */
    EIGENVECTOR,
    /** Row geometric means (Crawford and Williams 1985). */
    GEOMETRIC_MEAN
  }

  /**
   * The result of an analysis.
   *
   * @param priorities the weights, summing to 1
   * @param lambdaMax the principal eigenvalue (or its estimate)
   * @param consistencyIndex {@code (lambda_max - n)/(n - 1)}, 0 for n &le; 2
   * @param consistencyRatio CI / RI(n), 0 for n &le; 2
   */
  public record Result(double[] priorities, double lambdaMax, double consistencyIndex, double consistencyRatio) {

    /**
     * Whether Saaty's rule {@code CR <= 0.1} holds.
     *
     * @return true if acceptably consistent
     */
    public boolean consistent() {
      return consistencyRatio <= 0.1;
    }
  }

  private Ahp() {}

  /**
   * Reads a pairwise comparison matrix from a JSON file of the form {@code {"matrix": [[1, 3],
   * [0.333, 1]]}} (schema {@code pairwise.schema.json}).
   *
   * @param file the file
   * @return the matrix, as written; {@link #analyse} checks it
   * @throws io.potentia.core.InvalidInputException naming the file, position and problem, for an
   *     empty matrix, a missing {@code matrix} or any other field
   */
  public static double[][] readMatrix(java.nio.file.Path file) {
    return io.potentia.core.json.PotentiaJson.read(file, PairwiseFile.class).matrix();
  }

  /** The form of a pairwise comparison file. */
  private record PairwiseFile(double[][] matrix) {
    @com.fasterxml.jackson.annotation.JsonCreator
    PairwiseFile(@com.fasterxml.jackson.annotation.JsonProperty(value = "matrix", required = true) double[][] matrix) {
      if (matrix == null || matrix.length == 0) {
        throw io.potentia.core.InvalidInputException.at("matrix", "the pairwise comparison matrix is empty");
      }
      this.matrix = matrix;
    }
  }

  /**
   * Analyses a pairwise comparison matrix.
   *
   * @param a the matrix, rows first
   * @param method how priorities are derived
   * @return priorities, lambda max, CI and CR
   * @throws InvalidInputException naming the bad entry
   */
  public static Result analyse(double[][] a, Method method) {
    int n = validate(a);
    double[] w = method == Method.EIGENVECTOR ? eigenvector(a) : geometricMean(a);
    double lambda = 0;
    for (int i = 0; i < n; i++) {
      double aw = 0;
      for (int j = 0; j < n; j++) {
        aw += a[i][j] * w[j];
      }
      lambda += aw / w[i];
    }
    lambda /= n;
    double ci = n <= 2 ? 0 : Math.max(0, (lambda - n) / (n - 1));
    double cr = n <= 2 ? 0 : ci / RANDOM_INDEX[n - 1];
    return new Result(w, lambda, ci, cr);
  }

  private static int validate(double[][] a) {
    int n = a.length;
    if (n < 1 || n > RANDOM_INDEX.length) {
      throw InvalidInputException.at("matrix", "ahp: the pairwise matrix has " + n + " rows; 1 to "
          + RANDOM_INDEX.length + " are supported (Saaty's random index table)");
    }
    for (int i = 0; i < n; i++) {
      if (a[i].length != n) {
        throw InvalidInputException.at("matrix[" + i + "]", "ahp: row " + i + " has " + a[i].length
            + " entries; the matrix must be square (" + n + " x " + n + ")");
      }
      for (int j = 0; j < n; j++) {
        if (!(a[i][j] > 0) || !Double.isFinite(a[i][j])) {
          throw InvalidInputException.at("matrix[" + i + "][" + j + "]", "ahp: entry (" + i + ", " + j + ") is "
              + a[i][j] + "; comparisons must be positive and finite");
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (Math.abs(a[i][i] - 1) > 1e-9) {
        throw InvalidInputException.at("matrix[" + i + "][" + i + "]", "ahp: diagonal entry " + i + " is " + a[i][i]
            + "; a criterion compared with itself is 1");
      }
      for (int j = i + 1; j < n; j++) {
        if (Math.abs(a[i][j] * a[j][i] - 1) > 1e-6) {
          throw InvalidInputException.at("matrix[" + j + "][" + i + "]", "ahp: entry (" + j + ", " + i + ") is "
              + a[j][i] + " but entry (" + i + ", " + j + ") is " + a[i][j] + "; the matrix must be reciprocal ("
              + (1 / a[i][j]) + " expected)");
        }
      }
    }
    return n;
  }

  private static double[] eigenvector(double[][] a) {
    int n = a.length;
    double[] w = geometricMean(a); // a close start: power iteration then converges in a few steps
    for (int iter = 0; iter < 10_000; iter++) {
      double[] next = new double[n];
      double sum = 0;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          next[i] += a[i][j] * w[j];
        }
        sum += next[i];
      }
      double change = 0;
      for (int i = 0; i < n; i++) {
        next[i] /= sum;
        change = Math.max(change, Math.abs(next[i] - w[i]));
      }
      w = next;
      if (change < 1e-15) {
        break;
      }
    }
    return w;
  }

  private static double[] geometricMean(double[][] a) {
    int n = a.length;
    double[] w = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double logSum = 0;
      for (int j = 0; j < n; j++) {
        logSum += Math.log(a[i][j]);
      }
      w[i] = Math.exp(logSum / n);
      sum += w[i];
    }
    for (int i = 0; i < n; i++) {
      w[i] /= sum;
    }
    return w;
  }
}
