package io.potentia.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.potentia.scoring.spi.Described;
import io.potentia.scoring.spi.Trait;
import io.potentia.scoring.weight.WeightingMethod;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link WeightingMethod}: weights are finite, non-negative, one per criterion
 * and sum to 1; the same data gives the same weights; reordering the alternatives changes nothing
 * (where declared anonymous); rescaling a criterion changes nothing (where declared
 * scale-invariant). Implement {@link #weighting()} and, for methods fixed to a number of criteria,
 * {@link #criteria()}.
 */
public interface WeightingContract {

  /**
   * The method under test, with the name its messages use and the traits whose checks run: the
   * registered one, for example {@code Strategies.registry().weighting(StepSpec.of("entropy"))}, tests
   * what users get by name.
   *
   * @return the described method
   */
  Described<WeightingMethod> weighting();

  /**
   * The number of criteria the method needs, or 0 for any number from 2.
   *
   * @return the fixed count, or 0
   */
  default int criteria() {
    return 0;
  }

  /**
   * The number of cases per check.
   *
   * @return the count
   */
  default int cases() {
    return 200;
  }

  /**
   * The data to test on: positive columns, one per criterion, at least three alternatives.
   *
   * @return the generator
   */
  default Gen<double[][]> data() {
    return (random, size) -> {
      int n = criteria() > 0 ? criteria() : 2 + random.nextInt(1 + size / 4);
      int m = 3 + random.nextInt(size + 1);
      double[][] x = new double[n][m];
      for (int j = 0; j < n; j++) {
        double scale = Math.pow(10, random.nextInt(-2, 5));
        for (int i = 0; i < m; i++) {
          x[j][i] = scale * (0.01 + random.nextDouble());
        }
      }
      return x;
    };
  }

  private PropertyRunner<double[][]> forAll() {
    return PropertyRunner.forAll(data()).cases(cases()).describedBy(Arrays::deepToString);
  }

  /** Weights are finite, non-negative, one per criterion, and sum to 1. */
  @Test
  default void givesUnitWeights() {
    java.util.concurrent.atomic.AtomicInteger accepted = new java.util.concurrent.atomic.AtomicInteger();
    forAll().numericEdgeCases().check(x -> Outcome.of(() -> weighting().strategy().weigh(x)).ifPresent(w -> {
      accepted.incrementAndGet();
      assertEquals(x.length, w.length);
      double sum = 0;
      for (double v : w) {
        assertTrue(Double.isFinite(v) && v >= 0, "weight " + v);
        sum += v;
      }
      assertEquals(1, sum, 1e-9);
    }));
    assertTrue(accepted.get() > 0, weighting().name() + " rejected all generated data: the checks would be vacuous");
  }

  /** The same data gives the same weights. */
  @Test
  default void isDeterministic() {
    forAll().check(x -> Outcome.of(() -> weighting().strategy().weigh(x))
        .ifPresent(w -> assertArrayEquals(w, weighting().strategy().weigh(x), 0)));
  }

  /** Reordering the alternatives does not change the weights. */
  @Test
  default void isAnonymousWhereDeclared() {
    assumeTrue(weighting().has(Trait.ANONYMOUS), "skipped: " + weighting().name() + " does not declare ANONYMOUS");
    forAll().check(x -> Outcome.of(() -> weighting().strategy().weigh(x)).ifPresent(w -> {
      double[][] reversed = new double[x.length][];
      for (int j = 0; j < x.length; j++) {
        reversed[j] = new double[x[j].length];
        for (int i = 0; i < x[j].length; i++) {
          reversed[j][i] = x[j][x[j].length - 1 - i];
        }
      }
      assertArrayEquals(w, weighting().strategy().weigh(reversed), 1e-9);
    }));
  }

  /** Multiplying one criterion by a positive constant does not change the weights. */
  @Test
  default void isScaleInvariantWhereDeclared() {
    assumeTrue(weighting().has(Trait.SCALE_INVARIANT), "skipped: " + weighting().name()
        + " does not declare SCALE_INVARIANT");
    forAll().check(x -> Outcome.of(() -> weighting().strategy().weigh(x)).ifPresent(w -> {
      double[][] scaled = new double[x.length][];
      for (int j = 0; j < x.length; j++) {
        final double factor = j == 0 ? 7.5 : 1;
        scaled[j] = Arrays.stream(x[j]).map(v -> v * factor).toArray();
      }
      assertArrayEquals(w, weighting().strategy().weigh(scaled), 1e-9);
    }));
  }
}
