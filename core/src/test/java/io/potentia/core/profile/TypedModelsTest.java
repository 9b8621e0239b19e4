package io.potentia.core.profile;

import io.potentia.core.potential.Dimension;
import io.potentia.core.potential.PotentialType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.json.PotentiaJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TypedModelsTest {

  @Test
  void theTypedModelsCoverTheBuiltInCatalogueExactlyOnce() {
    List<String> typed = new ArrayList<>();
    typed.addAll(PoliticalPotential.indicatorIds());
    typed.addAll(EconomicPotential.indicatorIds());
    typed.addAll(ScienceTechnologyPotential.indicatorIds());
    typed.addAll(MilitaryPotential.indicatorIds());
    typed.addAll(DiplomaticPotential.indicatorIds());
    typed.addAll(Forces.indicatorIds());
    typed.addAll(Posture.indicatorIds());
    assertEquals(typed.size(), new HashSet<>(typed).size(), "no indicator in two models");
    Set<String> catalogue = new HashSet<>(IndicatorCatalogue.builtIn().indicators().stream().map(Indicator::id).toList());
    assertEquals(catalogue, new HashSet<>(typed));
  }

  @Test
  void eachModelHoldsOnlyItsOwnDimension() {
    IndicatorCatalogue c = IndicatorCatalogue.builtIn();
    // the budget indicators are filed under economic but kept out of the index (no dimension)
    for (String id : EconomicPotential.indicatorIds()) {
      c.get(id).dimension().ifPresent(d -> assertEquals(PotentialType.ECONOMIC, d, id));
    }
    assertEquals(Set.of("economic.defence_security_spending_per_capita", "economic.defence_security_budget_share"),
        new HashSet<>(EconomicPotential.indicatorIds().stream().filter(id -> c.get(id).dimension().isEmpty()).toList()));
    for (String id : Forces.indicatorIds()) {
      assertEquals(Dimension.Family.FORCE, c.get(id).dimension().orElseThrow().family(), id);
    }
  }

  @Test
  void aProfileConvertsToObservationsAndBackWithoutLoss() {
    AreaProfile profile = AreaProfile.builder().area("VN-HN").year(2023)
        .economic(EconomicPotential.builder().gdp(1_200_000).realGrowth(6.5).build())
        .military(MilitaryPotential.builder().combatReadiness(4).build())
        .putOtherValue("mine.rail_density", 0.02)
        .build();
    Dataset.Builder b = Dataset.builder();
    profile.toObservations().forEach(b::add);
    Dataset d = b.build();
    assertEquals(OptionalDouble.of(6.5), d.value("VN-HN", "economic.real_growth", 2023));
    assertEquals(profile, AreaProfile.fromDataset(d, "VN-HN", 2023));
    assertEquals(profile, PotentiaJson.readString("p.json", PotentiaJson.write(profile), AreaProfile.class));
  }

  @Test
  void aValueOutOfRangeNamesTheAreaYearFieldIndicatorAndValue() {
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("political.trust_government", 140.0);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> AreaProfile.fromValues("VN-HN", 2023, values));
    assertEquals("area 'VN-HN' in 2023.trustGovernment", e.problems().get(0).path());
    assertTrue(e.getMessage().contains(
        "PoliticalPotential.trustGovernment (indicator 'political.trust_government') is 140.0; it must be in [0.0, 100.0]"),
        e.getMessage());
  }

  @Test
  void aModelRejectsIndicatorsOfAnotherModel() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> EconomicPotential.fromValues(Map.of("military.combat_readiness", 3.0)));
    assertTrue(e.getMessage().contains("EconomicPotential has no indicator 'military.combat_readiness'"), e.getMessage());
  }

  @Test
  void otherValuesMayNotShadowATypedField() {
    assertThrows(InvalidInputException.class, () -> AreaProfile.builder().area("A").year(2023)
        .putOtherValue("economic.gdp", 1.0).build());
  }

  @Test
  void everyDimensionHasADescriptionAndAUniqueId() {
    Set<String> ids = new HashSet<>();
    for (Dimension d : Dimension.all()) {
      assertTrue(d.description().length() > 40, d.id());
      assertTrue(ids.add(d.id()), d.id());
      assertEquals(d, Dimension.fromId(d.id()));
    }
    assertEquals(13, ids.size());
  }
}
