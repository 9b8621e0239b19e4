package io.potentia.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.potentia.core.InvalidInputException;
import io.potentia.core.area.Area;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.PipelineBuilder;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.check.MethodologyException;
import io.potentia.scoring.impute.ImputationResult;
import io.potentia.scoring.result.ScoreReport;
import io.potentia.scoring.result.ScoreReports;
import io.potentia.scoring.result.Stage;
import io.potentia.scoring.spec.NormalisationScope;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.spec.StrategySpec;
import io.potentia.scoring.spec.Transform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 5: indicators divided by a denominator, changes over years, and normalisation over
 * the panel, each checked on numbers worked by hand.
 */
class PanelStepsTest {
  private static final String PERSONNEL = "military.active_personnel";
  private static final String INVESTMENT = "economic.defence_economic_investment";
  private static final String GDP = "economic.gdp";
  private static final String READINESS = "military.combat_readiness";

  /** An index over the given leaves, each {@code {node id, indicator id}}. */
  private static Framework flat(String[]... leaves) {
    List<FrameworkNode> nodes = new ArrayList<>();
    nodes.add(FrameworkNode.builder().id("index").name("Index").build());
    for (String[] leaf : leaves) {
      nodes.add(FrameworkNode.builder().id(leaf[0]).name(leaf[0]).parent("index").indicator(leaf[1]).build());
    }
    return Framework.builder().id("panel").name("Panel").nodes(nodes).build();
  }

  /** Three provinces: populations 100,000, 300,000 and 50,000; land areas 1,000, 2,000 and 500 km2. */
  private static AreaHierarchy areas() {
    return AreaHierarchy.of(List.of(
        Area.builder().id("N").name("N").level(AreaLevel.NATION).build(),
        Area.builder().id("R1").name("R1").level(AreaLevel.MILITARY_REGION).parent("N").build(),
        Area.builder().id("P1").name("P1").level(AreaLevel.PROVINCE).parent("R1").population(100_000).landAreaKm2(1000)
            .build(),
        Area.builder().id("P2").name("P2").level(AreaLevel.PROVINCE).parent("R1").population(300_000).landAreaKm2(2000)
            .build(),
        Area.builder().id("P3").name("P3").level(AreaLevel.PROVINCE).parent("R1").population(50_000).landAreaKm2(500)
            .build()));
  }

  /**
   * Two years of three provinces. Personnel 500, 900, 300; investment 20, 30, 15; GDP 100, 300, 50
   * in 2021 and 110, 285, 60 in 2022; readiness 2, 4, 8 in 2021 and 4, 8, 6 in 2022.
   */
  private static Dataset data() {
    Dataset.Builder b = Dataset.builder();
    String[] p = {"P1", "P2", "P3"};
    double[][] gdp = {{100, 300, 50}, {110, 285, 60}};
    double[][] readiness = {{2, 4, 8}, {4, 8, 6}};
    for (int y = 0; y < 2; y++) {
      for (int a = 0; a < 3; a++) {
        b.put(p[a], PERSONNEL, 2021 + y, new double[] {500, 900, 300}[a]);
        b.put(p[a], INVESTMENT, 2021 + y, new double[] {20, 30, 15}[a]);
        b.put(p[a], GDP, 2021 + y, gdp[y][a]);
        b.put(p[a], READINESS, 2021 + y, readiness[y][a]);
      }
    }
    return b.build();
  }

  private static StrategySpec.NodeOverride.Builder leaf() {
    return StrategySpec.NodeOverride.builder();
  }

  private static PipelineBuilder pipeline(Framework framework, StrategySpec spec) {
    return ScoringPipeline.builder().framework(framework).spec(spec).hierarchy(areas(), AreaLevel.MILITARY_REGION);
  }

  private static List<String> messages(InvalidInputException e) {
    return e.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
  }

