package io.potentia.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.potentia.scoring.spi.Described;
import io.potentia.scoring.spi.OutputRange;
import io.potentia.scoring.spi.Trait;
import io.potentia.scoring.aggregate.Aggregator;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of an {@link Aggregator}: implement {@link #aggregator()} and every check runs on
 * many seeded tables of child scores in {@code [0, 1]} (or {@code (0, 1]} where zero is not
 * accepted) with random weights. Checks of undeclared traits are skipped, visibly.
 */
public interface AggregatorContract {

  /**
   * The aggregator under test, with the name its messages use and the traits whose checks run: the
   * registered one, for example {@code Strategies.registry().aggregator(StepSpec.of("geometric-mean"))}, tests
   * what users get by name.
   *
   * @return the described aggregator
   */
  Described<Aggregator> aggregator();

  /**
   * The number of children the aggregator needs, or 0 when any number from 2 will do (an OWA with
   * four order weights needs exactly four).
   *
   * @return the fixed child count, or 0
   */
  default int childCount() {
    return 0;
  }

  /**
   * The number of cases per check.
   *
   * @return the count
   */
  default int cases() {
    return 300;
  }

  /**
   * A table of children x areas with weights, as the checks use it.
   *
   * @param children one array per child, one score per area
   * @param weights one weight per child
   */
  record Table(double[][] children, double[] weights) {
    @Override
    public String toString() {
      return "children " + Arrays.deepToString(children) + ", weights " + Arrays.toString(weights);
    }
  }

  /**
   * The tables to test on.
   *
   * @return the generator
   */
  default Gen<Table> tables() {
    boolean positive = !aggregator().has(Trait.ACCEPTS_NON_POSITIVE);
    return (random, size) -> {
      int c = childCount() > 0 ? childCount() : 2 + random.nextInt(1 + size / 4);
      int m = 2 + random.nextInt(size + 1);
      double[][] x = new double[c][m];
      for (int j = 0; j < c; j++) {
        for (int a = 0; a < m; a++) {
          double v = random.nextDouble() < 0.1 ? (random.nextBoolean() ? 0 : 1) : random.nextDouble();
          x[j][a] = positive && v == 0 ? 0.5 : v;
        }
      }
      double[] w = Generators.weights().generate(random, c - 1);
      if (w.length != c) {
        w = new double[c];
        Arrays.fill(w, 1.0 / c);
      }
      return new Table(x, w);
    };
  }

  private PropertyRunner<Table> forAll() {
    return PropertyRunner.forAll(tables()).cases(cases());
  }

  /** Finite scores give finite results, or a clear rejection. */
  @Test
  default void neverTurnsFiniteInputIntoNanOrInfinity() {
    java.util.concurrent.atomic.AtomicInteger accepted = new java.util.concurrent.atomic.AtomicInteger();
    forAll().numericEdgeCases().check(t -> Outcome.of(() -> aggregator().strategy().aggregate(t.children(), t.weights())).ifPresent(out -> {
      accepted.incrementAndGet();
      assertEquals(t.children()[0].length, out.length);
      for (double v : out) {
        assertTrue(Double.isFinite(v), "result " + v);
      }
    }));
    assertTrue(accepted.get() > 0, aggregator().name() + " rejected every generated table: the checks would be vacuous");
  }

  /** The same input gives the same output. */
  @Test
  default void isDeterministic() {
    forAll().check(t -> Outcome.of(() -> aggregator().strategy().aggregate(t.children(), t.weights()))
        .ifPresent(out -> assertArrayEquals(out, aggregator().strategy().aggregate(t.children(), t.weights()), 0)));
  }

  /** Raising one child's score for one area never lowers that area's result. */
  @Test
  default void isMonotoneWhereDeclared() {
    assumeTrue(aggregator().has(Trait.MONOTONE), "skipped: " + aggregator().name() + " does not declare MONOTONE");
    forAll().check(t -> Outcome.of(() -> aggregator().strategy().aggregate(t.children(), t.weights())).ifPresent(out -> {
      double[][] raised = new double[t.children().length][];
      for (int j = 0; j < raised.length; j++) {
        raised[j] = t.children()[j].clone();
      }
      int child = Math.floorMod(Arrays.hashCode(out), raised.length);
      int area = Math.floorMod(Arrays.hashCode(t.weights()), out.length);
      raised[child][area] = raised[child][area] + (1 - raised[child][area]) / 2;
      Outcome.of(() -> aggregator().strategy().aggregate(raised, t.weights())).ifPresent(after ->
          assertTrue(after[area] >= out[area] - 1e-12, "area " + area + " fell from " + out[area] + " to " + after[area]
              + " when child " + child + " rose"));
    }));
  }

  /** Reordering the areas reorders the results the same way. */
  @Test
  default void isAnonymousWhereDeclared() {
    assumeTrue(aggregator().has(Trait.ANONYMOUS), "skipped: " + aggregator().name() + " does not declare ANONYMOUS");
    forAll().check(t -> Outcome.of(() -> aggregator().strategy().aggregate(t.children(), t.weights())).ifPresent(out -> {
      int m = out.length;
      double[][] reversed = new double[t.children().length][m];
      for (int j = 0; j < reversed.length; j++) {
        for (int a = 0; a < m; a++) {
          reversed[j][a] = t.children()[j][m - 1 - a];
        }
      }
      double[] rout = aggregator().strategy().aggregate(reversed, t.weights());
      for (int a = 0; a < m; a++) {
        assertEquals(out[m - 1 - a], rout[a], 1e-12, "area " + a);
      }
    }));
  }

  /** With every score in [0, 1], the result stays in the declared range. */
  @Test
  default void staysInItsRangeWhereDeclared() {
    assumeTrue(aggregator().has(Trait.BOUNDED), "skipped: " + aggregator().name() + " does not declare BOUNDED");
    Optional<OutputRange> range = aggregator().strategy().range(new OutputRange(0, 1));
    assertTrue(range.isPresent(), aggregator().name() + " declares BOUNDED but gives no range for inputs in [0, 1]");
    forAll().check(t -> Outcome.of(() -> aggregator().strategy().aggregate(t.children(), t.weights())).ifPresent(out -> {
      for (double v : out) {
        assertTrue(range.get().contains(v), v + " outside " + range.get());
      }
    }));
  }
}
