package io.potentia.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.potentia.scoring.analysis.sensitivity.RankReversal;
import io.potentia.scoring.rank.DecisionProblem;
import io.potentia.scoring.rank.RankingMethod;
import io.potentia.scoring.rank.RankingMethods;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Methods built to be free of rank reversal show none under the removal, duplication and
 * dominated-addition checks, over seeded random problems: SPOTIS, whose reference point comes
 * from fixed bounds and not from the alternatives (Dezert, Tchamova, Han and Tacnet, "The SPOTIS
 * rank reversal free method for multi-criteria decision-making support", FUSION 2020), and the
 * weighted product model, which compares ratios of each alternative's own values.
 */
class RankReversalProperties {
  private static final Gen<DecisionProblem> THREE_OR_MORE = (random, size) -> {
    DecisionProblem p;
    do {
      p = Generators.decisionProblem().generate(random, Math.max(size, 2));
    } while (p.alternativeCount() < 3);
    return p;
  };

  private static void neverReverses(RankingMethod method) {
    PropertyRunner.forAll(THREE_OR_MORE).cases(200).check(problem -> RankReversal.check(method, problem)
        .forEach(change -> assertEquals(List.of(), change.reversals(), change.test() + " " + change.alternative())));
  }

  @Test
  void spotisNeverReverses() {
    neverReverses(RankingMethods.spotis());
  }

  @Test
  void theWeightedProductNeverReverses() {
    neverReverses(RankingMethods.weightedProduct());
  }
}
