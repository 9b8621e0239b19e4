package io.potentia.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.scoring.analysis.sensitivity.SobolIndices;
import io.potentia.scoring.analysis.sensitivity.SobolIndices.Config;
import io.potentia.scoring.analysis.sensitivity.SobolIndices.Estimator;
import io.potentia.scoring.analysis.sensitivity.SobolIndices.OutputIndices;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Sobol indices of Sobol's g-function, {@code G(u) = prod_i (|4 u_i - 2| + a_i) / (1 + a_i)},
 * the test function of Saltelli et al. (2010), whose indices are known in closed form for any
 * coefficients: {@code V_i = 1 / (3 (1 + a_i)^2)}, {@code V = prod_i (1 + V_i) - 1},
 * {@code S_i = V_i / V} and {@code ST_i = V_i prod_{j != i} (1 + V_j) / V}. Over seeded random
 * coefficients and factor counts, both estimators recover them.
 */
class SobolIndicesProperties {
  private static final int N = 1 << 13;

  private static final Gen<double[]> COEFFICIENTS = (random, size) -> {
    double[] a = new double[2 + random.nextInt(5)];
    for (int i = 0; i < a.length; i++) {
      // important (near 0) and unimportant (large) factors alike
      a[i] = random.nextBoolean() ? 3 * random.nextDouble() : 5 + 95 * random.nextDouble();
    }
    return a;
  };

  private static double g(double[] a, double[] u) {
    double product = 1;
    for (int i = 0; i < a.length; i++) {
      product *= (Math.abs(4 * u[i] - 2) + a[i]) / (1 + a[i]);
    }
    return product;
  }

  private static void recoverAnalyticIndices(Estimator estimator) {
    PropertyRunner.forAll(COEFFICIENTS).cases(40).describedBy(Arrays::toString).check(a -> {
      int k = a.length;
      double[] vi = new double[k];
      double v = 1;
      for (int i = 0; i < k; i++) {
        vi[i] = 1 / (3 * (1 + a[i]) * (1 + a[i]));
        v *= 1 + vi[i];
      }
      v -= 1;
      OutputIndices y = SobolIndices.estimate(u -> new double[] {g(a, u)}, 1, new Config(k, N, estimator, 0, 0.9, 1L))
          .outputs()[0];
      double sumFirst = 0;
      for (int i = 0; i < k; i++) {
        double total = vi[i] * (v + 1) / (1 + vi[i]) / v;
        double first = y.firstOrder()[i].estimate();
        assertEquals(vi[i] / v, first, 0.03, "S" + (i + 1));
        assertEquals(total, y.totalOrder()[i].estimate(), 0.03, "ST" + (i + 1));
        assertTrue(y.totalOrder()[i].estimate() >= first - 0.03, "ST" + (i + 1) + " below S" + (i + 1));
        sumFirst += first;
      }
      assertTrue(sumFirst <= 1 + 0.03, "first-order indices sum to " + sumFirst);
    });
  }

  @Test
  void saltelliFirstOrderAndJansenTotalOrderRecoverTheGFunctionIndices() {
    recoverAnalyticIndices(Estimator.SALTELLI_2010);
  }

  @Test
  void jansenFirstOrderRecoversTheGFunctionIndices() {
    recoverAnalyticIndices(Estimator.JANSEN_1999);
  }
}
