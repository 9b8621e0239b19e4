package io.potentia.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.scoring.impute.ImputationResult;
import io.potentia.scoring.impute.Imputer;
import io.potentia.scoring.impute.Panel;
import io.potentia.scoring.spi.Described;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract of an {@link Imputer}: observed values are never changed; every filled value is
 * finite and recorded; every gap not filled is reported; the same panel gives the same result.
 */
public interface ImputerContract {

  /**
   * The imputer under test, with the name its messages use and the traits whose checks run: the
   * registered one, for example {@code Strategies.registry().imputer(StepSpec.of("mean"))}, tests
   * what users get by name.
   *
   * @return the described imputer
   */
  Described<Imputer> imputer();

  /**
   * The number of cases per check.
   *
   * @return the count
   */
  default int cases() {
    return 200;
  }

  /**
   * Panels of correlated indicators over areas in two groups and several years, about 15% missing.
   *
   * @return the generator
   */
  default Gen<Panel> panels() {
    return (random, size) -> {
      int areas = 2 + random.nextInt(size + 1);
      int indicators = 1 + random.nextInt(1 + size / 5);
      int years = 1 + random.nextInt(4);
      double[][][] v = new double[years][indicators][areas];
      double[] latent = new double[areas];
      for (int a = 0; a < areas; a++) {
        latent[a] = random.nextGaussian();
      }
      for (int y = 0; y < years; y++) {
        for (int i = 0; i < indicators; i++) {
          for (int a = 0; a < areas; a++) {
            v[y][i][a] = random.nextDouble() < 0.15 ? Double.NaN : 10 * (i + 1) + latent[a] + y + 0.3 * random.nextGaussian();
          }
        }
      }
      List<String> areaIds = new ArrayList<>();
      int[] groups = new int[areas];
      for (int a = 0; a < areas; a++) {
        areaIds.add("a" + a);
        groups[a] = a % 2;
      }
      List<String> indicatorIds = new ArrayList<>();
      for (int i = 0; i < indicators; i++) {
        indicatorIds.add("i" + i);
      }
      int[] yearList = new int[years];
      for (int y = 0; y < years; y++) {
        yearList[y] = 2000 + y;
      }
      return new Panel(areaIds, indicatorIds, yearList, v, groups);
    };
  }

  /** Observed values stay, filled values are finite and recorded, remaining gaps are reported. */
  @Test
  default void fillsOnlyGapsAndAccountsForEachOne() {
    PropertyRunner.forAll(panels()).cases(cases()).numericEdgeCases().check(p -> Outcome.of(() -> imputer().strategy().impute(p)).ifPresent(r -> {
      double[][][] before = p.values();
      double[][][] after = r.panel().values();
      int filled = 0;
      int left = 0;
      for (int y = 0; y < before.length; y++) {
        for (int i = 0; i < before[y].length; i++) {
          for (int a = 0; a < before[y][i].length; a++) {
            if (!Double.isNaN(before[y][i][a])) {
              assertEquals(before[y][i][a], after[y][i][a], 0, "observed value changed");
            } else if (Double.isNaN(after[y][i][a])) {
              left++;
            } else {
              assertTrue(Double.isFinite(after[y][i][a]), "filled with " + after[y][i][a]);
              filled++;
            }
          }
        }
      }
      assertEquals(filled, r.imputed().size(), "every filled value is recorded");
      assertEquals(left, r.remaining().size(), "every gap left is reported");
    }));
  }

  /** The same panel gives the same result. */
  @Test
  default void isDeterministic() {
    PropertyRunner.forAll(panels()).cases(cases()).check(p -> Outcome.of(() -> imputer().strategy().impute(p)).ifPresent(r -> {
      ImputationResult again = imputer().strategy().impute(p);
      double[][][] a = r.panel().values();
      double[][][] b = again.panel().values();
      for (int y = 0; y < a.length; y++) {
        for (int i = 0; i < a[y].length; i++) {
          assertArrayEquals(a[y][i], b[y][i], 0);
        }
      }
    }));
  }
}
