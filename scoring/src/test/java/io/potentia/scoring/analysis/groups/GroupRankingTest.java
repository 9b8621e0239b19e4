package io.potentia.scoring.analysis.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.area.Area;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.area.AreaTag;
import io.potentia.scoring.analysis.TwoIndicatorIndex;
import io.potentia.scoring.result.ScoreReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Areas compared within their groups, worked by hand on {@link TwoIndicatorIndex#pillared()} with
 * the arithmetic mean: p1 = x / 100, p2 = y / 100, index = (p1 + p2) / 2. With E = (40, 80) added:
 *
 * <pre>
 * area  p1    p2    index  region  direction  tags
 * A     0.90  0.12  0.510  MR1     north      border
 * B     0.50  0.50  0.500  MR1     north
 * C     0.60  0.45  0.525  MR1     -
 * D     0.20  0.20  0.200  MR2     south      border
 * E     0.40  0.80  0.600  MR2     south
 * </pre>
 */
class GroupRankingTest {
  private static final double EPS = 1e-12;

  private static ScoreReport report(boolean withTieF) {
    var data = TwoIndicatorIndex.fourAreas()
        .put("E", "t.x", TwoIndicatorIndex.YEAR, 40).put("E", "t.y", TwoIndicatorIndex.YEAR, 80);
    if (withTieF) {
      // F mirrors A: (0.12 + 0.90) / 2 is A's index to the last bit
      data.put("F", "t.x", TwoIndicatorIndex.YEAR, 12).put("F", "t.y", TwoIndicatorIndex.YEAR, 90);
    }
    return TwoIndicatorIndex.pipeline(TwoIndicatorIndex.pillared(), TwoIndicatorIndex.spec("arithmetic-mean").build())
        .score(data.build(), TwoIndicatorIndex.YEAR);
  }

  private static Area province(String id, String region, String direction, AreaTag... tags) {
    Area.Builder b = Area.builder().id(id).name("Province " + id).level(AreaLevel.PROVINCE).parent(region).tags(Set.of(tags));
    if (direction != null) {
      b.strategicDirection(direction);
    }
    return b.build();
  }

  private static AreaHierarchy hierarchy() {
    List<Area> areas = new ArrayList<>(List.of(
        Area.builder().id("N").name("Nation").level(AreaLevel.NATION).build(),
        Area.builder().id("MR1").name("Region 1").level(AreaLevel.MILITARY_REGION).parent("N").build(),
        Area.builder().id("MR2").name("Region 2").level(AreaLevel.MILITARY_REGION).parent("N").build(),
        province("A", "MR1", "north", AreaTag.BORDER),
        province("B", "MR1", "north"),
        province("C", "MR1", null),
        province("D", "MR2", "south", AreaTag.BORDER),
        province("E", "MR2", "south"),
        province("F", "MR1", null)));
    return AreaHierarchy.of(areas);
  }

  @Test
  void eachProvinceIsRankedAmongTheProvincesOfItsMilitaryRegion() {
    GroupRanking g = GroupRanking.of(report(false), hierarchy(), Grouping.parse("military-region"));
    // MR1: C 0.525 > A 0.510 > B 0.500; MR2: E 0.600 > D 0.200
    assertEquals(List.of(2.0, 3.0, 1.0, 2.0, 1.0),
        List.of(g.rank("A"), g.rank("B"), g.rank("C"), g.rank("D"), g.rank("E")));
    assertEquals("MR1", g.groupOf("A").orElseThrow());
    assertEquals("MR2", g.groupOf("E").orElseThrow());
    assertEquals(List.of("MR1", "MR2"), List.copyOf(g.summaries().keySet()));
    assertTrue(g.ungrouped().isEmpty());
  }

  @Test
  void aGroupSummaryGivesMembersMeanPopulationDeviationRangeAndExtremes() {
    GroupRanking g = GroupRanking.of(report(false), hierarchy(), Grouping.byAncestor(AreaLevel.MILITARY_REGION));
    GroupSummary mr1 = g.summary("MR1");
    assertEquals(List.of("A", "B", "C"), mr1.members());
    // mean (0.510 + 0.500 + 0.525) / 3 = 0.511667; deviations -0.001667, -0.011667, 0.013333;
    // squares sum to 0.000316667, / 3 = 0.000105556, sqrt = 0.0102740
    assertEquals(1.535 / 3, mr1.mean(), EPS);
    assertEquals(0.010274023338281, mr1.standardDeviation(), 1e-12);
    assertEquals(0.025, mr1.range(), EPS);
    assertEquals("B", mr1.weakest());
    assertEquals("C", mr1.strongest());
    GroupSummary mr2 = g.summary("MR2");
    // mean (0.2 + 0.6) / 2 = 0.4, each 0.2 away from it
    assertEquals(0.4, mr2.mean(), EPS);
    assertEquals(0.2, mr2.standardDeviation(), EPS);
    assertEquals(0.4, mr2.range(), EPS);
    assertEquals("D", mr2.weakest());
    assertEquals("E", mr2.strongest());
    assertEquals(2, mr2.scored());
  }

  @Test
  void aProvinceIsComparedWithItsRegionsMeanOnTheIndexAndEachPillar() {
    GroupRanking g = GroupRanking.of(report(false), hierarchy(), Grouping.byAncestor(AreaLevel.MILITARY_REGION));
    Map<String, Double> gaps = g.peerGaps("A");
    assertEquals(List.of("index", "p1", "p2"), List.copyOf(gaps.keySet()));
    // index 0.510 - 0.511667; p1 0.90 - (0.90 + 0.50 + 0.60) / 3 = 0.233333; p2 0.12 - (0.12 + 0.50 + 0.45) / 3 = -0.236667
    assertEquals(0.51 - 1.535 / 3, gaps.get("index"), EPS);
    assertEquals(0.90 - 2.0 / 3, gaps.get("p1"), EPS);
    assertEquals(0.12 - 1.07 / 3, gaps.get("p2"), EPS);
  }

  @Test
  void areasWithoutADirectionAreListedAsUngroupedWithoutARank() {
    GroupRanking g = GroupRanking.of(report(false), hierarchy(), Grouping.parse("direction"));
    assertEquals(List.of("C"), g.ungrouped());
    assertTrue(g.groupOf("C").isEmpty());
    assertTrue(Double.isNaN(g.rank("C")));
    assertEquals(List.of("north", "south"), List.copyOf(g.summaries().keySet()));
    assertEquals(1.0, g.rank("A"));
    assertEquals(2.0, g.rank("B"));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> g.peerGaps("C"));
    assertTrue(e.getMessage().contains("area 'C' has no direction group"), e.getMessage());
  }

  @Test
  void aTagMakesOneGroupOfTheTaggedAreasAndListsTheRest() {
    GroupRanking g = GroupRanking.of(report(false), hierarchy(), Grouping.parse("border"));
    assertEquals(List.of("A", "D"), g.summary("border").members());
    assertEquals(List.of("B", "C", "E"), g.ungrouped());
    assertEquals(1.0, g.rank("A"));
    assertEquals(2.0, g.rank("D"));
    // (0.51 + 0.20) / 2
    assertEquals(0.355, g.summary("border").mean(), EPS);
  }

  @Test
  void tiedAreasShareARankByTheReportsTiePolicy() {
    ScoreReport report = report(true);
    assertEquals(io.potentia.scoring.spi.TiePolicy.MIN, report.tiePolicy());
    GroupRanking g = GroupRanking.of(report, hierarchy(), Grouping.byAncestor(AreaLevel.MILITARY_REGION));
    // MR1: C 0.525 first, A and F tie at 0.510 and both take the best of positions 2 and 3, B is 4th
    assertEquals(List.of(2.0, 2.0, 1.0, 4.0), List.of(g.rank("A"), g.rank("F"), g.rank("C"), g.rank("B")));
  }

  @Test
  void anUnknownGroupingIsRefusedByNameWithTheKnownOnes() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Grouping.parse("coast"));
    assertTrue(e.getMessage().contains("unknown grouping 'coast'; known: direction, district, province,"
        + " military-region, nation, border, coastal, sea-island"), e.getMessage());
  }

  @Test
  void anAreaOfTheReportMissingFromTheHierarchyIsNamed() {
    List<Area> without = new ArrayList<>(hierarchy().areas());
    without.removeIf(a -> a.id().equals("E"));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> GroupRanking.of(report(false), AreaHierarchy.of(without), Grouping.byDirection()));
    assertTrue(e.getMessage().contains("area 'E' of the report is not in the hierarchy"), e.getMessage());
  }

  @Test
  void anAreaWithoutAScoreIsListedAsUnscoredInItsGroup() {
    var data = TwoIndicatorIndex.fourAreas().put("E", "t.x", TwoIndicatorIndex.YEAR, 40);
    ScoreReport report = TwoIndicatorIndex.pipeline(TwoIndicatorIndex.pillared(),
        TwoIndicatorIndex.spec("arithmetic-mean").build()).score(data.build(), TwoIndicatorIndex.YEAR);
    GroupRanking g = GroupRanking.of(report, hierarchy(), Grouping.byAncestor(AreaLevel.MILITARY_REGION), "p2");
    assertEquals(List.of("E"), g.summary("MR2").unscored());
    assertTrue(Double.isNaN(g.rank("E")));
    assertEquals(0.2, g.summary("MR2").mean(), EPS);
    assertEquals(0.0, g.summary("MR2").standardDeviation());
  }
}