  @Test
  void perCapitaValuesAreTheIndicatorDividedByThePopulationTimesTheScale() {
    StrategySpec spec = StrategySpec.builder()
        .putOverride("personnel", leaf().denominator("population").scale(1000.0).build()).build();
    ScoreReport r = pipeline(flat(new String[] {"personnel", PERSONNEL}, new String[] {"readiness", READINESS}), spec)
        .build().score(data(), 2021);
    // 500 / 100,000 x 1,000 = 5; 900 / 300,000 x 1,000 = 3; 300 / 50,000 x 1,000 = 6 per 1,000 people
    assertArrayEquals(new double[] {5, 3, 6}, r.stage(Stage.DENOMINATED, PERSONNEL), 1e-12);
    assertArrayEquals(new double[] {500, 900, 300}, r.stage(Stage.RAW, PERSONNEL), 0);
    // min-max of the per-capita values: (5 - 3)/(6 - 3) x 100
    assertArrayEquals(new double[] {200.0 / 3, 0, 100}, r.stage(Stage.NORMALISED, PERSONNEL), 1e-12);
    assertEquals(List.of("divided by population, times 1000.0"), r.runs().get("personnel").notes());
    // a leaf without a denominator shows its raw values at the denominated stage
    assertArrayEquals(new double[] {2, 4, 8}, r.stage(Stage.DENOMINATED, READINESS), 0);
  }

  @Test
  void perKm2ValuesAreTheIndicatorDividedByTheLandArea() {
    StrategySpec spec = StrategySpec.builder().putOverride("investment", leaf().denominator("land-area").build()).build();
    ScoreReport r = pipeline(flat(new String[] {"investment", INVESTMENT}), spec).build().score(data(), 2021);
    // 20 / 1,000, 30 / 2,000, 15 / 500 km2
    assertArrayEquals(new double[] {0.02, 0.015, 0.03}, r.stage(Stage.DENOMINATED, INVESTMENT), 1e-15);
  }

  @Test
  void anIndicatorDividedByAnotherIsItsRatioAreaByAreaAndYearByYear() {
    StrategySpec spec = StrategySpec.builder().putOverride("investment", leaf().denominator(GDP).scale(100.0).build())
        .build();
    List<ScoreReport> r = ScoringPipeline.builder().framework(flat(new String[] {"investment", INVESTMENT})).spec(spec)
        .build().scoreAllYears(data());
    // per 100 of GDP: 20 / 100, 30 / 300, 15 / 50 in 2021; 20 / 110, 30 / 285, 15 / 60 in 2022
    assertArrayEquals(new double[] {20, 10, 30}, r.get(0).stage(Stage.DENOMINATED, INVESTMENT), 1e-12);
    assertArrayEquals(new double[] {2000.0 / 110, 3000.0 / 285, 25}, r.get(1).stage(Stage.DENOMINATED, INVESTMENT),
        1e-12);
    assertEquals(List.of("divided by indicator 'economic.gdp', times 100.0"), r.get(0).runs().get("investment").notes());
  }

  @Test
  void aMissingDenominatorLeavesTheValueMissingAndSaysWhy() {
    Dataset d = Dataset.builder()
        .put("P1", INVESTMENT, 2021, 20).put("P2", INVESTMENT, 2021, 30).put("P3", INVESTMENT, 2021, 15)
        .put("P1", GDP, 2021, 100).put("P3", GDP, 2021, 50).build();
    StrategySpec spec = StrategySpec.builder().putOverride("investment", leaf().denominator(GDP).build()).build();
    ScoreReport r = ScoringPipeline.builder().framework(flat(new String[] {"investment", INVESTMENT})).spec(spec)
        .build().score(d, 2021);
    assertTrue(Double.isNaN(r.stage(Stage.DENOMINATED, INVESTMENT)[1]));
    assertEquals(List.of(new ImputationResult.Gap("P2", INVESTMENT, 2021,
        "its denominator, indicator 'economic.gdp', is missing")), r.gaps());
  }

  @Test
  void growthFrom100To110IsOneTenthAndTheFirstYearIsAGapNotAZero() {
    StrategySpec spec = StrategySpec.builder().putOverride("gdp", leaf().transform(Transform.GROWTH).build()).build();
    List<ScoreReport> r = ScoringPipeline.builder().framework(flat(new String[] {"gdp", GDP},
        new String[] {"readiness", READINESS})).spec(spec).build().scoreAllYears(data());
    // (110 - 100)/100, (285 - 300)/300, (60 - 50)/50
    assertArrayEquals(new double[] {0.1, -0.05, 0.2}, r.get(1).stage(Stage.TRANSFORMED, GDP), 1e-15);
    // min-max of the growth rates in 2022: (0.1 + 0.05)/(0.2 + 0.05) x 100 = 60
    assertArrayEquals(new double[] {60, 0, 100}, r.get(1).stage(Stage.NORMALISED, GDP), 1e-12);
    ScoreReport first = r.get(0);
    for (double v : first.stage(Stage.TRANSFORMED, GDP)) {
      assertTrue(Double.isNaN(v), "2021 has no 2020 to grow from");
    }
    for (double v : first.scores("gdp")) {
      assertTrue(Double.isNaN(v));
    }
    String why = "growth needs a value of 2020, a year the dataset does not have";
    assertEquals(List.of(new ImputationResult.Gap("P1", GDP, 2021, why), new ImputationResult.Gap("P2", GDP, 2021, why),
        new ImputationResult.Gap("P3", GDP, 2021, why)), first.gaps());
    assertTrue(first.runs().get("gdp").notes().contains(
        "growth: no value of 2020 to compare with, so the leaf is missing for every area in 2021"),
        first.runs().get("gdp").notes().toString());
    // the index of 2021 is its other child, readiness 2, 4, 8 under min-max, not a mean with a zero
    assertArrayEquals(new double[] {0, 100.0 / 3, 100}, first.scores("index"), 1e-12);
    assertEquals(List.of(), r.get(1).gaps());
  }

