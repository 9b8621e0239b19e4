package io.potentia.core.framework;

import static io.potentia.core.framework.FrameworkTest.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The edits the analyses try on a framework: leaves left out (and the branches they empty), weights multiplied. */
class FrameworkEditsTest {
  /** index -> economic (gdp, growth), military -> navy -> ships (a chain of one child each). */
  private static Framework framework() {
    return Framework.builder().id("f").name("F").nodes(List.of(node("index", null, 1, null),
            node("economic", "index", 2, null), node("military", "index", 3, null), node("gdp", "economic", 1, "economic.gdp"),
            node("growth", "economic", 4, "economic.real_growth"), node("navy", "military", 1, null),
            node("ships", "navy", 1, "military.combat_readiness")))
        .addScenario(Scenario.builder().id("w").name("W").description("d").putWeight("military", 2.0)
            .putWeight("navy", 5.0).putWeight("gdp", 3.0).build())
        .build();
  }

  private static Set<String> ids(Framework f) {
    return f.nodes().stream().map(FrameworkNode::id).collect(Collectors.toSet());
  }

  @Test
  void leavingNothingOutGivesTheSameFramework() {
    Framework f = framework();
    assertSame(f, FrameworkEdits.without(f, List.of()));
  }

  @Test
  void aLeafLeftOutTakesEveryAncestorItLeavesChildlessButNotTheRoot() {
    Framework f = FrameworkEdits.without(framework(), List.of("ships"));
    assertEquals(Set.of("index", "economic", "gdp", "growth"), ids(f), "navy, then military, lost their only child");
    assertEquals(Map.of("gdp", 3.0), f.scenarios().get(0).weights(), "the scenario loses the weights of the nodes gone");
  }

  @Test
  void aParentWithAChildLeftKeepsItsPlace() {
    Framework f = FrameworkEdits.without(framework(), List.of("gdp"));
    assertEquals(Set.of("index", "economic", "growth", "military", "navy", "ships"), ids(f));
    assertEquals(Map.of("military", 2.0, "navy", 5.0), f.scenarios().get(0).weights());
    assertEquals(4, f.node("growth").weight());
  }

  @Test
  void reweightingMultipliesTheNamedNodesAndTheirScenarioWeightsOnly() {
    Framework f = FrameworkEdits.reweighted(framework(), Map.of("military", 0.5, "gdp", 2.0));
    assertEquals(1.5, f.node("military").weight());
    assertEquals(2.0, f.node("gdp").weight());
    assertEquals(2.0, f.node("economic").weight(), "a node not named keeps its weight");
    assertEquals(Map.of("military", 1.0, "navy", 5.0, "gdp", 6.0), f.scenarios().get(0).weights());
  }
}
