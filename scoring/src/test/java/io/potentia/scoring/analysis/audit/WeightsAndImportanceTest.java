package io.potentia.scoring.analysis.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.core.indicator.Direction;
import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.indicator.RollUp;
import io.potentia.core.indicator.Scale;
import io.potentia.core.indicator.ValidRange;
import io.potentia.core.potential.PotentialType;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.analysis.audit.WeightsAndImportance.Entry;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.spec.StrategySpec;
import java.util.Map;
import java.util.Set;
import io.potentia.scoring.result.ScoreReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nominal weights, effective weights and importance of the nodes of a scored framework. */
class WeightsAndImportanceTest {
  /**
   * The coherence fixture: pillars p (a, b, c) and q (d, e), equal weights, arithmetic means. The
   * nominal weight of a is 1/2 x 1/3; the effective weights of the indicators sum to 1, as do those
   * of the two pillars, because the index is linear in them on complete data.
   */
  @Test
  void nominalWeightsMultiplyDownTheTreeAndEffectiveWeightsShareTheVariance() {
    List<Entry> entries = WeightsAndImportance.of(CoherenceTest.score(3, 0));
    Entry a = entry(entries, "a");
    assertEquals(1 / 6.0, a.nominalWeight(), 1e-12);
    assertEquals("x.a", a.indicator());
    assertEquals(2, a.depth());
    assertEquals(0.5, entry(entries, "q").nominalWeight(), 1e-12);
    double indicators = entries.stream().filter(e -> e.indicator() != null)
        .mapToDouble(e -> e.effectiveWeight().getAsDouble()).sum();
    assertEquals(1, indicators, 1e-12);
    assertEquals(1, entry(entries, "p").effectiveWeight().getAsDouble() + entry(entries, "q").effectiveWeight()
        .getAsDouble(), 1e-12);
  }

  /**
   * In pillar p, a and its mirror c cancel: p = (a + b + 100 - a) / 3 moves with b alone, so the
   * index barely depends on a or c, whatever their nominal weight of 1/6; the gap says so.
   */
  @Test
  void aMirroredPairMattersLessThanItsWeightClaims() {
    List<Entry> entries = WeightsAndImportance.of(CoherenceTest.score(4, 0));
    double normalisedOverIndicators = entries.stream().filter(e -> e.indicator() != null)
        .mapToDouble(e -> e.normalisedImportance().getAsDouble()).sum();
    assertEquals(1, normalisedOverIndicators, 1e-12);
    Entry d = entry(entries, "d");
    Entry a = entry(entries, "a");
    assertTrue(a.importance().getAsDouble() < d.importance().getAsDouble(),
        "a (" + a.importance() + ") moves the index less than d (" + d.importance() + ")");
    assertTrue(a.gap().getAsDouble() < 0, a.toString());
  }

  /**
   * Worked by hand: x1 = (0, 50, 100) weighted 0.75 and x2 = (0, 100, 50) weighted 0.25 give the
   * index y = (0, 62.5, 87.5); Cov(x1, y) = 4375/3, Cov(x2, y) = 3125/3 and Var(y) = 4062.5/3, so
   * the effective weights are 0.75 x 4375 / 4062.5 = 21/26 and 0.25 x 3125 / 4062.5 = 5/26: the
   * indicator weighted three times the other carries more than four times its share of the variance.
   */
  @Test
  void effectiveWeightsOfTheHandWorkedTwoIndicatorCase() {
    List<FrameworkNode> nodes = List.of(FrameworkNode.builder().id("index").name("index").build(),
        FrameworkNode.builder().id("one").name("one").parent("index").indicator("x.one").weight(3).build(),
        FrameworkNode.builder().id("two").name("two").parent("index").indicator("x.two").weight(1).build());
    List<Indicator> indicators = List.of(indicator("x.one"), indicator("x.two"));
    Dataset data = Dataset.builder().put("A", "x.one", 2024, 0).put("B", "x.one", 2024, 50).put("C", "x.one", 2024, 100)
        .put("A", "x.two", 2024, 0).put("B", "x.two", 2024, 100).put("C", "x.two", 2024, 50).build();
    ScoreReport report = ScoringPipeline.builder().framework(Framework.builder().id("t").name("t").nodes(nodes).build())
        .catalogue(IndicatorCatalogue.builder().id("t").indicators(indicators).build())
        .spec(StrategySpec.builder().normalisation(StepSpec.of("goalposts", Map.of("lower",
            JsonNodeFactory.instance.numberNode(0), "upper", JsonNodeFactory.instance.numberNode(100), "scale",
            JsonNodeFactory.instance.numberNode(100)))).build())
        .build().score(data, 2024);
    assertArrayEquals(new double[] {0, 62.5, 87.5}, report.scores("index"), 1e-12);
    List<Entry> entries = WeightsAndImportance.of(report);
    assertEquals(0.75, entry(entries, "one").nominalWeight(), 1e-15);
    assertEquals(21 / 26.0, entry(entries, "one").effectiveWeight().getAsDouble(), 1e-12);
    assertEquals(5 / 26.0, entry(entries, "two").effectiveWeight().getAsDouble(), 1e-12);
  }

  private static Indicator indicator(String id) {
    return Indicator.builder().id(id).name(id).unit("points").direction(Direction.BENEFIT).scale(Scale.RATIO)
        .validRange(ValidRange.of(0, 100)).dimension(PotentialType.ECONOMIC).rollUp(RollUp.MEAN)
        .levels(Set.of(AreaLevel.PROVINCE)).description("hand-worked test indicator").build();
  }

  /** Seeded property: with values missing, every figure is finite or empty, never NaN. */
  @Test
  void missingValuesGiveFiniteOrEmptyFigures() {
    for (long seed = 10; seed < 20; seed++) {
      ScoreReport report = CoherenceTest.score(seed, 0.25);
      for (Entry e : WeightsAndImportance.of(report)) {
        assertTrue(Double.isFinite(e.nominalWeight()));
        for (var v : List.of(e.effectiveWeight(), e.importance(), e.normalisedImportance())) {
          assertTrue(v.isEmpty() || Double.isFinite(v.getAsDouble()), e.toString());
        }
      }
    }
  }

  private static Entry entry(List<Entry> entries, String node) {
    return entries.stream().filter(e -> e.node().equals(node)).findFirst().orElseThrow();
  }
}
