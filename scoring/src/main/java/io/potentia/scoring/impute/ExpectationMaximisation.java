package io.potentia.scoring.impute;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.internal.Stats;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * Expectation-maximisation imputation; see {@link Imputers#expectationMaximisation(double, int)}.
 */
final class ExpectationMaximisation implements Imputer {
  private final double tolerance;
  private final int maxIterations;

  ExpectationMaximisation(double tolerance, int maxIterations) {
    if (!(tolerance > 0) || maxIterations < 1) {
      throw InvalidInputException.at("parameters", "em: tolerance " + tolerance + " must be > 0 and maxIterations "
          + maxIterations + " >= 1");
    }
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
  }

  @Override
  public ImputationResult impute(Panel panel) {
    Filling filling = new Filling(panel);
    double[][][] v = filling.values();
    int[] years = panel.years();
    for (int y = 0; y < v.length; y++) {
      double[][] cols = v[y];
      List<Integer> usable = new ArrayList<>();
      for (int i = 0; i < cols.length; i++) {
        if (Stats.count(cols[i]) >= 2) {
          usable.add(i);
        } else {
          for (int a = 0; a < cols[i].length; a++) {
            if (Double.isNaN(cols[i][a])) {
              filling.leave(y, i, a, "fewer than two areas have this indicator in this year");
            }
          }
        }
      }
      if (usable.isEmpty()) {
        continue;
      }
      int iterations = fill(cols, usable, years[y]);
      for (int i : usable) {
        for (int a = 0; a < cols[i].length; a++) {
          if (Double.isNaN(panel.value(y, i, a))) {
            filling.filled(y, i, a, "EM conditional expectation (" + iterations + " iterations)");
          }
        }
      }
    }
    return filling.result();
  }

  /** Fills the missing values of the usable columns in place; returns the iterations used. */
  private int fill(double[][] cols, List<Integer> usable, int year) {
    int p = usable.size();
    int m = cols[usable.get(0)].length;
    double[][] x = new double[m][p];
    boolean[][] miss = new boolean[m][p];
    double[] mu = new double[p];
    double[] scale = new double[p];
    double[][] sigma = new double[p][p];
    for (int k = 0; k < p; k++) {
      double[] c = cols[usable.get(k)];
      mu[k] = Stats.mean(c);
      double sd = Stats.sd(c, 0);
      scale[k] = sd > 0 ? sd : Math.max(1e-300, Math.abs(mu[k]));
      for (int a = 0; a < m; a++) {
        miss[a][k] = Double.isNaN(c[a]);
        x[a][k] = miss[a][k] ? mu[k] : c[a];
      }
    }
    // start from the covariance of the mean-filled data, so that the first E-step already uses
    // the relations between indicators
    for (int k = 0; k < p; k++) {
      for (int l = 0; l < p; l++) {
        double s = 0;
        for (int a = 0; a < m; a++) {
          s += (x[a][k] - mu[k]) * (x[a][l] - mu[l]);
        }
        sigma[k][l] = s / m;
      }
    }
    double change = Double.POSITIVE_INFINITY;
    int iter = 0;
    while (iter < maxIterations) {
      iter++;
      double[][] correction = new double[p][p];
      change = 0;
      for (int a = 0; a < m; a++) {
        int[] o = indices(miss[a], false);
        int[] mi = indices(miss[a], true);
        if (mi.length == 0) {
          continue;
        }
        double[][] cond;
        if (o.length == 0) {
          for (int r = 0; r < mi.length; r++) {
            change = Math.max(change, Math.abs(x[a][mi[r]] - mu[mi[r]]) / scale[mi[r]]);
            x[a][mi[r]] = mu[mi[r]];
          }
          cond = sub(sigma, mi, mi);
        } else {
          RealMatrix soo = new Array2DRowRealMatrix(sub(sigma, o, o), false);
          RealMatrix pinv = new SingularValueDecomposition(soo).getSolver().getInverse();
          RealMatrix smo = new Array2DRowRealMatrix(sub(sigma, mi, o), false);
          RealMatrix b = smo.multiply(pinv);
          for (int r = 0; r < mi.length; r++) {
            double e = mu[mi[r]];
            for (int c = 0; c < o.length; c++) {
              e += b.getEntry(r, c) * (x[a][o[c]] - mu[o[c]]);
            }
            change = Math.max(change, Math.abs(x[a][mi[r]] - e) / scale[mi[r]]);
            x[a][mi[r]] = e;
          }
          cond = new Array2DRowRealMatrix(sub(sigma, mi, mi), false).subtract(b.multiply(smo.transpose())).getData();
        }
        for (int r = 0; r < mi.length; r++) {
          for (int c = 0; c < mi.length; c++) {
            correction[mi[r]][mi[c]] += cond[r][c];
          }
        }
      }
      for (int k = 0; k < p; k++) {
        double s = 0;
        for (int a = 0; a < m; a++) {
          s += x[a][k];
        }
        mu[k] = s / m;
      }
      for (int k = 0; k < p; k++) {
        for (int l = 0; l < p; l++) {
          double s = correction[k][l];
          for (int a = 0; a < m; a++) {
            s += (x[a][k] - mu[k]) * (x[a][l] - mu[l]);
          }
          sigma[k][l] = s / m;
        }
      }
      if (change < tolerance && iter > 1) {
        break;
      }
    }
    if (change >= tolerance) {
      throw InvalidInputException.at("parameters.maxIterations", "em: in " + year + " the imputed values still move by "
          + change + " standard deviations after " + maxIterations + " iterations (tolerance " + tolerance + ")");
    }
    for (int k = 0; k < p; k++) {
      double[] c = cols[usable.get(k)];
      for (int a = 0; a < m; a++) {
        if (miss[a][k]) {
          c[a] = x[a][k];
        }
      }
    }
    return iter;
  }

  private static int[] indices(boolean[] missing, boolean want) {
    int n = 0;
    for (boolean b : missing) {
      if (b == want) {
        n++;
      }
    }
    int[] out = new int[n];
    for (int k = 0, j = 0; k < missing.length; k++) {
      if (missing[k] == want) {
        out[j++] = k;
      }
    }
    return out;
  }

  private static double[][] sub(double[][] s, int[] rows, int[] cols) {
    double[][] out = new double[rows.length][cols.length];
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < cols.length; c++) {
        out[r][c] = s[rows[r]][cols[c]];
      }
    }
    return out;
  }
}
