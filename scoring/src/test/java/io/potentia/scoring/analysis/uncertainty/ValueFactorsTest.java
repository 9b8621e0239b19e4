package io.potentia.scoring.analysis.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.analysis.TwoIndicatorIndex;
import io.potentia.scoring.analysis.sensitivity.RankSensitivity;
import io.potentia.scoring.analysis.sensitivity.SobolIndices;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan.ValueSpread;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Indicator-level value uncertainty as Sobol factors, on {@link TwoIndicatorIndex}'s four areas
 * (x = 90, 50, 60, 20 and y = 12, 50, 45, 20, over 100, equally weighted). Worked by hand: with
 * y's values drawn within a relative 1e-9 of themselves no rank can move (the closest scores,
 * A 0.510 and B 0.500, differ by 1e-2), so the output, the mean rank shift, does not depend on
 * y at all and both of y's indices are exactly 0; x drawn within 50% reorders A, B and C, so x
 * takes the whole variance.
 */
class ValueFactorsTest {
  private static final ScoringPipeline PIPELINE = TwoIndicatorIndex.pipeline(TwoIndicatorIndex.flat(),
      TwoIndicatorIndex.spec("arithmetic-mean").build());

  private static RankModel model(long seed) {
    UncertaintyPlan plan = UncertaintyPlan.builder().seed(seed)
        .putValue("t.x", ValueSpread.of(ValueSpread.Distribution.UNIFORM, 0.5, true))
        .putValue("t.y", ValueSpread.of(ValueSpread.Distribution.UNIFORM, 1e-9, true))
        .build();
    return RankModel.of(PIPELINE, TwoIndicatorIndex.fourAreas().build(), TwoIndicatorIndex.YEAR, plan);
  }

  @Test
  void eachIndicatorsErrorIsOneFactorAndAnErrorThatMovesNoRankHasIndicesOfZero() {
    RankModel model = model(5);
    assertEquals(List.of("value:t.x", "value:t.y"), model.factors());
    SobolIndices.Config config = new SobolIndices.Config(2, 256, SobolIndices.Estimator.SALTELLI_2010, 0, 0.95, 1);
    RankSensitivity.Result result = RankSensitivity.estimate(model, config, null, null);
    SobolIndices.OutputIndices indices = result.indices();
    assertEquals(0.0, indices.firstOrder()[1].estimate());
    assertEquals(0.0, indices.totalOrder()[1].estimate());
    assertTrue(indices.totalOrder()[0].estimate() > 0.9, "x's total index: " + indices.totalOrder()[0].estimate());
  }

  @Test
  void aPointGivesTheSameFieldOfValuesEveryTimeAndAnotherPointAnotherField() {
    RankModel model = model(5);
    {
      java.util.SplittableRandom random = new java.util.SplittableRandom(3);
      boolean moved = false;
      for (int t = 0; t < 50; t++) {
        double[] u = {random.nextDouble(), random.nextDouble()};
        double[] once = model.ranks(u);
        assertArrayEquals(once, model(5).ranks(u.clone()), "the same point, the same ranks");
        moved |= !java.util.Arrays.equals(once, model.nominalRanks());
      }
      assertTrue(moved, "x's error reorders the areas at some point");
    }
  }
}
