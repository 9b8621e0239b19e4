package io.potentia.cli.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.area.AreaLevel;
import io.potentia.core.framework.DefaultFramework;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.potential.PotentialType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chapter 1, build a framework and catalogue: the regions {@code catalogue} and {@code framework}. */
class Chapter01Test {

  @Test
  void theBuiltInCatalogueHoldsItsIndicatorsByDimension() {
    // region::catalogue
    IndicatorCatalogue catalogue = IndicatorCatalogue.builtIn();      // or IndicatorCatalogue.read(path)
    Indicator gdp = catalogue.get("economic.gdp_per_capita");         // unit, direction, valid range, source
    List<Indicator> economic = catalogue.of(PotentialType.ECONOMIC);
    // end::catalogue
    assertEquals("economic.gdp_per_capita", gdp.id());
    assertTrue(economic.contains(gdp));
    assertTrue(catalogue.indicators().size() > economic.size());
  }

  @Test
  void theDefaultAndDoctrineFrameworksShareTheirLeaves() {
    IndicatorCatalogue catalogue = IndicatorCatalogue.builtIn();
    // region::framework
    Framework framework = DefaultFramework.of(catalogue, AreaLevel.PROVINCE);    // pillars, sub-pillars, leaves
    Framework doctrine = DefaultFramework.doctrine(catalogue, AreaLevel.PROVINCE); // political potential as catalyst
    System.out.println(framework.outline());                                     // the tree, one node a line
    List<FrameworkNode> leaves = framework.leaves();                             // one per indicator used
    // end::framework
    assertEquals(DefaultFramework.ROOT, framework.root().id());
    assertTrue(doctrine.leaves().size() > leaves.size(), "the doctrine framework adds the mechanism's indicators");
  }
}
