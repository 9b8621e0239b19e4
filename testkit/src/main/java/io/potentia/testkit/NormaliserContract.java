package io.potentia.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.potentia.core.indicator.Direction;
import io.potentia.scoring.spi.Described;
import io.potentia.scoring.spi.OutputRange;
import io.potentia.scoring.spi.Trait;
import io.potentia.scoring.normalise.Normaliser;
import java.util.Arrays;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link Normaliser}: implement {@link #normaliser()} in a test class and every
 * check below runs on many seeded columns. Checks of traits the normaliser does not declare are
 * skipped, visibly. A generated column the normaliser rejects with an {@link
 * io.potentia.core.InvalidInputException} counts as handled; any other exception fails.
 *
 * <pre>{@code
 * class MyNormaliserTest implements NormaliserContract {
 *   public Described<Normaliser> normaliser() {
 *     return Described.of("my-normaliser", new MyNormaliser(), Trait.MONOTONE, Trait.BOUNDED);
 *   }
 * }
 * }</pre>
 */
public interface NormaliserContract {

  /**
   * The normaliser under test, with the name its messages use and the traits whose checks run: the
   * registered one, for example {@code Strategies.registry().normaliser(StepSpec.of("min-max"))}, tests
   * what users get by name.
   *
   * @return the described normaliser
   */
  Described<Normaliser> normaliser();

  /**
   * The columns to test on; by default {@link Generators#column(boolean)} with missing values, made
   * positive when the normaliser does not accept zero or negative values.
   *
   * @return the generator
   */
  default Gen<double[]> columns() {
    boolean positive = !normaliser().has(Trait.ACCEPTS_NON_POSITIVE);
    return (random, size) -> {
      double[] x = Generators.column(normaliser().has(Trait.ACCEPTS_MISSING)).generate(random, size);
      if (positive) {
        for (int i = 0; i < x.length; i++) {
          x[i] = Double.isNaN(x[i]) ? x[i] : Math.abs(x[i]) + 1e-3;
        }
      }
      return x;
    };
  }

  /**
   * The number of cases per check.
   *
   * @return the count
   */
  default int cases() {
    return 300;
  }

  private PropertyRunner<double[]> forAll() {
    return PropertyRunner.forAll(columns()).cases(cases()).describedBy(Arrays::toString);
  }

  private static Direction direction(double[] x) {
    return (Arrays.hashCode(x) & 1) == 0 ? Direction.BENEFIT : Direction.COST;
  }

  /** Finite input gives finite output where present and NaN exactly where missing, or a clear rejection. */
  @Test
  default void neverTurnsFiniteInputIntoNanOrInfinity() {
    java.util.concurrent.atomic.AtomicInteger accepted = new java.util.concurrent.atomic.AtomicInteger();
    forAll().numericEdgeCases().check(x -> Outcome.of(() -> normaliser().strategy().normalise(x, direction(x))).ifPresent(out -> {
      accepted.incrementAndGet();
      assertEquals(x.length, out.length);
      for (int i = 0; i < x.length; i++) {
        assertEquals(Double.isNaN(x[i]), Double.isNaN(out[i]), "missing in, missing out at " + i);
        assertTrue(Double.isNaN(out[i]) || Double.isFinite(out[i]), "finite out at " + i + ": " + out[i]);
      }
    }));
    assertTrue(accepted.get() > 0, normaliser().name() + " rejected every generated column: the checks would be vacuous");
  }

  /** The same input gives the same output. */
  @Test
  default void isDeterministic() {
    forAll().check(x -> Outcome.of(() -> normaliser().strategy().normalise(x, direction(x)))
        .ifPresent(out -> assertArrayEquals(out, normaliser().strategy().normalise(x.clone(), direction(x)), 0)));
  }

  /** Reordering the areas reorders the output the same way. */
  @Test
  default void isAnonymousWhereDeclared() {
    assumeTrue(normaliser().has(Trait.ANONYMOUS), "skipped: " + normaliser().name() + " does not declare ANONYMOUS");
    forAll().check(x -> Outcome.of(() -> normaliser().strategy().normalise(x, direction(x))).ifPresent(out -> {
      int[] perm = permutation(x.length, Arrays.hashCode(x));
      double[] px = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        px[i] = x[perm[i]];
      }
      double[] pout = normaliser().strategy().normalise(px, direction(x));
      for (int i = 0; i < x.length; i++) {
        double expected = out[perm[i]];
        if (Double.isNaN(expected)) {
          assertTrue(Double.isNaN(pout[i]), "area " + perm[i] + " is missing and must stay so");
        } else {
          assertEquals(expected, pout[i], 1e-12 * Math.max(1, Math.abs(expected)), "area " + perm[i]);
        }
      }
    }));
  }

  /** A better raw value never gets a worse normalised value, in the indicator's direction. */
  @Test
  default void isMonotoneWhereDeclared() {
    assumeTrue(normaliser().has(Trait.MONOTONE), "skipped: " + normaliser().name() + " does not declare MONOTONE");
    forAll().check(x -> {
      Direction d = direction(x);
      Outcome.of(() -> normaliser().strategy().normalise(x, d)).ifPresent(out -> {
        for (int i = 0; i < x.length; i++) {
          for (int j = 0; j < x.length; j++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(x[j]) && (d == Direction.BENEFIT ? x[i] < x[j] : x[i] > x[j])) {
              assertTrue(out[i] <= out[j] + 1e-12 * Math.max(1, Math.abs(out[j])),
                  "value " + x[i] + " scored " + out[i] + " above better value " + x[j] + " scored " + out[j]);
            }
          }
        }
      });
    });
  }

  /** The output stays in the declared range. */
  @Test
  default void staysInItsRangeWhereDeclared() {
    assumeTrue(normaliser().has(Trait.BOUNDED), "skipped: " + normaliser().name() + " does not declare BOUNDED");
    Optional<OutputRange> range = normaliser().strategy().range();
    assertTrue(range.isPresent(), normaliser().name() + " declares BOUNDED but gives no range");
    forAll().check(x -> Outcome.of(() -> normaliser().strategy().normalise(x, direction(x))).ifPresent(out -> {
      for (double v : out) {
        assertTrue(Double.isNaN(v) || range.get().contains(v), v + " outside " + range.get());
      }
    }));
  }

  /** Multiplying the column by a positive constant changes nothing. */
  @Test
  default void isScaleInvariantWhereDeclared() {
    assumeTrue(normaliser().has(Trait.SCALE_INVARIANT), "skipped: " + normaliser().name()
        + " does not declare SCALE_INVARIANT");
    forAll().check(x -> Outcome.of(() -> normaliser().strategy().normalise(x, direction(x))).ifPresent(out -> {
      double[] scaled = Arrays.stream(x).map(v -> v * 4).toArray();
      Outcome.of(() -> normaliser().strategy().normalise(scaled, direction(x))).ifPresent(sout ->
          assertClose(out, sout));
    }));
  }

  /** Adding a constant to the column changes nothing. */
  @Test
  default void isTranslationInvariantWhereDeclared() {
    assumeTrue(normaliser().has(Trait.TRANSLATION_INVARIANT), "skipped: " + normaliser().name()
        + " does not declare TRANSLATION_INVARIANT");
    forAll().check(x -> Outcome.of(() -> normaliser().strategy().normalise(x, direction(x))).ifPresent(out -> {
      // a shift of the order of the column's own range keeps the differences' precision
      double max = Arrays.stream(x).filter(v -> !Double.isNaN(v)).max().orElse(0);
      double min = Arrays.stream(x).filter(v -> !Double.isNaN(v)).min().orElse(0);
      double shift = 1.5 * (max - min);
      double[] shifted = Arrays.stream(x).map(v -> v + shift).toArray();
      if (!sameOrder(x, shifted)) {
        return; // the shift merged values that differ by less than its own rounding: nothing to compare
      }
      Outcome.of(() -> normaliser().strategy().normalise(shifted, direction(x))).ifPresent(sout -> assertClose(out, sout));
    }));
  }

  /**
   * Adding a value that lies within the column's range changes no other score, as a normaliser
   * fitted to the range promises: the property that lets it normalise all years of a panel as one
   * column, so that a year whose values lie within the panel's range leaves the other years' scores
   * as they were.
   */
  @Test
  default void addingAValueWithinTheRangeChangesNoOtherScoreWhereDeclared() {
    assumeTrue(normaliser().has(Trait.RANGE_FITTED), "skipped: " + normaliser().name()
        + " does not declare RANGE_FITTED");
    forAll().check(x -> Outcome.of(() -> normaliser().strategy().normalise(x, direction(x))).ifPresent(out -> {
      double max = Arrays.stream(x).filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
      double min = Arrays.stream(x).filter(v -> !Double.isNaN(v)).min().orElse(Double.NaN);
      if (Double.isNaN(min)) {
        return;
      }
      // a point between the bounds that cannot overflow, kept inside them against rounding
      double u = (Arrays.hashCode(x) & 0xFFFF) / 65535.0;
      double between = Math.min(max, Math.max(min, min * (1 - u) + max * u));
      double[] longer = Arrays.copyOf(x, x.length + 1);
      longer[x.length] = Double.isFinite(between) ? between : min / 2 + max / 2;
      Outcome.of(() -> normaliser().strategy().normalise(longer, direction(x))).ifPresent(lout ->
          assertClose(out, Arrays.copyOf(lout, x.length)));
    }));
  }

  private static boolean sameOrder(double[] a, double[] b) {
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a.length; j++) {
        if (Double.compare(a[i], a[j]) != Double.compare(b[i], b[j])) {
          return false;
        }
      }
    }
    return true;
  }

  private static void assertClose(double[] a, double[] b) {
    for (int i = 0; i < a.length; i++) {
      if (Double.isNaN(a[i])) {
        assertTrue(Double.isNaN(b[i]));
      } else {
        assertEquals(a[i], b[i], 1e-6 * Math.max(1, Math.abs(a[i])), "position " + i);
      }
    }
  }

  private static int[] permutation(int n, long seed) {
    RandomGenerator random = new java.util.SplittableRandom(seed);
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }
}
