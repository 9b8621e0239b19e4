package io.potentia.core.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.area.AreaLevel;
import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The default framework: the five potentials, the forces and the posture under one index, each
 * indicator under its dimension, with the peacetime, wartime and disaster-response scenarios.
 */
class DefaultFrameworkTest {
  private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.builtIn();

  private static List<String> children(Framework f, String node) {
    return f.children(node).stream().map(FrameworkNode::id).toList();
  }

  @Test
  void thePillarsAreThePotentialsTheForcesAndThePosture() {
    Framework f = DefaultFramework.builtIn();
    assertEquals("index", f.root().id());
    assertEquals(List.of("political", "economic", "science-technology", "military", "diplomatic", "forces", "posture"),
        children(f, "index"));
    assertEquals(List.of("standing-force", "reserve-force", "militia-self-defence", "public-security"), children(f, "forces"));
    List<Indicator> filed = CATALOGUE.indicators().stream().filter(i -> i.dimension().isPresent()).toList();
    assertEquals(filed.size(), f.leaves().size(), "every indicator of the catalogue with a dimension is a leaf");
    for (Indicator i : filed) {
      FrameworkNode leaf = f.nodes().stream().filter(n -> n.id().equals(i.id())).findFirst().orElseThrow();
      assertEquals(i.id(), leaf.indicator().orElseThrow());
      assertTrue(f.nodes().stream().anyMatch(n -> n.id().equals(leaf.parent().orElseThrow())));
    }
    assertEquals(f, DefaultFramework.of(CATALOGUE), "the built-in framework is the framework of the built-in catalogue");
  }

  @Test
  void theScenariosWeighWhatTheirSituationNeeds() {
    Framework f = DefaultFramework.builtIn();
    Map<String, Scenario> byId = new java.util.HashMap<>();
    f.scenarios().forEach(s -> byId.put(s.id(), s));
    assertEquals(List.of("peacetime", "wartime", "disaster-response"), f.scenarios().stream().map(Scenario::id).toList());
    assertEquals(Map.of("political", 1.5, "economic", 1.5), byId.get("peacetime").weights());
    assertEquals(2.0, byId.get("wartime").weights().get("military"));
    assertEquals(0.75, byId.get("wartime").weights().get("diplomatic"));
    assertEquals(2.0, byId.get("disaster-response").weights().get("posture.civil_defence_plans"));
  }

  @Test
  void aLevelKeepsOnlyTheIndicatorsThatApplyThereAndNoEmptyPillar() {
    Framework province = DefaultFramework.of(CATALOGUE, AreaLevel.PROVINCE);
    assertEquals("potentia.default.province", province.id());
    for (FrameworkNode leaf : province.leaves()) {
      assertTrue(CATALOGUE.get(leaf.indicator().orElseThrow()).appliesAt(AreaLevel.PROVINCE), leaf.id());
    }
    long applicable = CATALOGUE.indicators().stream().filter(i -> i.dimension().isPresent() && i.appliesAt(AreaLevel.PROVINCE)).count();
    assertEquals(applicable, province.leaves().size());
    assertTrue(applicable < CATALOGUE.indicators().size(), "some indicators are for the nation only");
    for (FrameworkNode node : province.nodes()) {
      assertTrue(node.isLeaf() || !province.children(node.id()).isEmpty(), node.id() + " is not empty");
    }
  }

  @Test
  void aCatalogueWithoutForceOrPostureIndicatorsHasNoSuchPillarsAndScenariosWeighOnlyWhatIsThere() {
    IndicatorCatalogue economic = IndicatorCatalogue.builder().from(CATALOGUE).indicators(CATALOGUE.indicators().stream()
        .filter(i -> i.id().startsWith("economic.") || i.id().startsWith("military.")).toList()).build();
    Framework f = DefaultFramework.of(economic);
    assertEquals(List.of("economic", "military"), children(f, "index"));
    assertFalse(f.nodes().stream().anyMatch(n -> n.id().equals("forces") || n.id().equals("posture")));
    Scenario wartime = f.scenarios().stream().filter(s -> s.id().equals("wartime")).findFirst().orElseThrow();
    assertEquals(Map.of("military", 2.0), wartime.weights());
    Scenario disaster = f.scenarios().stream().filter(s -> s.id().equals("disaster-response")).findFirst().orElseThrow();
    assertTrue(disaster.weights().isEmpty());
  }

  @Test
  void theDoctrineVariantMakesPoliticalPotentialTheCatalystAndHoldsTheLeadershipMechanismUnderIt() {
    Framework plain = DefaultFramework.of(CATALOGUE, AreaLevel.PROVINCE);
    Framework doctrine = DefaultFramework.doctrine(CATALOGUE, AreaLevel.PROVINCE);
    assertEquals("potentia.doctrine.province", doctrine.id());
    assertEquals(java.util.Optional.of("catalyst"), doctrine.root().aggregation());
    assertEquals(children(plain, "index"), children(doctrine, "index"));
    assertEquals(DefaultFramework.LEADERSHIP_MECHANISM, children(doctrine, DefaultFramework.MECHANISM));
    assertEquals("political", doctrine.nodes().stream().filter(n -> n.id().equals(DefaultFramework.MECHANISM)).findFirst()
        .orElseThrow().parent().orElseThrow());
    // every other node is the plain framework's, unchanged
    assertEquals(plain.nodes().size() + 1 + DefaultFramework.LEADERSHIP_MECHANISM.size(), doctrine.nodes().size());
    for (FrameworkNode node : plain.nodes()) {
      if (!node.id().equals("index")) {
        assertTrue(doctrine.nodes().contains(node), node.id());
      }
    }
  }
}
