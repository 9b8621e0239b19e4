package io.potentia.scoring.analysis.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.analysis.sensitivity.RankReversal.Change;
import io.potentia.scoring.analysis.sensitivity.RankReversal.Pair;
import io.potentia.scoring.normalise.Normalisers;
import io.potentia.scoring.rank.Criterion;
import io.potentia.scoring.rank.DecisionProblem;
import io.potentia.scoring.rank.RankingMethods;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankReversalTest {
  /**
   * TOPSIS with vector normalisation and equal weights on two benefit criteria. Closeness
   * coefficients (computed independently with numpy): with A4, A1 0.0746, A2 0.4797, A3 0.6080,
   * A4 0.4287, so A3 ranks above A2; without A4, A1 0.0900, A2 0.5445, A3 0.5374, so A2 ranks above
   * A3: removing an alternative ranked below both reverses them, because it changes the vector
   * norm of each criterion.
   */
  private static final DecisionProblem FOUR_SITES = DecisionProblem.of(List.of("A1", "A2", "A3", "A4"),
      List.of(Criterion.of("c1", Direction.BENEFIT, 0.5), Criterion.of("c2", Direction.BENEFIT, 0.5)),
      new double[][] {{1, 3}, {3, 9}, {9, 2}, {2, 9}});

  @Test
  void topsisReversesTwoSitesWhenAThirdIsRemoved() {
    List<Change> changes = RankReversal.check(RankingMethods.topsis(Normalisers.byName("vector")), FOUR_SITES);

    Change removeA4 = changes.get(3);
    assertEquals("removed", removeA4.test());
    assertEquals("A4", removeA4.alternative());
    assertEquals(List.of(new Pair("A3", "A2")), removeA4.reversals());
  }

  @Test
  void everyAlternativeIsRemovedAndDuplicatedOnceAndADominatedOneAdded() {
    List<Change> changes = RankReversal.check(RankingMethods.weightedProduct(), FOUR_SITES);

    assertEquals(9, changes.size());
    assertEquals(List.of("A1", "A2", "A3", "A4", "A1", "A2", "A3", "A4", "#dominated"),
        changes.stream().map(Change::alternative).toList());
    assertEquals("duplicated", changes.get(4).test());
    assertEquals("dominated-added", changes.get(8).test());
    // the weighted product compares ratios of an alternative's own values: nothing else can reorder it
    changes.forEach(c -> assertEquals(List.of(), c.reversals(), c.toString()));
  }

  @Test
  void needsThreeAlternatives() {
    DecisionProblem two = FOUR_SITES.without(3).without(2);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> RankReversal.check(RankingMethods.weightedProduct(), two));
    assertTrue(e.getMessage().contains("need at least 3"), e.getMessage());
  }
}
