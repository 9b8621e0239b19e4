package io.potentia.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The radix sort leaves every array exactly as Arrays.sort does, bit for bit; seeded synthetic arrays. */
class DoubleSortTest {
  private static void sameAsTheLibrary(double[] x) {
    double[] expected = x.clone();
    Arrays.sort(expected);
    double[] actual = x.clone();
    DoubleSort.sort(actual);
    for (int i = 0; i < x.length; i++) {
      assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]), "position " + i);
    }
  }

  @Test
  void arraysOfEveryKindSortAsTheLibrarySortsThem() {
    SplittableRandom random = new SplittableRandom(3);
    for (int k = 0; k < 300; k++) {
      int n = random.nextInt(DoubleSort.RADIX_FROM * 4);
      double[] x = new double[n];
      int shape = k % 4;
      for (int i = 0; i < n; i++) {
        x[i] = switch (shape) {
          case 0 -> Double.longBitsToDouble(random.nextLong()); // any bits: subnormals, extremes, both signs
          case 1 -> 500 + 100 * random.nextGaussian(); // one magnitude: passes skipped
          case 2 -> random.nextInt(5) - 2.0; // ties, -0.0 and 0.0 through the special values below
          default -> random.nextDouble() * Math.pow(10, random.nextInt(-300, 300)) * (random.nextBoolean() ? 1 : -1);
        };
        if (random.nextInt(50) == 0) {
          double[] special = {-0.0, 0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
              Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_NORMAL};
          x[i] = special[random.nextInt(special.length)];
        }
      }
      sameAsTheLibrary(x);
    }
  }

  @Test
  void nanOfEitherSignGoesLastAsTheLibraryPutsIt() {
    double[] x = new double[DoubleSort.RADIX_FROM + 3];
    Arrays.setAll(x, i -> x.length - i);
    x[7] = Double.longBitsToDouble(0xfff8000000000001L);
    x[9] = Double.NaN;
    sameAsTheLibrary(x);
  }
}
