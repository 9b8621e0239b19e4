package io.potentia.scoring.analysis.audit;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.internal.Correlations;
import io.potentia.scoring.internal.Stats;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;

/**
 * Principal components of the correlation matrix of complete variables (OECD/JRC Handbook 2008,
 * section 4.1; COINr's {@code get_PCA}): the eigenvalues {@code lambda_1 >= ... >= lambda_k}, each
 * component's share of the variance {@code lambda_i / k}, and the loadings {@code sqrt(lambda_i)
 * v_i}, the correlations between the variables and the component. An eigenvector's sign is
 * arbitrary; here each is signed so that its loadings sum to a positive number (or, summing to
 * zero, its first non-zero loading is positive).
 *
 * <p>A pillar is one dimension when its first component carries most of the variance (the
 * Handbook retains components with eigenvalue above 1 that explain, together, over 60%).
 */
public final class PrincipalComponents {
  private final double[] eigenvalues;
  private final double[][] loadings; // [component][variable]

  private PrincipalComponents(double[] eigenvalues, double[][] loadings) {
    this.eigenvalues = eigenvalues;
    this.loadings = loadings;
  }

  /**
   * Decomposes the correlation matrix of the variables.
   *
   * @param columns one array per variable, one value per area, no missing value
   * @return the components
   * @throws InvalidInputException with fewer than two variables, fewer than three areas, variables
   *     of different lengths, a missing or infinite value, or a variable that does not vary
   */
  public static PrincipalComponents of(double[][] columns) {
    int k = columns.length;
    if (k < 2) {
      throw InvalidInputException.at("columns", "pca: " + k + " variable; components need at least two");
    }
    int n = columns[0].length;
    if (n < 3) {
      throw InvalidInputException.at("columns", "pca: " + n + " areas; components need at least three");
    }
    for (int j = 0; j < k; j++) {
      if (columns[j].length != n) {
        throw InvalidInputException.at("columns[" + j + "]", "pca: variable " + j + " has " + columns[j].length
            + " values where variable 0 has " + n);
      }
      for (int i = 0; i < n; i++) {
        if (!Double.isFinite(columns[j][i])) {
          throw InvalidInputException.at("columns[" + j + "][" + i + "]", "pca: value " + columns[j][i]
              + "; components need complete, finite variables");
        }
      }
      if (!(Stats.sd(columns[j], 1) > 0)) {
        throw InvalidInputException.at("columns[" + j + "]", "pca: variable " + j
            + " does not vary, so its correlations are undefined");
      }
    }
    return ofCorrelations(Correlations.completeMatrix(columns));
  }

  /** The components of a correlation matrix, for a caller that has it already. */
  static PrincipalComponents ofCorrelations(double[][] correlations) {
    int k = correlations.length;
    EigenDecompositionSymmetric eigen =
        new EigenDecompositionSymmetric(new Array2DRowRealMatrix(correlations, false));
    double[] lambda = eigen.getEigenvalues(); // descending
    double[][] loadings = new double[k][k];
    for (int c = 0; c < k; c++) {
      lambda[c] = Math.max(0, lambda[c]); // a correlation matrix is positive semi-definite; rounding is not
      double[] v = eigen.getEigenvector(c).toArray();
      double sum = 0;
      double first = 0;
      for (double e : v) {
        sum += e;
        first = first == 0 ? e : first;
      }
      double sign = sum < 0 || (sum == 0 && first < 0) ? -1 : 1;
      for (int j = 0; j < k; j++) {
        loadings[c][j] = sign * Math.sqrt(lambda[c]) * v[j];
      }
    }
    return new PrincipalComponents(lambda, loadings);
  }

  /**
   * The eigenvalues, largest first; they sum to the number of variables.
   *
   * @return a copy
   */
  public double[] eigenvalues() {
    return eigenvalues.clone();
  }

  /**
   * Each component's share of the variance, {@code lambda_i / k}, largest first.
   *
   * @return the shares, summing to 1
   */
  public List<Double> varianceShares() {
    List<Double> out = new ArrayList<>();
    for (double l : eigenvalues) {
      out.add(l / eigenvalues.length);
    }
    return out;
  }

  /**
   * A component's loadings: the correlation of each variable with it.
   *
   * @param component the component, 0 for the first
   * @return one loading per variable, in the variables' order
   * @throws InvalidInputException if there is no such component
   */
  public double[] loadings(int component) {
    if (component < 0 || component >= loadings.length) {
      throw InvalidInputException.at("component", "pca: component " + component + " of " + loadings.length);
    }
    return loadings[component].clone();
  }
}
