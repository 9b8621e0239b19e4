package io.potentia.scoring.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.potentia.core.area.Area;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.core.indicator.Direction;
import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.potential.PotentialType;
import io.potentia.core.indicator.RollUp;
import io.potentia.core.indicator.Scale;
import io.potentia.core.indicator.ValidRange;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.spec.StrategySpec;
import io.potentia.scoring.result.ReportFixture;
import io.potentia.scoring.result.ScoreReport;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
          case MEAN_OF_SCORED_AREAS, MEAN_OF_CHILD_MEANS -> sum / n; // a region's children are its scored provinces
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
        HierarchyRollUp.ScoreRule.MEAN_OF_SCORED_AREAS);
    double mean = java.util.Arrays.stream(last.scores(last.root())).average().orElseThrow();
    assertEquals(mean, nation.get("N"), 1e-12);
    String pillar = last.runs().get(last.root()).children().get(0);
    Map<String, Double> min = HierarchyRollUp.rollUpScores(last, pillar, fixture.hierarchy, AreaLevel.NATION,
        HierarchyRollUp.ScoreRule.MIN);
    assertEquals(java.util.Arrays.stream(last.scores(pillar)).min().orElseThrow(), min.get("N"), 0);
  }

  /**
   * The worked example of {@link HierarchyRollUp.ScoreRule}: region D1 holds provinces scored 10,
   * 20 and 30, region D2 one province scored 60. Goalposts 0 and 100 scaled to 100 on one indicator make each
   * score its raw value.
   */
  @Test
  void pooledAndLevelByLevelMeansDifferAsTheWorkedExampleSays() {
    AreaHierarchy areas = AreaHierarchy.of(List.of(
        Area.builder().id("N").name("Nation").level(AreaLevel.NATION).build(),
        Area.builder().id("D1").name("D1").level(AreaLevel.MILITARY_REGION).parent("N").build(),
        Area.builder().id("D2").name("D2").level(AreaLevel.MILITARY_REGION).parent("N").build(),
        province("A", "D1"), province("B", "D1"), province("C", "D1"), province("D", "D2")));
    Indicator rating = Indicator.builder().id("x.rating").name("rating").unit("points").direction(Direction.BENEFIT)
        .scale(Scale.RATIO).validRange(ValidRange.of(0, 100)).dimension(PotentialType.ECONOMIC).rollUp(RollUp.MEAN)
        .levels(Set.of(AreaLevel.PROVINCE, AreaLevel.MILITARY_REGION, AreaLevel.NATION)).description("test rating")
        .build();
    Dataset data = Dataset.builder().label("worked example").put("A", "x.rating", 2024, 10).put("B", "x.rating", 2024, 20)
        .put("C", "x.rating", 2024, 30).put("D", "x.rating", 2024, 60).build();
    ScoreReport report = ScoringPipeline.builder()
        .framework(Framework.builder().id("t").name("t").nodes(List.of(
            FrameworkNode.builder().id("index").name("index").build(),
            FrameworkNode.builder().id("rating").name("rating").parent("index").indicator("x.rating").build())).build())
        .catalogue(IndicatorCatalogue.builder().id("t").indicators(List.of(rating)).build())
        .spec(StrategySpec.builder().normalisation(StepSpec.of("goalposts", Map.of(
            "lower", JsonNodeFactory.instance.numberNode(0), "upper", JsonNodeFactory.instance.numberNode(100),
            "scale", JsonNodeFactory.instance.numberNode(100)))).build())
        .build()
        .score(data, 2024);

    assertEquals(30, HierarchyRollUp.rollUpScores(report, "index", areas, AreaLevel.NATION,
        HierarchyRollUp.ScoreRule.MEAN_OF_SCORED_AREAS).get("N"), 1e-12);
    assertEquals(40, HierarchyRollUp.rollUpScores(report, "index", areas, AreaLevel.NATION,
        HierarchyRollUp.ScoreRule.MEAN_OF_CHILD_MEANS).get("N"), 1e-12);
    Dataset rolled = HierarchyRollUp.rollUp(data, areas, IndicatorCatalogue.builder().id("t").indicators(List.of(rating))
        .build()).dataset();
    assertEquals(20, rolled.value("D1", "x.rating", 2024).getAsDouble(), 1e-12);
    assertEquals(40, rolled.value("N", "x.rating", 2024).getAsDouble(), 1e-12, "the raw roll-up is level by level");
  }

  private static Area province(String id, String region) {
    return Area.builder().id(id).name(id).level(AreaLevel.PROVINCE).parent(region).build();
  }
}
