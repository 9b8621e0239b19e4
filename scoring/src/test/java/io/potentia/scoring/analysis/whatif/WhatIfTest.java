package io.potentia.scoring.analysis.whatif;

import io.potentia.scoring.analysis.TwoIndicatorIndex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.core.data.Observation;
import io.potentia.scoring.analysis.whatif.WhatIf.MarginalEffect;
import io.potentia.scoring.ScoringPipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What-if analysis of {@link TwoIndicatorIndex} under the arithmetic mean, worked by hand: the
 * index is (x + y) / 200 (C 0.525, A 0.51, B 0.50, D 0.20), so each indicator point is worth
 * 0.005 of the index.
 */
class WhatIfTest {
  private static final Dataset DATA = TwoIndicatorIndex.fourAreas().build();
  private static final ScoringPipeline PIPELINE = TwoIndicatorIndex.pipeline(TwoIndicatorIndex.flat(),
      TwoIndicatorIndex.spec("arithmetic-mean").build());

  @Test
  void raisingAnAreasWeakIndicatorLiftsItToTheTop() {
    WhatIf.Outcome o = WhatIf.apply(PIPELINE, DATA, TwoIndicatorIndex.YEAR,
        List.of(Observation.of("A", "t.y", TwoIndicatorIndex.YEAR, 30)));

    // A: (90 + 30) / 200 = 0.60, first; C falls to second
    assertEquals(0.60, o.after().score("index", "A"), 1e-12);
    assertEquals(0.51, o.before().score("index", "A"), 1e-12);
    assertEquals(1, o.comparison().changes().get(0).rankChange(), "A moves up one");
    assertEquals(-1, o.comparison().changes().get(2).rankChange(), "C moves down one");
    assertEquals(0, o.comparison().changes().get(1).rankChange());
    assertEquals(12, DATA.value("A", "t.y", TwoIndicatorIndex.YEAR).getAsDouble(), "the data given is unchanged");
  }

  @Test
  void marginalEffectsStepEachIndicatorByAShareOfItsRange() {
    WhatIf.Marginals m = WhatIf.marginalEffects(PIPELINE, DATA, TwoIndicatorIndex.YEAR, "B", 0.1);

    assertEquals(List.of(), m.missing());
    MarginalEffect x = m.effects().get(0);
    MarginalEffect y = m.effects().get(1);
    // x ranges 20..90: step 7, B to (57 + 50) / 200 = 0.535, first (from third)
    assertEquals(7, x.step(), 1e-12);
    assertEquals(0.035, x.scoreChange(), 1e-12);
    assertEquals(0.005, x.perUnit(), 1e-12);
    assertEquals(2, x.rankChange());
    // y ranges 12..50: step 3.8, B to 0.519, second
    assertEquals(3.8, y.step(), 1e-12);
    assertEquals(0.019, y.scoreChange(), 1e-12);
    assertEquals(1, y.rankChange());
  }

  @Test
  void aStepThatWouldLeaveTheValidRangeIsTakenDownward() {
    // A's x = 90 with range 70: a step of 14 up would pass 100, so it steps to 76
    WhatIf.Marginals m = WhatIf.marginalEffects(PIPELINE, DATA, TwoIndicatorIndex.YEAR, "A", 0.2);
    MarginalEffect x = m.effects().get(0);
    assertEquals(-14, x.step(), 1e-12);
    assertEquals(-0.07, x.scoreChange(), 1e-12);
    assertEquals(0.005, x.perUnit(), 1e-12);
  }

  @Test
  void anIndicatorTheAreaLacksIsListedAsMissing() {
    Dataset data = TwoIndicatorIndex.fourAreas().putMissing("E", "t.x", TwoIndicatorIndex.YEAR)
        .put("E", "t.y", TwoIndicatorIndex.YEAR, 40).build();
    WhatIf.Marginals m = WhatIf.marginalEffects(PIPELINE, data, TwoIndicatorIndex.YEAR, "E", 0.1);
    assertEquals(List.of("t.x"), m.missing());
    assertEquals(List.of("t.y"), m.effects().stream().map(MarginalEffect::indicator).toList());
  }

  @Test
  void rejectsAStepOutsideTheUnitIntervalAndUnknownAreas() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> WhatIf.marginalEffects(PIPELINE, DATA, TwoIndicatorIndex.YEAR, "A", 0));
    assertTrue(e.getMessage().contains("relative step 0.0 must be in (0, 1]"), e.getMessage());
    assertThrows(InvalidInputException.class, () -> WhatIf.marginalEffects(PIPELINE, DATA, TwoIndicatorIndex.YEAR, "Z", 0.1));
    assertThrows(InvalidInputException.class, () -> WhatIf.apply(PIPELINE, DATA, TwoIndicatorIndex.YEAR,
        List.of(Observation.of("A", "t.unknown", TwoIndicatorIndex.YEAR, 1))));
  }
}