  @Test
  void aChangeIsTheDifferenceInTheIndicatorsOwnUnit() {
    StrategySpec spec = StrategySpec.builder().putOverride("gdp", leaf().transform(Transform.CHANGE).build()).build();
    ScoreReport r = ScoringPipeline.builder().framework(flat(new String[] {"gdp", GDP})).spec(spec).build()
        .score(data(), 2022);
    assertArrayEquals(new double[] {10, -15, 10}, r.stage(Stage.TRANSFORMED, GDP), 0);
    assertArrayEquals(new double[] {110, 285, 60}, r.stage(Stage.IMPUTED, GDP), 0);
  }

  @Test
  void growthFromZeroIsAGapWithItsReasonNeverInfinity() {
    Dataset d = Dataset.builder()
        .put("P1", GDP, 2021, 0).put("P2", GDP, 2021, 10).put("P3", GDP, 2021, 20)
        .put("P1", GDP, 2022, 5).put("P2", GDP, 2022, 12).put("P3", GDP, 2022, 30).build();
    StrategySpec spec = StrategySpec.builder().putOverride("gdp", leaf().transform(Transform.GROWTH).build()).build();
    ScoreReport r = ScoringPipeline.builder().framework(flat(new String[] {"gdp", GDP})).spec(spec).build().score(d, 2022);
    double[] growth = r.stage(Stage.TRANSFORMED, GDP);
    assertTrue(Double.isNaN(growth[0]));
    assertArrayEquals(new double[] {0.2, 0.5}, new double[] {growth[1], growth[2]}, 1e-15);
    assertEquals(List.of(new ImputationResult.Gap("P1", GDP, 2022, "growth from 0 in 2021 is undefined")), r.gaps());
  }

  @Test
  void growthIsOfTheDenominatedAndImputedValues() {
    // investment 20, 30, 15 in 2021 and 40, 60 and missing in 2022
    Dataset d = Dataset.builder()
        .put("P1", INVESTMENT, 2021, 20).put("P2", INVESTMENT, 2021, 30).put("P3", INVESTMENT, 2021, 15)
        .put("P1", INVESTMENT, 2022, 40).put("P2", INVESTMENT, 2022, 60).build();
    StrategySpec spec = StrategySpec.builder().imputation(StepSpec.of("locf"))
        .putOverride("investment", leaf().denominator("population").scale(1000.0).transform(Transform.CHANGE).build())
        .build();
    ScoreReport r = pipeline(flat(new String[] {"investment", INVESTMENT}), spec).build().score(d, 2022);
    // per 1,000 people: 0.4, 0.2 and missing in 2022; P3's 0.3 of 2021 carried forward, so it has not changed
    assertArrayEquals(new double[] {0.4, 0.2, Double.NaN}, r.stage(Stage.DENOMINATED, INVESTMENT), 1e-15);
    assertArrayEquals(new double[] {0.4, 0.2, 0.3}, r.stage(Stage.IMPUTED, INVESTMENT), 1e-15);
    assertArrayEquals(new double[] {0.2, 0.1, 0}, r.stage(Stage.TRANSFORMED, INVESTMENT), 1e-15);
    assertEquals(List.of("P3"), r.imputed().stream().map(ImputationResult.Imputed::area).toList());
    assertEquals(List.of(), r.gaps());
  }

