package io.potentia.scoring.impute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.area.Area;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImputersTest {
  private static final double NA = Double.NaN;

  /** One indicator over four areas and three years. */
  private static Panel panel(double[][] byYear) {
    double[][][] v = new double[byYear.length][1][];
    for (int y = 0; y < byYear.length; y++) {
      v[y][0] = byYear[y].clone();
    }
    int[] years = new int[byYear.length];
    for (int y = 0; y < years.length; y++) {
      years[y] = 2020 + 2 * y;
    }
    return new Panel(List.of("A", "B", "C", "D"), List.of("x.i"), years, v, new int[] {0, 0, 1, 1});
  }

  @Test
  void meanAndMedianFillFromTheSameYearAndSayHow() {
    Panel p = panel(new double[][] {{1, 2, 9, NA}});
    ImputationResult mean = Imputers.mean().impute(p);
    assertEquals(4, mean.panel().value(0, 0, 3), 1e-15);
    assertEquals("mean of 3 areas (all areas)", mean.imputed().get(0).method());
    assertEquals(2, Imputers.median().impute(p).panel().value(0, 0, 3), 0);
  }

  @Test
  void groupMeanUsesOnlyTheAreasOfTheSameGroup() {
    ImputationResult r = Imputers.groupMean().impute(panel(new double[][] {{1, 3, 10, NA}}));
    assertEquals(10, r.panel().value(0, 0, 3), 0);
    ImputationResult none = Imputers.groupMean().impute(panel(new double[][] {{1, 3, NA, NA}}));
    assertEquals(2, none.remaining().size());
    assertEquals("no value of its group is present", none.remaining().get(0).reason());
  }

  @Test
  void interpolationUsesRealYearDistancesAndNeverExtrapolates() {
    // years 2020, 2022, 2024: area A is 10 in 2020 and 30 in 2024, so 20 in 2022
    Panel p = panel(new double[][] {{10, NA, 1, 1}, {NA, 5, 1, 1}, {30, NA, 1, 1}});
    ImputationResult r = Imputers.linearInterpolation().impute(p);
    assertEquals(20, r.panel().value(1, 0, 0), 1e-15);
    assertEquals(2, r.remaining().size(), r.remaining().toString());
    ImputationResult locf = Imputers.lastObservationCarriedForward().impute(p);
    assertEquals(10, locf.panel().value(1, 0, 0), 0);
    assertEquals(5, locf.panel().value(2, 0, 1), 0);
    assertEquals(1, locf.remaining().size());
  }

  @Test
  void emRecoversAnExactLinearRelation() {
    // y = 2x + 1 holds for every observed area, so the conditional expectation of a missing y is exact
    double[][][] v = {{{1, 2, 3, 4, 5, 6}, {3, 5, 7, 9, 11, NA}}};
    Panel p = new Panel(List.of("a", "b", "c", "d", "e", "f"), List.of("x", "y"), new int[] {2020}, v,
        new int[] {-1, -1, -1, -1, -1, -1});
    ImputationResult r = Imputers.expectationMaximisation(1e-10, 1000).impute(p);
    assertEquals(13, r.panel().value(0, 1, 5), 1e-6);
    assertTrue(r.imputed().get(0).method().startsWith("EM conditional expectation"));
  }

  @Test
  void noImputationReportsEveryGap() {
    ImputationResult r = Imputers.none().impute(panel(new double[][] {{1, NA, NA, 4}}));
    assertEquals(2, r.remaining().size());
    assertEquals(2, r.panel().missingCount());
  }

  @Test
  void aPanelGroupsAreasByTheirAncestorFromTheHierarchy() {
    AreaHierarchy h = AreaHierarchy.of(List.of(
        Area.builder().id("N").name("N").level(AreaLevel.NATION).build(),
        Area.builder().id("R1").name("R1").level(AreaLevel.MILITARY_REGION).parent("N").build(),
        Area.builder().id("R2").name("R2").level(AreaLevel.MILITARY_REGION).parent("N").build(),
        Area.builder().id("P1").name("P1").level(AreaLevel.PROVINCE).parent("R1").build(),
        Area.builder().id("P2").name("P2").level(AreaLevel.PROVINCE).parent("R2").build(),
        Area.builder().id("P3").name("P3").level(AreaLevel.PROVINCE).parent("R1").build()));
    Dataset d = Dataset.builder().put("P1", "x.i", 2020, 1).put("P2", "x.i", 2020, 2).putMissing("P3", "x.i", 2020).build();
    Panel p = Panel.of(d, h, AreaLevel.MILITARY_REGION);
    assertEquals(1, Imputers.groupMean().impute(p).panel().value(0, 0, 2), 0);
  }
}
