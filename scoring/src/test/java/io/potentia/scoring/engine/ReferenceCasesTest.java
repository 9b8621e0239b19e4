package io.potentia.scoring.engine;

import io.potentia.scoring.ScoringPipeline;

import io.potentia.scoring.spec.SharedData;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.spec.StrategySpec;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
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
import io.potentia.core.potential.PotentialType;
import io.potentia.scoring.result.ScoreReport;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The composite-index reference cases of ../shared/data/reference, reproduced end to end through
 * the scoring pipeline: framework, dataset, spec, report. Skipped, with the reason shown, where the
 * folder is absent.
 */
class ReferenceCasesTest {

  static Indicator indicator(String id, Direction direction) {
    return Indicator.builder().id(id).name(id).unit("as published").direction(direction).scale(Scale.RATIO)
        .dimension(PotentialType.ECONOMIC).rollUp(RollUp.NOT_AGGREGABLE).levels(Set.of(AreaLevel.NATION))
        .description("reference case indicator").build();
  }

  static FrameworkNode.Builder node(String id, String parent) {
    FrameworkNode.Builder b = FrameworkNode.builder().id(id).name(id);
    return parent == null ? b : b.parent(parent);
  }

  static String id(String prefix, String name) {
    return prefix + "." + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
  }

  @Test
  void coinrsAsemIndexIsReproducedThroughAFramework() {
    JsonNode ref = SharedData.reference("coinr-asem-hierarchical-arithmetic-mean.json");
    AsemCase asem = AsemCase.load(ref);
    ScoringPipeline pipeline = asem.pipeline();
    Set<String> pillars = asem.pillars();
    ScoreReport report = pipeline.score(asem.data(), 2020);
    double tol = ref.get("tolerance").asDouble();
    for (String pillar : pillars) {
      assertArrayEquals(SharedData.doubles(ref.at("/expected/pillars/" + pillar)), report.scores(id("asem", pillar)), tol, pillar);
    }
    assertArrayEquals(SharedData.doubles(ref.at("/expected/subindices/Conn")), report.scores("asem.conn"), tol);
    assertArrayEquals(SharedData.doubles(ref.at("/expected/index")), report.scores("index"), tol);
    assertArrayEquals(SharedData.doubles(ref.at("/expected/rank_by_index")), report.ranks("index"), 0);
    assertEquals(68.38, report.score("index", "CHE"), 0.005, "COINr vignette: CHE 68.38");
  }

  @Test
  void theHdiIsReproducedWithGoalpostOverridesAndAGeometricRoot() {
    JsonNode ref = SharedData.reference("hdi-undp-2022-geometric-mean.json");
    String[] ids = {"hdi.life_expectancy", "hdi.expected_schooling", "hdi.mean_schooling", "hdi.gni_per_capita"};
    List<Indicator> indicators = new ArrayList<>();
    for (String i : ids) {
      indicators.add(indicator(i, Direction.BENEFIT));
    }
    List<FrameworkNode> nodes = List.of(
        node("hdi", null).aggregation("geometric-mean").build(),
        node("health", "hdi").indicator(ids[0]).build(),
        node("education", "hdi").build(),
        node("eys", "education").indicator(ids[1]).build(),
        node("mys", "education").indicator(ids[2]).build(),
        node("income", "hdi").indicator(ids[3]).build());
    Dataset.Builder data = Dataset.builder();
    double[][] rows = SharedData.rows(ref.at("/input/matrix"));
    for (int i = 0; i < rows.length; i++) {
      for (int j = 0; j < 4; j++) {
        data.put(ref.at("/input/countries").get(i).asText(), ids[j], 2022, rows[i][j]);
      }
    }
    StrategySpec spec = StrategySpec.builder()
        .putOverride("health", goalposts(20, 85, false))
        .putOverride("eys", goalposts(0, 18, false))
        .putOverride("mys", goalposts(0, 15, false))
        .putOverride("income", goalposts(100, 75_000, true))
        .build();
    ScoreReport report = ScoringPipeline.builder()
        .framework(Framework.builder().id("hdi").name("HDI").nodes(nodes).build())
        .catalogue(IndicatorCatalogue.builder().id("hdi").indicators(indicators).build())
        .spec(spec).build()
        .score(data.build(), 2022);
    assertArrayEquals(SharedData.doubles(ref.at("/expected/hdi")), report.scores("hdi"), ref.get("tolerance").asDouble());
  }

  private static StrategySpec.NodeOverride goalposts(double lower, double upper, boolean log) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    return StrategySpec.NodeOverride.builder().normalisation(StepSpec.of("goalposts", Map.of("lower", f.numberNode(lower),
        "upper", f.numberNode(upper), "log", f.booleanNode(log)))).build();
  }

  @Test
  void theCinc2016IsReproducedWithSystemTotalsAsParameters() {
    JsonNode ref = SharedData.reference("cinc-nmc6-2016-subset.json");
    List<Indicator> indicators = new ArrayList<>();
    List<FrameworkNode> nodes = new ArrayList<>();
    nodes.add(node("cinc", null).build());
    StrategySpec.Builder spec = StrategySpec.builder();
    Dataset.Builder data = Dataset.builder();
    double[][] rows = SharedData.rows(ref.at("/input/matrix"));
    double missing = ref.at("/input/missing_code").asDouble();
    for (int j = 0; j < ref.at("/input/components").size(); j++) {
      String component = ref.at("/input/components").get(j).asText();
      String ind = "cinc." + component;
      indicators.add(indicator(ind, Direction.BENEFIT));
      nodes.add(node(component, "cinc").indicator(ind).build());
      spec.putOverride(component, StrategySpec.NodeOverride.builder().normalisation(StepSpec.of("share-of-total",
          Map.of("total", ref.at("/input/system_totals_over_non_missing/" + component)))).build());
      for (int i = 0; i < rows.length; i++) {
        String state = ref.at("/input/states").get(i).asText();
        if (rows[i][j] == missing) {
          data.putMissing(state, ind, 2016);
        } else {
          data.put(state, ind, 2016, rows[i][j]);
        }
      }
    }
    ScoreReport report = ScoringPipeline.builder()
        .framework(Framework.builder().id("cinc").name("CINC").nodes(nodes).build())
        .catalogue(IndicatorCatalogue.builder().id("cow").indicators(indicators).build())
        .spec(spec.build()).build()
        .score(data.build(), 2016);
    assertArrayEquals(SharedData.doubles(ref.at("/expected/cinc")), report.scores("cinc"), ref.get("tolerance").asDouble());
    assertEquals(List.of("CHN", "USA", "IND"), report.ranking("cinc").subList(0, 3));
  }
}
