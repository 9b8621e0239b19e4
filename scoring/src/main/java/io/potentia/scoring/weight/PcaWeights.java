package io.potentia.scoring.weight;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.internal.Checks;
import io.potentia.scoring.internal.Correlations;
import io.potentia.scoring.internal.Stats;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;

/** Weights from principal component analysis; see {@link Weightings#pca()}. */
final class PcaWeights implements WeightingMethod {
  private static final String NAME = "pca";

  @Override
  public double[] weigh(double[][] columns) {
    int n = columns.length;
    if (n < 2) {
      throw InvalidInputException.at("", NAME + ": " + n + " criterion; PCA needs at least two");
    }
    int m = columns[0].length;
    if (m < 3) {
      throw InvalidInputException.at("", NAME + ": " + m + " alternatives; PCA needs at least three");
    }
    for (int j = 0; j < n; j++) {
      Checks.finiteOrMissing(NAME, columns[j]);
      if (columns[j].length != m || Stats.count(columns[j]) != m) {
        throw InvalidInputException.at("[" + j + "]", NAME + ": criterion " + j
            + " has missing values; impute first (correlations need complete data)");
      }
      if (!(Stats.sd(columns[j], 1) > 0)) {
        throw InvalidInputException.at("[" + j + "]", NAME + ": criterion " + j + " is constant; its correlations"
            + " are undefined");
      }
    }
    double[][] r = Correlations.matrix(columns);
    EigenDecompositionSymmetric eigen = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(r, false));
    double[] lambda = eigen.getEigenvalues(); // descending
    int retained = 0;
    double retainedVariance = 0;
    while (retained < n && (retained == 0 || lambda[retained] > 1)) {
      retainedVariance += lambda[retained];
      retained++;
    }
    double[] w = new double[n];
    double total = 0;
    for (int j = 0; j < n; j++) {
      double best = -1;
      int bestK = 0;
      for (int k = 0; k < retained; k++) {
        double v = eigen.getEigenvector(k).getEntry(j);
        if (v * v > best) {
          best = v * v;
          bestK = k;
        }
      }
      w[j] = best * lambda[bestK] / retainedVariance;
      total += w[j];
    }
    for (int j = 0; j < n; j++) {
      w[j] /= total;
    }
    return w;
  }
}
