package io.potentia.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import io.potentia.core.InvalidInputException;
import io.potentia.core.area.Area;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.core.framework.Scenario;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.aggregate.Aggregators;
import io.potentia.scoring.check.MethodologyException;
import io.potentia.scoring.normalise.Normalisers;
import io.potentia.scoring.result.ScoreReport;
import io.potentia.scoring.result.ScoreReports;
import io.potentia.scoring.result.Stage;
import io.potentia.scoring.rollup.HierarchyRollUp;
import io.potentia.scoring.spec.RuleSpec;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.spec.Strategies;
import io.potentia.scoring.spec.StrategySpec;
import io.potentia.scoring.spi.Parameters;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoringPipelineTest {
  /** Index -> economic (GDP per capita, debt: a cost) and military (readiness). */
  static Framework framework() {
    return Framework.builder().id("small").name("Small").nodes(List.of(
        FrameworkNode.builder().id("index").name("Index").build(),
        FrameworkNode.builder().id("economic").name("Economic").parent("index").build(),
        FrameworkNode.builder().id("military").name("Military").parent("index").build(),
        FrameworkNode.builder().id("gdp").name("GDP pc").parent("economic").indicator("economic.gdp_per_capita").build(),
        FrameworkNode.builder().id("debt").name("Debt").parent("economic").indicator("economic.public_debt").build(),
        FrameworkNode.builder().id("readiness").name("Readiness").parent("military").weight(1)
            .indicator("military.combat_readiness").build()))
        .addScenario(Scenario.builder().id("wartime").name("Wartime").description("d").putWeight("military", 3.0).build())
        .build();
  }

  static Dataset data() {
    Dataset.Builder b = Dataset.builder();
    double[][] values = {{60, 40, 4}, {30, 80, 2}, {90, 60, 5}, {45, 20, 3}};
    String[] areas = {"P1", "P2", "P3", "P4"};
    for (int year = 2022; year <= 2023; year++) {
      for (int a = 0; a < 4; a++) {
        b.put(areas[a], "economic.gdp_per_capita", year, values[a][0] + (year - 2022) * 10 * a);
        b.put(areas[a], "economic.public_debt", year, values[a][1]);
        b.put(areas[a], "military.combat_readiness", year, values[a][2]);
      }
    }
    return b.build();
  }

  static ScoringPipeline pipeline(StrategySpec spec) {
    return ScoringPipeline.builder().framework(framework()).spec(spec).build();
  }

  @Test
  void scoresEveryNodeWithCostIndicatorsTurnedAround() {
    ScoreReport r = pipeline(StrategySpec.defaults()).score(data(), 2022);
    // debt is a cost: the lowest debt (P4, 20) scores 100
    assertEquals(100, r.score("debt", "P4"), 1e-12);
    assertEquals(0, r.score("debt", "P2"), 1e-12);
    // economic = mean(gdp, debt): P3 gdp 100, debt (80-60)/60*100 = 33.33
    assertEquals((100 + 100.0 / 3) / 2, r.score("economic", "P3"), 1e-12);
    assertEquals("P3", r.ranking("index").get(0));
    assertEquals(List.of("gdp", "debt", "economic", "readiness", "military", "index"), r.nodes());
  }

  /** Issue 15, item 1: a normalisation set on a pillar is the default of every leaf below it. */
  @Test
  void aNormalisationOnAPillarNormalisesEveryLeafBelowItUnlessALeafSetsItsOwn() {
    StrategySpec spec = StrategySpec.builder()
        .putOverride("economic", StrategySpec.NodeOverride.builder()
            .normalisation(StepSpec.of("min-max", Map.of("lower", IntNode.valueOf(1), "upper", IntNode.valueOf(100))))
            .aggregation(StepSpec.of("geometric-mean")).build())
        .putOverride("debt", StrategySpec.NodeOverride.builder().normalisation(StepSpec.of("fraction-of-max")).build())
        .build();
    ScoreReport r = pipeline(spec).score(data(), 2022);
    // gdp per capita 60, 30, 90, 45: min-max to [1, 100] under the economic pillar
    assertArrayEquals(new double[] {1 + 99 * 30.0 / 60, 1, 100, 1 + 99 * 15.0 / 60}, r.stage(Stage.NORMALISED,
        "economic.gdp_per_capita"), 1e-12);
    // debt 40, 80, 60, 20 (a cost) keeps its own setting: the fraction min / x
    assertArrayEquals(new double[] {0.5, 0.25, 20.0 / 60, 1}, r.stage(Stage.NORMALISED, "economic.public_debt"),
        1e-15);
    // readiness is under the military pillar: the spec's default, min-max to [0, 100]
    assertArrayEquals(new double[] {200.0 / 3, 0, 100, 100.0 / 3}, r.stage(Stage.NORMALISED,
        "military.combat_readiness"), 1e-12);
    assertEquals("min-max", r.runs().get("gdp").strategy());
  }

  /** Issue 15, item 2: what a leaf cannot do is refused, naming the leaf and the setting. */
  @Test
  void anAggregationWeightingOrRuleOnALeafIsRefusedNamingEach() {
    StrategySpec spec = StrategySpec.builder()
        .putOverride("gdp", StrategySpec.NodeOverride.builder().aggregation(StepSpec.of("minimum"))
            .weighting(StepSpec.of("equal")).addRule(RuleSpec.builder().kind("floor").value(10).build()).build())
        .build();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> pipeline(spec));
    assertEquals(List.of("overrides.gdp.aggregation", "overrides.gdp.weighting", "overrides.gdp.rules"),
        e.problems().stream().map(io.potentia.core.Problem::path).toList());
    assertTrue(e.getMessage().contains("node 'gdp' is a leaf, which is normalised, not aggregated: aggregation"
        + " 'minimum' cannot take effect; set it on its parent 'economic'"), e.getMessage());
    InvalidInputException given = assertThrows(InvalidInputException.class, () -> ScoringPipeline.builder()
        .framework(framework()).aggregator("debt", Aggregators.byName("minimum")).build());
    assertTrue(given.getMessage().contains("an aggregator was given for node 'debt', a leaf"), given.getMessage());
  }

  @Test
  void contributionsOfAnArithmeticMeanAreExactAndSumToTheScore() {
    ScoreReport r = pipeline(StrategySpec.defaults()).score(data(), 2022);
    for (String area : r.areas()) {
      double sum = r.contributions("index", area).values().stream().mapToDouble(Double::doubleValue).sum();
      assertEquals(r.score("index", area), sum, 1e-12, area);
    }
  }

  @Test
  void otherAggregatorsReportLeaveOneOutContributions() {
    ScoreReport r = ScoringPipeline.builder().framework(framework()).aggregator("index", Aggregators.byName("minimum")).build()
        .score(data(), 2022);
    Map<String, Double> c = r.contributions("index", "P2");
    // P2: economic 25 (gdp 0, debt 0?) -> the minimum; removing the weaker child raises the score
    assertTrue(c.values().stream().anyMatch(v -> v < 0) || c.values().stream().allMatch(v -> v == 0), c.toString());
  }

  @Test
  void aScenarioReweightsTheTreeAndTheReportSaysSo() {
    ScoreReport peace = pipeline(StrategySpec.defaults()).score(data(), 2022);
    ScoreReport war = pipeline(StrategySpec.builder().scenario("wartime").build()).score(data(), 2022);
    assertNotEquals(peace.score("index", "P1"), war.score("index", "P1"));
    assertEquals("scenario 'wartime'", war.runs().get("index").weighting());
    assertEquals(List.of(0.25, 0.75), war.runs().get("index").weights());
  }

  @Test
  void yearOverYearChangeIsReportedPerNodeAndArea() {
    List<ScoreReport> years = pipeline(StrategySpec.defaults()).scoreAllYears(data());
    Map<String, Map<String, double[]>> change = years.get(1).changeFrom(years.get(0));
    assertEquals(years.get(1).score("index", "P4") - years.get(0).score("index", "P4"), change.get("index").get("P4")[0], 1e-12);
  }

  @Test
  void everyStageCanBeRetrieved() {
    Dataset d = Dataset.builder().put("P1", "economic.gdp_per_capita", 2022, 10).putMissing("P2", "economic.gdp_per_capita", 2022)
        .put("P3", "economic.gdp_per_capita", 2022, 30).put("P1", "economic.public_debt", 2022, 50)
        .put("P2", "economic.public_debt", 2022, 60).put("P3", "economic.public_debt", 2022, 70)
        .put("P1", "military.combat_readiness", 2022, 1).put("P2", "military.combat_readiness", 2022, 2)
        .put("P3", "military.combat_readiness", 2022, 3).build();
    ScoreReport r = pipeline(StrategySpec.builder().imputation(StepSpec.of("mean")).build()).score(d, 2022);
    assertTrue(Double.isNaN(r.stage(Stage.RAW, "economic.gdp_per_capita")[1]));
    assertEquals(20, r.stage(Stage.IMPUTED, "economic.gdp_per_capita")[1], 0);
    assertEquals(50, r.stage(Stage.NORMALISED, "economic.gdp_per_capita")[1], 1e-12);
    assertEquals(1, r.imputed().size());
    assertEquals("P2", r.imputed().get(0).area());
  }

  /**
   * Issue 17: the catalyst over the default min-max to [0, 100] runs, although the worst area's
   * catalyst scores 0 (an index of 0), and the report's contributions (Shapley values) sum to each
   * area's score.
   */
  @Test
  void aCatalystOverMinMaxScoresRunsAndItsContributionsSumToTheScore() {
    ScoreReport r = ScoringPipeline.builder().framework(framework())
        .aggregator("index", Strategies.registry().aggregator("catalyst",
            Parameters.parse("catalyst", List.of("catalyst=military"))))
        .build().score(data(), 2022);
    for (String area : r.areas()) {
      double military = r.score("military", area);
      double economic = r.score("economic", area);
      assertEquals(economic * military / 100, r.score("index", area), 1e-9, area);
      Map<String, Double> parts = r.contributions("index", area);
      assertEquals(List.of("economic", "military"), List.copyOf(parts.keySet()));
      assertEquals(r.score("index", area), parts.get("economic") + parts.get("military"), 1e-9, area);
      assertEquals(r.score("index", area) / 2, parts.get("military"), 1e-9, area);
    }
    assertEquals(1, r.areas().stream().filter(a -> r.score("military", a) == 0).count(),
        "min-max gives the least ready area a catalyst of 0");
  }

  @Test
  void aCatalystThatIsNotAChildOfTheNodeIsRefusedNamingItAndTheChildren() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScoringPipeline.builder()
        .framework(framework()).aggregator("index", Aggregators.byName("catalyst")).build());
    assertTrue(e.getMessage().contains("node 'index'") && e.getMessage().contains("'political' is not a child")
        && e.getMessage().contains("[economic, military]"), e.getMessage());
  }

  @Test
  void aCatalystThatCanFallBelowZeroIsRejectedBeforeComputing() {
    MethodologyException e = assertThrows(MethodologyException.class, () -> ScoringPipeline.builder()
        .framework(framework()).normaliser(Normalisers.byName("z-score"))
        .aggregator("index", Strategies.registry().aggregator("catalyst",
            Parameters.parse("catalyst", List.of("catalyst=military")))).build());
    assertTrue(e.getMessage().contains("node 'index' aggregates with 'catalyst': the catalyst 'military' must score"
        + " within [0, 100.0]"), e.getMessage());
  }

  @Test
  void aGeometricMeanOverMinMaxScoresIsRejectedBeforeComputing() {
    MethodologyException e = assertThrows(MethodologyException.class, () -> ScoringPipeline.builder()
        .framework(framework()).aggregator("index", Aggregators.byName("geometric-mean")).build());
    assertTrue(e.getMessage().contains("node 'index' aggregates with 'geometric-mean', which needs positive inputs"),
        e.getMessage());
    assertThrows(MethodologyException.class, () -> ScoringPipeline.builder().framework(framework())
        .normaliser(Normalisers.byName("z-score")).aggregator(Aggregators.byName("harmonic-mean")).build());
    // min-max to [1, 100] keeps every score positive: accepted
    ScoringPipeline.builder().framework(framework())
        .normaliser(Strategies.registry().normaliser("min-max", Parameters.parse("min-max", List.of("lower=1", "upper=100"))))
        .aggregator("index", Aggregators.byName("geometric-mean")).build();
  }

  @Test
  void goalpostsOutsideTheValidRangeAreRejected() {
    StrategySpec spec = StrategySpec.builder().putOverride("readiness", StrategySpec.NodeOverride.builder()
        .normalisation(StepSpec.of("goalposts", Map.of("lower", num(10), "upper", num(20)))).build()).build();
    MethodologyException e = assertThrows(MethodologyException.class, () -> pipeline(spec));
    assertTrue(e.getMessage().contains("goalposts [10.0, 20.0] of indicator 'military.combat_readiness' lie outside"),
        e.getMessage());
  }

  @Test
  void constantAndAllMissingIndicatorsAreRejectedNamingIndicatorAndYear() {
    Dataset.Builder b = Dataset.builder();
    for (String a : List.of("P1", "P2", "P3")) {
      b.put(a, "economic.gdp_per_capita", 2022, 5).putMissing(a, "economic.public_debt", 2022)
          .put(a, "military.combat_readiness", 2022, a.equals("P1") ? 1 : 2);
    }
    MethodologyException e = assertThrows(MethodologyException.class, () -> pipeline(StrategySpec.defaults()).score(b.build(), 2022));
    assertEquals(2, e.problems().size(), e.getMessage());
    assertTrue(e.getMessage().contains("'economic.gdp_per_capita' is constant in 2022 (every area has 5.0)"), e.getMessage());
    assertTrue(e.getMessage().contains("'economic.public_debt' is missing for every area in 2022"), e.getMessage());
  }

  @Test
  void anOverrideOfAnUnknownNodeAndAMissingIndicatorAreErrors() {
    StrategySpec spec = StrategySpec.builder().putOverride("navy", StrategySpec.NodeOverride.builder()
        .aggregation(StepSpec.of("minimum")).build()).build();
    assertTrue(assertThrows(InvalidInputException.class, () -> pipeline(spec)).getMessage().contains("'navy'"));
    Dataset lacking = Dataset.builder().put("P1", "economic.gdp_per_capita", 2022, 1).build();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> pipeline(StrategySpec.defaults()).score(lacking, 2022));
    assertTrue(e.getMessage().contains("'economic.public_debt', which the dataset lacks"), e.getMessage());
  }

  @Test
  void reportsSerialiseToJsonWithTheSpecAndHash(@TempDir Path dir) throws Exception {
    ScoreReport r = pipeline(StrategySpec.builder().seed(42).build()).score(data(), 2022);
    Path file = dir.resolve("report.json");
    ScoreReports.writeJson(r, file);
    JsonNode json = PotentiaJson.mapper().readTree(file.toFile());
    assertEquals(64, json.get("inputHash").asText().length());
    assertEquals(42, json.at("/spec/seed").asInt());
    assertEquals("index", json.at("/nodes/5/id").asText());
    assertEquals(r.score("index", "P1"), json.at("/nodes/5/scores/0").asDouble(), 0);
  }

  @Test
  void theInputHashChangesWithTheDataAndNotOtherwise() {
    ScoringPipeline p = pipeline(StrategySpec.defaults());
    assertEquals(p.score(data(), 2022).inputHash(), p.score(data(), 2023).inputHash());
    Dataset other = Dataset.builder().put("P1", "economic.gdp_per_capita", 2022, 1).put("P2", "economic.gdp_per_capita", 2022, 2)
        .put("P1", "economic.public_debt", 2022, 1).put("P2", "economic.public_debt", 2022, 2)
        .put("P1", "military.combat_readiness", 2022, 1).put("P2", "military.combat_readiness", 2022, 2).build();
    assertNotEquals(p.score(data(), 2022).inputHash(), p.score(other, 2022).inputHash());
  }

  @Test
  void rawValuesAndScoresRollUpTheHierarchy() {
    AreaHierarchy h = AreaHierarchy.of(List.of(
        Area.builder().id("N").name("N").level(AreaLevel.NATION).build(),
        Area.builder().id("R1").name("R1").level(AreaLevel.MILITARY_REGION).parent("N").build(),
        Area.builder().id("P1").name("P1").level(AreaLevel.PROVINCE).parent("R1").population(100).build(),
        Area.builder().id("P2").name("P2").level(AreaLevel.PROVINCE).parent("R1").population(300).build()));
    Dataset d = Dataset.builder().put("P1", "economic.gdp", 2023, 10).put("P2", "economic.gdp", 2023, 30)
        .put("P1", "political.trust_government", 2023, 80).put("P2", "political.trust_government", 2023, 40)
        .put("P1", "military.combat_readiness", 2023, 4).put("P2", "military.combat_readiness", 2023, 2).build();
    HierarchyRollUp.Result r = HierarchyRollUp.rollUp(d, h, io.potentia.core.indicator.IndicatorCatalogue.builtIn());
    assertEquals(40, r.dataset().value("R1", "economic.gdp", 2023).getAsDouble(), 1e-12, "money sums");
    assertEquals(50, r.dataset().value("R1", "political.trust_government", 2023).getAsDouble(), 1e-12,
        "shares weight by population: (80*100 + 40*300)/400");
    assertEquals(2, r.dataset().value("R1", "military.combat_readiness", 2023).getAsDouble(), 0, "readiness: the weakest");
    assertEquals(40, r.dataset().value("N", "economic.gdp", 2023).getAsDouble(), 1e-12, "and on up to the nation");
    Dataset wrong = Dataset.builder().put("P1", "economic.gdp", 2023, 10).put("P2", "economic.gdp", 2023, 30)
        .put("R1", "economic.gdp", 2023, 45).build();
    assertEquals(1, HierarchyRollUp.checkConsistency(wrong, h, io.potentia.core.indicator.IndicatorCatalogue.builtIn(), 1e-9).size());
  }

  @Test
  void aPipelineGivesTheSameResultFromManyThreads() throws Exception {
    ScoringPipeline p = pipeline(StrategySpec.defaults());
    double[] expected = p.score(data(), 2022).scores("index");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<double[]>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < 64; i++) {
        futures.add(pool.submit(() -> p.score(data(), 2022).scores("index")));
      }
      for (var f : futures) {
        assertArrayEquals(expected, f.get(), 0);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void declaredRulesCapTheIndexAndTheReportExplainsWhere() {
    StrategySpec spec = StrategySpec.builder().putOverride("index", StrategySpec.NodeOverride.builder()
        .addRule(RuleSpec.builder().kind("cap-when-below").child("military").threshold(40.0).value(30).build())
        .build()).build();
    ScoreReport r = pipeline(spec).score(data(), 2022);
    // P4's readiness of 3 normalises to 33.3, below 40: its index of 47.9 is capped at 30
    assertEquals(30, r.score("index", "P4"), 0);
    assertTrue(r.runs().get("index").notes().contains(
        "area 'P4': capped at 30.0 (from 47.91666666666667) because 'military' scores 33.333333333333336, below 40.0"),
        r.runs().get("index").notes().toString());
    StrategySpec bad = StrategySpec.builder().putOverride("index", StrategySpec.NodeOverride.builder()
        .addRule(RuleSpec.builder().kind("veto-when-below").child("navy").threshold(1.0).value(0).build()).build()).build();
    assertTrue(assertThrows(InvalidInputException.class, () -> pipeline(bad)).getMessage().contains("names child 'navy'"));
  }

  @Test
  void aFloorOrCapOutsideTheRangeTheIndexCanTakeIsRefusedWithThatRange() {
    StrategySpec spec = StrategySpec.builder().putOverride("index", StrategySpec.NodeOverride.builder()
        .addRule(RuleSpec.builder().kind("cap").value(-5).build())
        .addRule(RuleSpec.builder().kind("floor").value(200).build()).build()).build();
    MethodologyException e = assertThrows(MethodologyException.class, () -> pipeline(spec));
    assertTrue(e.getMessage().contains("nodes.index.rules[0]: rule 'cap' of node 'index' sets -5.0, outside the range"
        + " [0.0, 100.0] its aggregation can give: every area it applies to would score -5.0"), e.getMessage());
    assertTrue(e.getMessage().contains("nodes.index.rules[1]: rule 'floor' of node 'index' sets 200.0"), e.getMessage());
  }

  private static JsonNode num(double v) {
    return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.numberNode(v);
  }
}
