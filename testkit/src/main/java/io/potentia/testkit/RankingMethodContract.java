package io.potentia.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.potentia.core.indicator.Direction;
import io.potentia.scoring.spi.Described;
import io.potentia.scoring.spi.Trait;
import io.potentia.scoring.rank.DecisionProblem;
import io.potentia.scoring.rank.RankingMethod;
import io.potentia.scoring.rank.RankingResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link RankingMethod}: one finite score per alternative; the same problem
 * gives the same result; reordering the alternatives reorders the scores (anonymity); an
 * alternative that dominates another (at least as good on every criterion, better on one) never
 * ranks below it (where declared monotone); and removing an alternative never reverses the order of
 * two others (where declared rank-reversal-free). Generated problems have positive values, random
 * directions and weights, and bounds on every criterion (for methods such as SPOTIS).
 */
public interface RankingMethodContract {

  /**
   * The method under test, with the name its messages use and the traits whose checks run: the
   * registered one, for example {@code
   * Strategies.registry().ranking("topsis", Parameters.none("topsis"))}, tests
   * what users get by name.
   *
   * @return the described method
   */
  Described<RankingMethod> method();

  /**
   * The number of cases per check.
   *
   * @return the count
   */
  default int cases() {
    return 200;
  }

  /**
   * The problems to test on.
   *
   * @return the generator
   */
  default Gen<DecisionProblem> problems() {
    return Generators.decisionProblem();
  }

  private PropertyRunner<DecisionProblem> forAll() {
    return PropertyRunner.forAll(problems()).cases(cases());
  }

  /** One finite score per alternative, or a clear rejection. */
  @Test
  default void givesOneFiniteScorePerAlternative() {
    java.util.concurrent.atomic.AtomicInteger accepted = new java.util.concurrent.atomic.AtomicInteger();
    forAll().numericEdgeCases().check(p -> Outcome.of(() -> method().strategy().rank(p)).ifPresent(r -> {
      accepted.incrementAndGet();
      assertEquals(p.alternativeCount(), r.scores().size());
      r.scores().forEach(s -> assertTrue(Double.isFinite(s), "score " + s));
      r.ranks().forEach(k -> assertTrue(k >= 1 && k <= p.alternativeCount(), "rank " + k));
    }));
    assertTrue(accepted.get() > 0, method().name() + " rejected every generated problem: the checks would be vacuous");
  }

  /** The same problem gives the same result. */
  @Test
  default void isDeterministic() {
    forAll().check(p -> Outcome.of(() -> method().strategy().rank(p)).ifPresent(r -> assertEquals(r, method().strategy().rank(p))));
  }

  /** Reversing the order of the alternatives reverses the scores. */
  @Test
  default void isAnonymousWhereDeclared() {
    assumeTrue(method().has(Trait.ANONYMOUS), "skipped: " + method().name() + " does not declare ANONYMOUS");
    forAll().check(p -> Outcome.of(() -> method().strategy().rank(p)).ifPresent(r -> {
      int m = p.alternativeCount();
      double[][] rows = new double[m][];
      List<String> alternatives = new ArrayList<>();
      for (int i = 0; i < m; i++) {
        rows[i] = p.matrix().get(m - 1 - i).stream().mapToDouble(Double::doubleValue).toArray();
        alternatives.add(p.alternatives().get(m - 1 - i));
      }
      RankingResult reversed = method().strategy().rank(DecisionProblem.of(alternatives, p.criteria(), rows));
      for (int i = 0; i < m; i++) {
        double a = r.scores().get(m - 1 - i);
        assertEquals(a, reversed.scores().get(i), 1e-9 * Math.max(1, Math.abs(a)), "alternative " + alternatives.get(i));
      }
    }));
  }

  /** A dominating alternative never ranks below the one it dominates. */
  @Test
  default void respectsDominanceWhereDeclaredMonotone() {
    assumeTrue(method().has(Trait.MONOTONE), "skipped: " + method().name() + " does not declare MONOTONE");
    forAll().check(p -> Outcome.of(() -> method().strategy().rank(p)).ifPresent(r -> {
      for (int a = 0; a < p.alternativeCount(); a++) {
        for (int b = 0; b < p.alternativeCount(); b++) {
          if (a != b && dominates(p, a, b)) {
            assertTrue(r.ranks().get(a) <= r.ranks().get(b), p.alternatives().get(a) + " dominates "
                + p.alternatives().get(b) + " but ranks " + r.ranks().get(a) + " against " + r.ranks().get(b));
          }
        }
      }
    }));
  }

  /** Removing an alternative never reverses the order of two others. */
  @Test
  default void isFreeOfRankReversalWhereDeclared() {
    assumeTrue(method().has(Trait.RANK_REVERSAL_FREE), "skipped: " + method().name()
        + " does not declare RANK_REVERSAL_FREE");
    forAll().check(p -> {
      if (p.alternativeCount() < 3) {
        return;
      }
      Outcome.of(() -> method().strategy().rank(p)).ifPresent(full -> {
        DecisionProblem smaller = p.without(0);
        Outcome.of(() -> method().strategy().rank(smaller)).ifPresent(reduced -> {
          double sign = full.higherIsBetter() ? 1 : -1;
          for (int a = 1; a < p.alternativeCount(); a++) {
            for (int b = 1; b < p.alternativeCount(); b++) {
              double before = sign * (full.scores().get(a) - full.scores().get(b));
              double after = sign * (reduced.scores().get(a - 1) - reduced.scores().get(b - 1));
              assertTrue(!(before > 1e-9 && after < -1e-9), "removing " + p.alternatives().get(0) + " reversed "
                  + p.alternatives().get(a) + " and " + p.alternatives().get(b));
            }
          }
        });
      });
    });
  }

  private static boolean dominates(DecisionProblem p, int a, int b) {
    boolean strictly = false;
    for (int j = 0; j < p.criterionCount(); j++) {
      double sign = p.criteria().get(j).direction() == Direction.BENEFIT ? 1 : -1;
      double d = sign * (p.matrix().get(a).get(j) - p.matrix().get(b).get(j));
      if (d < 0) {
        return false;
      }
      strictly |= d > 0;
    }
    return strictly;
  }
}
