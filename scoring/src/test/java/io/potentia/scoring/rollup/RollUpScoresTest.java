package io.potentia.scoring.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.potentia.core.area.AreaLevel;
import io.potentia.scoring.result.ReportFixture;
import io.potentia.scoring.result.ScoreReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scores rolled up from provinces to their military regions and the nation, by each rule, checked by hand. */
class RollUpScoresTest {
  private static ReportFixture fixture;
  private static ScoreReport last;

  @BeforeAll
  static void score() {
    fixture = new ReportFixture();
    last = fixture.reports.get(fixture.reports.size() - 1);
  }

  @Test
  void eachRuleCombinesTheProvincesOfARegion() {
    for (HierarchyRollUp.ScoreRule rule : HierarchyRollUp.ScoreRule.values()) {
      Map<String, Double> byRegion = HierarchyRollUp.rollUpScores(last, last.root(), fixture.hierarchy,
          AreaLevel.MILITARY_REGION, rule);
      assertEquals(List.of("R0", "R1", "R2"), List.copyOf(byRegion.keySet()));
      for (int r = 0; r < 3; r++) {
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double weighted = 0;
        double people = 0;
        int n = 0;
        for (int p = r; p < ReportFixture.AREAS; p += 3) {
          double v = last.score(last.root(), "P" + p);
          sum += v;
          min = Math.min(min, v);
          weighted += (100_000 + p * 1000) * v;
          people += 100_000 + p * 1000;
          n++;
        }
        double expected = switch (rule) {
          case SUM -> sum;
          case MEAN -> sum / n;
          case MIN -> min;
          case POPULATION_WEIGHTED_MEAN -> weighted / people;
        };
        assertEquals(expected, byRegion.get("R" + r), 1e-12, rule + " of R" + r);
      }
    }
  }

  @Test
  void theNationRollsUpEveryProvinceAndAPillarRollsUpLikeTheIndex() {
    Map<String, Double> nation = HierarchyRollUp.rollUpScores(last, last.root(), fixture.hierarchy, AreaLevel.NATION,
        HierarchyRollUp.ScoreRule.MEAN);
    double mean = java.util.Arrays.stream(last.scores(last.root())).average().orElseThrow();
    assertEquals(mean, nation.get("N"), 1e-12);
    String pillar = last.runs().get(last.root()).children().get(0);
    Map<String, Double> min = HierarchyRollUp.rollUpScores(last, pillar, fixture.hierarchy, AreaLevel.NATION,
        HierarchyRollUp.ScoreRule.MIN);
    assertEquals(java.util.Arrays.stream(last.scores(pillar)).min().orElseThrow(), min.get("N"), 0);
  }
}