  /** Readiness 2, 4, 8 in 2021 and 4, 8, 6 in 2022: the panel's bounds are 2 and 8. */
  @Test
  void overThePanelMinMaxTakesItsBoundsFromEveryYearSoTheMaximumScores100InWhicheverYear() {
    Framework f = flat(new String[] {"readiness", READINESS});
    StrategySpec panel = StrategySpec.builder().normalisationScope(NormalisationScope.PANEL).build();
    List<ScoreReport> byPanel = ScoringPipeline.builder().framework(f).spec(panel).build().scoreAllYears(data());
    // (x - 2)/(8 - 2) x 100 in both years
    assertArrayEquals(new double[] {0, 100.0 / 3, 100}, byPanel.get(0).scores("readiness"), 1e-12);
    assertArrayEquals(new double[] {100.0 / 3, 100, 200.0 / 3}, byPanel.get(1).scores("readiness"), 1e-12);
    // per year, 2022's bounds are 4 and 8: (x - 4)/(8 - 4) x 100
    List<ScoreReport> byYear = ScoringPipeline.builder().framework(f).build().scoreAllYears(data());
    assertArrayEquals(new double[] {0, 100.0 / 3, 100}, byYear.get(0).scores("readiness"), 1e-12);
    assertArrayEquals(new double[] {0, 100, 50}, byYear.get(1).scores("readiness"), 1e-12);
    assertTrue(byPanel.get(1).runs().get("readiness").notes().contains(
        "min-max over the panel 2021-2022: every year's values normalised as one column"));
  }

  @Test
  void scoringOneYearOverThePanelAgreesWithScoringEveryYear() {
    Framework f = flat(new String[] {"readiness", READINESS}, new String[] {"gdp", GDP});
    StrategySpec panel = StrategySpec.builder().normalisationScope(NormalisationScope.PANEL)
        .putOverride("gdp", leaf().transform(Transform.GROWTH).build()).build();
    ScoringPipeline p = ScoringPipeline.builder().framework(f).spec(panel).build();
    List<ScoreReport> all = p.scoreAllYears(data());
    for (int year : new int[] {2021, 2022}) {
      ScoreReport one = p.score(data(), year);
      for (String node : one.nodes()) {
        assertArrayEquals(all.get(year - 2021).scores(node), one.scores(node), 0, node + " " + year);
      }
    }
  }

  @Test
  void goalpostsAreFixedAlreadySoPanelScopeLeavesThemAsTheyAre() {
    Framework f = flat(new String[] {"readiness", READINESS});
    StepSpec goalposts = StepSpec.of("goalposts", Map.of("lower", DoubleNode.valueOf(1), "upper", DoubleNode.valueOf(9)));
    StrategySpec byYear = StrategySpec.builder().normalisation(goalposts).build();
    StrategySpec panel = StrategySpec.builder().from(byYear).normalisationScope(NormalisationScope.PANEL).build();
    ScoreReport a = ScoringPipeline.builder().framework(f).spec(byYear).build().score(data(), 2022);
    ScoreReport b = ScoringPipeline.builder().framework(f).spec(panel).build().score(data(), 2022);
    assertArrayEquals(new double[] {3.0 / 8, 7.0 / 8, 5.0 / 8}, b.scores("readiness"), 1e-15);
    assertArrayEquals(a.scores("readiness"), b.scores("readiness"), 0);
  }

