package io.potentia.scoring.analysis.sensitivity;

import static io.potentia.core.indicator.Direction.BENEFIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.rank.Criterion;
import io.potentia.scoring.rank.DecisionProblem;
import io.potentia.scoring.rank.RankingMethod;
import io.potentia.scoring.rank.RankingResult;
import io.potentia.scoring.spec.Strategies;
import io.potentia.scoring.spi.Described;
import io.potentia.scoring.spi.Parameters;
import java.util.List;
import org.junit.jupiter.api.Test;

class MethodAgreementTest {
  private static final DecisionProblem FOUR = DecisionProblem.of(List.of("A1", "A2", "A3", "A4"),
      List.of(Criterion.of("c", BENEFIT, 1)), new double[][] {{4}, {3}, {2}, {1}});

  /** A method that ranks the alternatives as told (1 = best), whatever the problem. */
  private static Described<RankingMethod> fixed(String name, double... ranks) {
    RankingMethod m = problem -> RankingResult.builder().method(name).alternatives(problem.alternatives())
        .scores(java.util.Arrays.stream(ranks).boxed().toList()).higherIsBetter(false).build();
    return Described.of(name, m);
  }

  /**
   * Rankings (1, 2, 3, 4) and (3, 1, 2, 4): Spearman's rho = 1 - 6 * 6 / 60 = 0.4; r_w = 1 - 6 * (4 *
   * (4 + 2) + 1 * (3 + 4) + 1 * (2 + 3)) / 300 (N^4 + N^3 - N^2 - N = 300) = 0.28; WS with the first as reference = 1 -
   * (2^-1 * 2/3 + 2^-2 * 1/2 + 2^-3 * 1/2) = 23/48, with the second = 1 - (2^-3 * 2/2 + 2^-1 * 1/3 +
   * 2^-2 * 1/2) = 7/12; each worked by hand from the coefficients' definitions.
   */
  @Test
  void everyPairIsComparedByEachCoefficientAndWsTakesTheRowAsTheReference() {
    MethodAgreement.Result r = MethodAgreement.compare(FOUR, List.of(fixed("a", 1, 2, 3, 4), fixed("b", 3, 1, 2, 4)));
    assertEquals(List.of("a", "b"), r.methods());
    assertEquals(List.of("A1", "A2", "A3", "A4"), r.alternatives());
    assertEquals(0.4, r.spearman().get(0).get(1), 1e-15);
    assertEquals(0.4, r.spearman().get(1).get(0), 1e-15);
    assertEquals(1 - 216.0 / 300, r.weightedSpearman().get(0).get(1), 1e-15);
    assertEquals(1 - 216.0 / 300, r.weightedSpearman().get(1).get(0), 1e-15);
    assertEquals(23.0 / 48, r.ws().get(0).get(1), 1e-15);
    assertEquals(7.0 / 12, r.ws().get(1).get(0), 1e-15);
    for (List<List<Double>> m : List.of(r.spearman(), r.weightedSpearman(), r.ws())) {
      assertEquals(1, m.get(0).get(0), 0);
      assertEquals(1, m.get(1).get(1), 0);
    }
  }

  @Test
  void tiesAreComparedAtTheirAverageRank() {
    // (1, 1, 3, 4) under the MIN policy is (1.5, 1.5, 3, 4) on average: against (1, 2, 3, 4),
    // r_w = 1 - 6 * (0.25 * (3.5 + 4) + 0.25 * (3.5 + 3)) / 300 = 0.93
    MethodAgreement.Result r = MethodAgreement.compare(FOUR, List.of(fixed("a", 1, 2, 3, 4), fixed("b", 1, 1, 3, 4)));
    assertEquals(1 - 21.0 / 300, r.weightedSpearman().get(0).get(1), 1e-15);
    assertEquals(List.of(1.0, 1.0, 3.0, 4.0), r.rankings().get(1).ranks());
  }

  @Test
  void registeredMethodsRankTheSameProblemAndAgreeWhereTheProblemLeavesNoDoubt() {
    // one benefit criterion: every method must put the alternatives in the order of their values
    Strategies registry = Strategies.registry();
    List<Described<RankingMethod>> methods = List.of(
        registry.ranking("topsis", Parameters.none("topsis")),
        registry.ranking("vikor", Parameters.none("vikor")),
        registry.ranking("wsm", Parameters.none("wsm")));
    MethodAgreement.Result r = MethodAgreement.compare(FOUR, methods);
    for (int a = 0; a < 3; a++) {
      assertEquals(List.of(1.0, 2.0, 3.0, 4.0), r.rankings().get(a).ranks(), r.methods().get(a));
      for (int b = 0; b < 3; b++) {
        assertEquals(1, r.ws().get(a).get(b), 1e-15);
      }
    }
  }

  @Test
  void aMethodThatRefusesTheProblemIsNamed() {
    // SPOTIS needs bounds, which this problem's criterion lacks
    Described<RankingMethod> spotis = Strategies.registry().ranking("spotis", Parameters.none("spotis"));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> MethodAgreement.compare(FOUR, List.of(fixed("a", 1, 2, 3, 4), spotis)));
    assertTrue(e.getMessage().contains("method 'spotis': "), e.getMessage());
  }

  @Test
  void duplicatesTiedRankingsAndTooLittleToCompareAreRefused() {
    assertRefuses("the method 'a' is named twice", FOUR, List.of(fixed("a", 1, 2, 3, 4), fixed("a", 2, 1, 3, 4)));
    assertRefuses("method 'b' ties every alternative", FOUR, List.of(fixed("a", 1, 2, 3, 4), fixed("b", 1, 1, 1, 1)));
    assertRefuses("no ranking methods to compare", FOUR, List.of());
    DecisionProblem one = DecisionProblem.of(List.of("A1"), List.of(Criterion.of("c", BENEFIT, 1)), new double[][] {{1}});
    assertRefuses("1 alternative", one, List.of(fixed("a", 1)));
  }

  private static void assertRefuses(String expected, DecisionProblem problem, List<Described<RankingMethod>> methods) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> MethodAgreement.compare(problem, methods));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
