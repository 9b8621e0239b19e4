package io.potentia.scoring.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.spec.Strategies;
import io.potentia.scoring.spi.Described;
import io.potentia.scoring.spi.Parameters;
import io.potentia.scoring.spi.Trait;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Seeded checks of the traits a registered ranking method declares beyond those the testkit's
 * {@code RankingMethodContract} checks (finite scores, determinism, anonymity, dominance, rank
 * reversal): the scores stay in the stated range ({@code BOUNDED}), multiplying a criterion by a
 * positive constant ({@code SCALE_INVARIANT}) or adding one ({@code TRANSLATION_INVARIANT}, on
 * problems the method accepts) changes no score. Problems have 1 to 8 alternatives, 1 to 4
 * criteria, random directions and weights, and values drawn from a few scales (some constant
 * criteria, some repeated values); a method may refuse a problem, with a message.
 */
final class DeclaredTraits {
  private static final int CASES = 400;

  private DeclaredTraits() {}

  /** The method as users get it by name, with its parameters given as on the command line. */
  static Described<RankingMethod> registered(String name, String... parameters) {
    return Strategies.registry().ranking(name, Parameters.parse(name, List.of(parameters)));
  }

  /**
   * Checks the declared traits over seeded problems, and that they are exactly {@code expected}.
   *
   * @param lower the smallest score a {@code BOUNDED} method gives (up to rounding, 1e-12)
   * @param upper the largest
   */
  static void check(Described<RankingMethod> method, Set<Trait> expected, double lower, double upper) {
    assertEquals(expected, method.traits(), "the traits " + method.name() + " declares");
    SplittableRandom random = new SplittableRandom(0x5EED_2026L);
    int accepted = 0;
    for (int c = 0; c < CASES; c++) {
      DecisionProblem p = problem(random, method.has(Trait.ACCEPTS_NON_POSITIVE));
      RankingResult r;
      try {
        r = method.strategy().rank(p);
      } catch (InvalidInputException e) {
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "a refusal says why");
        continue;
      }
      accepted++;
      String where = method.name() + ", case " + c + ": " + p.matrix();
      if (method.has(Trait.BOUNDED)) {
        for (double s : r.scoreArray()) {
          // the weights, scaled to sum 1, carry rounding: a sum of them may pass 1 by an ulp or two
          assertTrue(s >= lower - 1e-12 && s <= upper + 1e-12, where + ": score " + s + " outside [" + lower + ", " + upper + "]");
        }
      }
      if (method.has(Trait.SCALE_INVARIANT)) {
        assertSameScores(r, method.strategy().rank(transformed(p, random, true)), where + ", scaled");
      }
      if (method.has(Trait.TRANSLATION_INVARIANT)) {
        assertSameScores(r, method.strategy().rank(transformed(p, random, false)), where + ", translated");
      }
    }
    assertTrue(accepted > CASES / 5, method.name() + " accepted only " + accepted + " of " + CASES + " problems");
  }

  private static void assertSameScores(RankingResult expected, RankingResult actual, String where) {
    for (int i = 0; i < expected.scores().size(); i++) {
      double e = expected.scoreArray()[i];
      assertEquals(e, actual.scoreArray()[i], 1e-9 * Math.max(1, Math.abs(e)), where);
    }
  }

  private static DecisionProblem problem(SplittableRandom random, boolean anySign) {
    int m = 1 + random.nextInt(8);
    int n = 1 + random.nextInt(4);
    double[][] rows = new double[m][n];
    List<Criterion> criteria = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      double scale = Math.pow(10, random.nextInt(-2, 5));
      boolean constant = random.nextInt(10) == 0;
      for (int i = 0; i < m; i++) {
        boolean repeat = i > 0 && random.nextInt(4) == 0;
        rows[i][j] = repeat ? rows[0][j] : scale * (constant ? 1 : 0.05 + random.nextDouble()) - (anySign ? scale / 2 : 0);
      }
      criteria.add(Criterion.of("c" + j, random.nextBoolean() ? Direction.BENEFIT : Direction.COST,
          0.05 + random.nextDouble()));
    }
    List<String> alternatives = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      alternatives.add("a" + i);
    }
    return DecisionProblem.of(alternatives, criteria, rows);
  }

  /** Each criterion multiplied by a positive constant, or shifted by one. */
  private static DecisionProblem transformed(DecisionProblem p, SplittableRandom random, boolean scale) {
    double[][] rows = new double[p.alternativeCount()][p.criterionCount()];
    for (int j = 0; j < p.criterionCount(); j++) {
      double factor = scale ? Math.pow(10, random.nextDouble(-3, 3)) : random.nextDouble(-100, 100);
      for (int i = 0; i < p.alternativeCount(); i++) {
        double x = p.matrix().get(i).get(j);
        rows[i][j] = scale ? x * factor : x + factor;
      }
    }
    return DecisionProblem.of(p.alternatives(), p.criteria(), rows);
  }
}
