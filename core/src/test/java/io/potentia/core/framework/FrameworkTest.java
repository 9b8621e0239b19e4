package io.potentia.core.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.json.PotentiaJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FrameworkTest {

  static FrameworkNode node(String id, String parent, double weight, String indicator) {
    FrameworkNode.Builder b = FrameworkNode.builder().id(id).name(id).weight(weight);
    if (parent != null) {
      b.parent(parent);
    }
    if (indicator != null) {
      b.indicator(indicator);
    }
    return b.build();
  }

  static List<FrameworkNode> small() {
    return List.of(node("index", null, 1, null), node("economic", "index", 1, null),
        node("military", "index", 1, null), node("gdp", "economic", 1, "economic.gdp"),
        node("growth", "economic", 1, "economic.real_growth"), node("readiness", "military", 1, "military.combat_readiness"));
  }

  static Framework framework(List<FrameworkNode> nodes) {
    return Framework.builder().id("f").name("F").nodes(nodes).build();
  }

  @Test
  void theDefaultFrameworkScoresEveryCatalogueIndicatorExactlyOnce() {
    Framework f = DefaultFramework.builtIn();
    IndicatorCatalogue catalogue = IndicatorCatalogue.builtIn();
    // indicators without a dimension (the local budget, the leadership mechanism) are left out by design
    List<String> filed = catalogue.indicators().stream().filter(i -> i.dimension().isPresent()).map(Indicator::id).toList();
    assertEquals(filed.size(), f.indicatorIds().size());
    assertEquals(new HashSet<>(filed), new HashSet<>(f.indicatorIds()));
    assertEquals(List.of("political", "economic", "science-technology", "military", "diplomatic", "forces", "posture"),
        f.children("index").stream().map(FrameworkNode::id).toList());
    assertEquals(3, f.scenarios().size());
  }

  @Test
  void theDefaultFrameworkRoundTripsThroughJson() {
    Framework f = DefaultFramework.builtIn();
    assertEquals(f, PotentiaJson.readString("framework.json", PotentiaJson.write(f), Framework.class));
  }

  @Test
  void postOrderPutsChildrenBeforeTheirParentAndTheRootLast() {
    List<String> order = framework(small()).postOrder().stream().map(FrameworkNode::id).toList();
    assertEquals(List.of("gdp", "growth", "economic", "readiness", "military", "index"), order);
  }

  @Test
  void aScenarioReplacesTheWeightsOfTheNodesItNames() {
    Framework f = Framework.builder().from(framework(small()))
        .addScenario(Scenario.builder().id("wartime").name("W").description("d").putWeight("military", 2.0).build())
        .build();
    Framework war = f.withScenario("wartime");
    assertEquals(2.0, war.node("military").weight());
    assertEquals(1.0, war.node("economic").weight());
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> f.withScenario("peace"));
    assertTrue(e.getMessage().contains("known: [wartime]"), e.getMessage());
  }

  @Test
  void aLeafWithChildrenIsRejected() {
    List<FrameworkNode> nodes = new ArrayList<>(small());
    nodes.add(node("sub", "gdp", 1, "economic.gdp_per_capita"));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> framework(nodes));
    assertTrue(e.getMessage().contains("node 'gdp' scores indicator 'economic.gdp' but also has children [sub]"), e.getMessage());
  }

  @Test
  void anInnerNodeWithoutChildrenIsRejected() {
    List<FrameworkNode> nodes = new ArrayList<>(small());
    nodes.add(node("diplomatic", "index", 1, null));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> framework(nodes));
    assertEquals("nodes[6]", e.problems().get(0).path());
  }

  @Test
  void siblingsWhoseWeightsSumToZeroAreRejected() {
    List<FrameworkNode> nodes = new ArrayList<>(small());
    nodes.set(3, node("gdp", "economic", 0, "economic.gdp"));
    nodes.set(4, node("growth", "economic", 0, "economic.real_growth"));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> framework(nodes));
    assertTrue(e.getMessage().contains("children of node 'economic' [gdp, growth] sum to zero"), e.getMessage());
  }

  @Test
  void aScenarioThatZeroesAGroupOfSiblingsIsRejected() {
    Scenario zero = Scenario.builder().id("z").name("Z").description("d").putWeight("readiness", 0.0).build();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Framework.builder().from(framework(small())).addScenario(zero).build());
    assertTrue(e.getMessage().contains("under scenario 'z'"), e.getMessage());
  }

  @Test
  void aScenarioNamingAnUnknownNodeIsRejected() {
    Scenario s = Scenario.builder().id("s").name("S").description("d").putWeight("navy", 2.0).build();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Framework.builder().from(framework(small())).addScenario(s).build());
    assertEquals("scenarios[0].weights.navy", e.problems().get(0).path());
  }

  @Test
  void aNegativeWeightIsRejectedWithTheNodeAndValue() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> node("x", "index", -0.5, null));
    assertTrue(e.getMessage().contains("node 'x': weight is -0.5"), e.getMessage());
  }

  @Test
  void anIndicatorScoredTwiceIsRejected() {
    List<FrameworkNode> nodes = new ArrayList<>(small());
    nodes.add(node("gdp2", "military", 1, "economic.gdp"));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> framework(nodes));
    assertTrue(e.getMessage().contains("scored by node 'gdp' and again by node 'gdp2' (first at nodes[3])"),
        e.getMessage());
  }

  @Test
  void repeatedNodesIndicatorsAndScenariosOfAFrameworkFileNameTheFirstAndComeInOneError() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> PotentiaJson.readString("f.json", """
        {"id": "f", "name": "F",
         "nodes": [{"id": "index", "name": "I"},
                   {"id": "economic", "name": "E", "parent": "index"},
                   {"id": "gdp", "name": "G", "parent": "economic", "indicator": "economic.gdp"},
                   {"id": "gdp", "name": "G2", "parent": "economic", "indicator": "economic.real_growth"},
                   {"id": "gdp_again", "name": "G3", "parent": "economic", "indicator": "economic.gdp"}],
         "scenarios": [{"id": "war", "name": "W", "description": "d", "weights": {"economic": 2}},
                       {"id": "war", "name": "W2", "description": "d", "weights": {"navy": 1}}]}
        """, Framework.class));
    List<String> problems = e.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
    assertEquals(List.of(
        "nodes[4].indicator: indicator 'economic.gdp' is scored by node 'gdp' and again by node 'gdp_again'"
            + " (first at nodes[2])",
        "nodes[3].id: duplicate node id 'gdp' (first at nodes[2])",
        "scenarios[1].id: duplicate scenario id 'war' (first at scenarios[0])",
        "scenarios[1].weights.navy: scenario 'war' weights node 'navy', which is not in the framework"), problems);
    assertTrue(e.problems().stream().allMatch(p -> p.source().equals("f.json")), e.getMessage());
  }

  @Test
  void aCycleOfNodesIsRejected() {
    List<FrameworkNode> nodes = new ArrayList<>(small());
    nodes.add(node("a", "b", 1, null));
    nodes.add(node("b", "a", 1, null));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> framework(nodes));
    assertTrue(e.getMessage().contains("cycle of nodes: a -> b -> a"), e.getMessage());
  }

  @Test
  void checkingAgainstACatalogueNamesUnknownIndicators() {
    List<FrameworkNode> nodes = new ArrayList<>(small());
    nodes.set(3, node("gdp", "economic", 1, "economic.gdpp"));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> framework(nodes).checkAgainst(IndicatorCatalogue.builtIn()));
    assertEquals("nodes[3].indicator", e.problems().get(0).path());
  }

  @Test
  void anUnknownPropertyInAFrameworkFileIsRejectedWithItsPath() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> PotentiaJson.readString("f.json", """
        {"id": "f", "name": "F", "nodes": [{"id": "index", "name": "I", "wieght": 2}]}
        """, Framework.class));
    assertEquals("nodes[0].wieght", e.problems().get(0).path());
    assertEquals(1, e.problems().get(0).line());
  }

  /** Issue 15, item 5: the JSON readers stopped at the first wrong type. */
  @Test
  void everyWrongTypeAndUnknownFieldOfAFrameworkFileComesInOneErrorWithItsPlaceAndValue() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> PotentiaJson.readString("f.json", """
        {"id": "f", "name": "F",
         "nodes": [{"id": "index", "name": "I"},
                   {"id": "economic", "name": "E", "parent": "index", "weight": "heavy"},
                   {"id": "gdp", "name": "G", "parent": "economic", "indicator": "economic.gdp"},
                   {"id": "growth", "name": "R", "parent": "economic", "weight": 2, "indicator": 7},
                   {"id": "trade", "name": "T", "parent": "economic", "colour": "red", "indicator": "economic.trade"}]}
        """, Framework.class));
    assertEquals(List.of(
        "f.json:3:73: nodes[1].weight: expected a number, found the string \"heavy\"",
        "f.json:5:90: nodes[3].indicator: expected a string, found the number 7",
        "f.json:6:73: nodes[4].colour: unknown field 'colour'; known: aggregation, id, indicator, name, parent, weight,"
            + " weighting"),
        e.problems().stream().map(Object::toString).toList());
  }

  @Test
  void theOutlineShowsTheTree() {
    Set<String> lines = Set.of(framework(small()).outline().split("\n"));
    assertTrue(lines.contains("    gdp (w=1.0)"), lines.toString());
  }
}