  @Test
  void panelScopeRefusesANormaliserNotFittedToTheRangeNamingItAndItsLeaves() {
    StrategySpec spec = StrategySpec.builder().normalisationScope(NormalisationScope.PANEL)
        .putOverride("readiness", leaf().normalisation(StepSpec.of("z-score")).build()).build();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> pipeline(flat(new String[] {"readiness", READINESS}, new String[] {"gdp", GDP}), spec).build());
    assertEquals(List.of("normalisationScope: normalisation scope 'panel' normalises all years as one column, which"
        + " needs a normaliser fitted to the data's range (trait RANGE_FITTED): normaliser 'z-score' of leaves"
        + " [readiness] is not; normalise them with min-max, goalposts, distance-to-target, distance-to-best,"
        + " fraction-of-max or max, or set normalisationScope 'year'"), messages(e));
  }

  @Test
  void anUnknownDenominatorIsRefusedNamingTheNodeTheValueAndTheAllowedNames() {
    StrategySpec spec = StrategySpec.builder().putOverride("personnel", leaf().denominator("populaton").build()).build();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> pipeline(flat(new String[] {"personnel", PERSONNEL}), spec).build());
    assertEquals(List.of("overrides.personnel.denominator: node 'personnel' names denominator 'populaton', which is"
        + " neither population, land-area nor an indicator of catalogue 'potentia.builtin'; the denominators are"
        + " population, land-area and the catalogue's indicator ids"), messages(e));
  }

  @Test
  void whatCannotTakeEffectIsRefusedNamingTheSettingAndTheNode() {
    StrategySpec spec = StrategySpec.builder()
        .putOverride("index", leaf().denominator("population").transform(Transform.GROWTH).build())
        .putOverride("readiness", leaf().scale(1000.0).build())
        .putOverride("personnel", leaf().denominator(PERSONNEL).build())
        .build();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> pipeline(flat(
        new String[] {"personnel", PERSONNEL}, new String[] {"readiness", READINESS}), spec).build());
    List<String> m = messages(e);
    assertTrue(m.contains("overrides.index.denominator: node 'index' is not a leaf: denominator 'population' divides"
        + " one indicator's values and cannot take effect on an inner node; set it on the leaves below it"), m.toString());
    assertTrue(m.contains("overrides.index.transform: node 'index' is not a leaf: transform 'growth' changes one"
        + " indicator's values and cannot take effect on an inner node; set it on the leaves below it"), m.toString());
    assertTrue(m.contains("overrides.readiness.scale: scale 1000.0 of node 'readiness' multiplies a denominated value,"
        + " but the node names no denominator: add one, or leave the scale out"), m.toString());
    assertTrue(m.contains("overrides.personnel.denominator: node 'personnel' divides indicator"
        + " 'military.active_personnel' by itself: every value would be 1"), m.toString());
    assertEquals(4, m.size(), m.toString());
  }

  @Test
  void aPopulationDenominatorWithoutAnAreaHierarchyIsRefused() {
    StrategySpec spec = StrategySpec.builder().putOverride("personnel", leaf().denominator("population").build()).build();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> ScoringPipeline.builder().framework(flat(new String[] {"personnel", PERSONNEL})).spec(spec).build());
    assertEquals(List.of("overrides.personnel.denominator: node 'personnel' divides indicator"
        + " 'military.active_personnel' by population, which comes from the area hierarchy, but the pipeline was given"
        + " none: give it the hierarchy (PipelineBuilder.hierarchy)"), messages(e));
  }

  @Test
  void anAreaWithoutAPopulationAndAZeroDenominatorAreRefusedNamingTheAreaAndYear() {
    AreaHierarchy h = AreaHierarchy.of(List.of(
        Area.builder().id("N").name("N").level(AreaLevel.NATION).build(),
        Area.builder().id("P1").name("P1").level(AreaLevel.PROVINCE).parent("N").population(100).build(),
        Area.builder().id("P2").name("P2").level(AreaLevel.PROVINCE).parent("N").build(),
        Area.builder().id("P3").name("P3").level(AreaLevel.PROVINCE).parent("N").population(0).build()));
    StrategySpec spec = StrategySpec.builder().putOverride("personnel", leaf().denominator("population").build()).build();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScoringPipeline.builder()
        .framework(flat(new String[] {"personnel", PERSONNEL})).spec(spec).hierarchy(h, AreaLevel.NATION).build()
        .score(data(), 2021));
    assertEquals(List.of(
        "denominator: area 'P2' has no population in the area hierarchy; node 'personnel' divides indicator"
            + " 'military.active_personnel' by population",
        "denominator: area 'P3' in 2021: node 'personnel' divides indicator 'military.active_personnel' by"
            + " population, which is 0.0; it must be > 0",
        "denominator: area 'P3' in 2022: node 'personnel' divides indicator 'military.active_personnel' by"
            + " population, which is 0.0; it must be > 0"), messages(e));
  }

  @Test
  void aDenominatorTheDatasetLacksIsRefusedNamingIt() {
    StrategySpec spec = StrategySpec.builder().putOverride("personnel", leaf().denominator("economic.road_density")
        .build()).build();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScoringPipeline.builder()
        .framework(flat(new String[] {"personnel", PERSONNEL})).spec(spec).build().score(data(), 2021));
    assertEquals(List.of("denominator: node 'personnel' divides indicator 'military.active_personnel' by indicator"
        + " 'economic.road_density', which the dataset lacks"), messages(e));
  }

  @Test
  void aScaleThatIsNotPositiveIsRefusedByTheSpec() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> leaf().denominator("population").scale(0.0).build());
    assertEquals(List.of("scale: scale 0.0 must be finite and > 0"), messages(e));
  }

  @Test
  void goalpostsOfAChangeAreNotCheckedAgainstTheIndicatorsOwnRange() {
    // readiness is a rating from 1 to 5; its change from year to year lies around 0
    StepSpec goalposts = StepSpec.of("goalposts", Map.of("lower", DoubleNode.valueOf(-4), "upper",
        DoubleNode.valueOf(0)));
    StrategySpec change = StrategySpec.builder().putOverride("readiness", leaf().transform(Transform.CHANGE)
        .normalisation(goalposts).build()).build();
    ScoreReport r = ScoringPipeline.builder().framework(flat(new String[] {"readiness", READINESS})).spec(change)
        .build().score(data(), 2022);
    // changes 2, 4, -2 against goalposts -4 and 0, capped: 1, 1, 0.5
    assertArrayEquals(new double[] {1, 1, 0.5}, r.scores("readiness"), 1e-15);
    StrategySpec raw = StrategySpec.builder().putOverride("readiness", leaf().normalisation(goalposts).build()).build();
    assertThrows(MethodologyException.class, () -> ScoringPipeline.builder()
        .framework(flat(new String[] {"readiness", READINESS})).spec(raw).build());
  }

  @Test
  void theNewSettingsRoundTripThroughJsonAndYearScopeHasOneForm() {
    String json = "{\"normalisation\": {\"name\": \"min-max\"}, \"normalisationScope\": \"panel\","
        + " \"overrides\": {\"personnel\": {\"denominator\": \"population\", \"scale\": 1000, \"transform\": \"growth\"}}}";
    StrategySpec spec = PotentiaJson.readString("spec.json", json, StrategySpec.class);
    assertEquals(NormalisationScope.PANEL, spec.normalisationScope().orElseThrow());
    StrategySpec.NodeOverride o = spec.overrides().get("personnel");
    assertEquals("population", o.denominator().orElseThrow());
    assertEquals(1000.0, o.scale().orElseThrow());
    assertEquals(Transform.GROWTH, o.transform().orElseThrow());
    assertEquals(spec, PotentiaJson.readString("again.json", PotentiaJson.write(spec), StrategySpec.class));
    StrategySpec year = PotentiaJson.readString("year.json", "{\"normalisationScope\": \"year\"}", StrategySpec.class);
    assertEquals(StrategySpec.defaults(), year);
    InvalidInputException bad = assertThrows(InvalidInputException.class, () -> PotentiaJson.readString("bad.json",
        "{\"overrides\": {\"gdp\": {\"transform\": \"growht\"}}}", StrategySpec.class));
    assertTrue(bad.getMessage().contains("unknown transform 'growht'; known: growth, change"), bad.getMessage());
  }

  @Test
  void theDenominatedAndTransformedStagesRoundTripAndAnOlderReportWithoutThemStillReads(@TempDir Path dir)
      throws Exception {
    StrategySpec spec = StrategySpec.builder()
        .putOverride("personnel", leaf().denominator("population").scale(1000.0).build())
        .putOverride("gdp", leaf().transform(Transform.GROWTH).build()).build();
    ScoreReport r = pipeline(flat(new String[] {"personnel", PERSONNEL}, new String[] {"gdp", GDP}), spec).build()
        .score(data(), 2022);
    Path file = dir.resolve("report.json");
    ScoreReports.writeJson(r, file);
    ScoreReport back = ScoreReports.read(file);
    for (Stage stage : Stage.values()) {
      for (String indicator : r.indicators()) {
        assertArrayEquals(r.stage(stage, indicator), back.stage(stage, indicator), 0, stage + " " + indicator);
      }
    }
    assertEquals(r.spec(), back.spec());
    ObjectNode json = (ObjectNode) PotentiaJson.mapper().readTree(Files.readString(file));
    ((ObjectNode) json.get("stages")).remove(List.of("denominated", "transformed"));
    Path older = dir.resolve("older.json");
    Files.writeString(older, PotentiaJson.mapper().writeValueAsString(json));
    ScoreReport old = ScoreReports.read(older);
    // without the tables, each stage shows the one before it
    assertArrayEquals(r.stage(Stage.RAW, PERSONNEL), old.stage(Stage.DENOMINATED, PERSONNEL), 0);
    assertArrayEquals(r.stage(Stage.TREATED, GDP), old.stage(Stage.TREATED, GDP), 0);
  }
}
