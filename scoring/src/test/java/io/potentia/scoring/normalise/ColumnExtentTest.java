package io.potentia.scoring.normalise;

import static io.potentia.core.indicator.Direction.BENEFIT;
import static io.potentia.core.indicator.Direction.COST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.check.MethodologyCheck;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A column's extent, computed once by the engine, gives the data check and min-max normalisation
 * the very answers, bits and messages that their own passes over the column give.
 */
class ColumnExtentTest {
  private static final List<Normaliser> NORMALISERS = List.of(Normalisers.minMax(0, 100), Normalisers.minMax(-1, 1),
      Normalisers.zScore(0, 1), Normalisers.rank());

  @Test
  void theExtentIsTheCountAndTheExtremesOfThePresentValues() {
    ColumnExtent e = ColumnExtent.of(new double[] {3, Double.NaN, -0.0, 0.0, 7.5});
    assertEquals(4, e.present());
    assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(e.min()), "-0.0 is below 0.0");
    assertEquals(7.5, e.max());
    assertEquals(false, e.anyInfinite());
    ColumnExtent none = ColumnExtent.of(new double[] {Double.NaN});
    assertEquals(0, none.present());
    assertEquals(Double.POSITIVE_INFINITY, none.min());
    assertEquals(true, ColumnExtent.of(new double[] {1, Double.NEGATIVE_INFINITY}).anyInfinite());
  }

  /** Seeded property: the extent is Math.min and Math.max over the present values, bit for bit, zeros of either sign. */
  @Test
  void theExtremesAreMathMinAndMaxOfThePresentValuesBitForBit() {
    SplittableRandom random = new SplittableRandom(13);
    double[] special = {-0.0, 0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE,
        -Double.MIN_VALUE};
    for (int k = 0; k < 5_000; k++) {
      double[] x = new double[1 + random.nextInt(30)];
      boolean nonPositive = random.nextBoolean();
      for (int a = 0; a < x.length; a++) {
        x[a] = random.nextInt(3) == 0 ? special[random.nextInt(special.length)]
            : (nonPositive ? -1 : 1) * random.nextDouble() * 10;
      }
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      int present = 0;
      boolean infinite = false;
      for (double v : x) {
        if (!Double.isNaN(v)) {
          present++;
          min = Math.min(min, v);
          max = Math.max(max, v);
          infinite |= Double.isInfinite(v);
        }
      }
      ColumnExtent e = ColumnExtent.of(x);
      String at = Arrays.toString(x);
      assertEquals(present, e.present(), at);
      assertEquals(Double.doubleToRawLongBits(min), Double.doubleToRawLongBits(e.min()), at);
      assertEquals(Double.doubleToRawLongBits(max), Double.doubleToRawLongBits(e.max()), at);
      assertEquals(infinite, e.anyInfinite(), at);
    }
  }

  @Test
  void normalisingWithTheExtentGivesTheSameBitsOnSeededColumns() {
    SplittableRandom random = new SplittableRandom(11);
    for (int k = 0; k < 2_000; k++) {
      double[] x = new double[1 + random.nextInt(40)];
      for (int a = 0; a < x.length; a++) {
        int kind = random.nextInt(12);
        x[a] = kind == 0 ? Double.NaN : kind == 1 ? -0.0 : kind == 2 ? 0.0 : (random.nextDouble() - 0.3) * 1e3;
      }
      Direction d = random.nextBoolean() ? BENEFIT : COST;
      for (Normaliser n : NORMALISERS) {
        assertSameOutcome(n, x, d);
      }
      assertEquals(MethodologyCheck.column("i", x, 2024), MethodologyCheck.column("i", ColumnExtent.of(x), 2024));
    }
  }

  @Test
  void theRefusalsAreTheSameToo() {
    for (double[] x : new double[][] {{1, Double.POSITIVE_INFINITY, 2}, {Double.NaN, Double.NaN}, {4, 4, Double.NaN},
        {-0.0, 0.0}}) {
      for (Direction d : Direction.values()) {
        assertSameOutcome(Normalisers.minMax(0, 100), x, d);
      }
      assertEquals(MethodologyCheck.column("i", x, 2024), MethodologyCheck.column("i", ColumnExtent.of(x), 2024));
    }
  }

  private static void assertSameOutcome(Normaliser n, double[] x, Direction d) {
    double[] expected;
    try {
      expected = n.normalise(x.clone(), d);
    } catch (InvalidInputException e) {
      InvalidInputException again = assertThrows(InvalidInputException.class,
          () -> Normalisers.normalise(n, x.clone(), d, ColumnExtent.of(x)));
      assertEquals(e.getMessage(), again.getMessage());
      return;
    }
    double[] actual = Normalisers.normalise(n, x.clone(), d, ColumnExtent.of(x));
    assertEquals(Arrays.toString(expected), Arrays.toString(actual));
    for (int a = 0; a < x.length; a++) {
      assertEquals(Double.doubleToRawLongBits(expected[a]), Double.doubleToRawLongBits(actual[a]), "value " + a);
    }
  }
}
