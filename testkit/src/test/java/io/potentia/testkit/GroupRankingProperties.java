package io.potentia.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.area.Area;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.analysis.groups.GroupRanking;
import io.potentia.scoring.analysis.groups.GroupSummary;
import io.potentia.scoring.analysis.groups.Grouping;
import io.potentia.scoring.result.ScoreReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Within-group ranks and group summaries on seeded random provinces spread over 1 to 4 military
 * regions, some with a strategic direction and some without.
 */
class GroupRankingProperties {
  private static final String[] INDICATORS = {"economic.gdp_per_capita", "economic.public_debt"};

  /** Provinces: region index, direction (or null) and the two indicator values of each. */
  record Case(int[] region, String[] direction, double[][] values) {
    int size() {
      return region.length;
    }

    String id(int p) {
      return String.format(Locale.ROOT, "P%02d", p);
    }

    AreaHierarchy hierarchy() {
      List<Area> areas = new ArrayList<>();
      areas.add(Area.builder().id("N").name("Nation").level(AreaLevel.NATION).build());
      for (int r = 0; r < 4; r++) {
        areas.add(Area.builder().id("MR" + r).name("Region " + r).level(AreaLevel.MILITARY_REGION).parent("N").build());
      }
      for (int p = 0; p < size(); p++) {
        Area.Builder b = Area.builder().id(id(p)).name("Province " + p).level(AreaLevel.PROVINCE).parent("MR" + region[p]);
        if (direction[p] != null) {
          b.strategicDirection(direction[p]);
        }
        areas.add(b.build());
      }
      return AreaHierarchy.of(areas);
    }

    Dataset dataset() {
      Dataset.Builder b = Dataset.builder();
      for (int p = 0; p < size(); p++) {
        for (int i = 0; i < INDICATORS.length; i++) {
          b.put(id(p), INDICATORS[i], 2024, values[p][i]);
        }
      }
      return b.build();
    }

    @Override
    public String toString() {
      return Arrays.toString(region) + " " + Arrays.toString(direction) + " " + Arrays.deepToString(values);
    }
  }

  private static final Gen<Case> CASES = (random, size) -> {
    int n = 3 + random.nextInt(size / 2 + 1);
    int regions = 1 + random.nextInt(4);
    int[] region = new int[n];
    String[] direction = new String[n];
    double[][] values = new double[n][INDICATORS.length];
    for (int p = 0; p < n; p++) {
      region[p] = random.nextInt(regions);
      int d = random.nextInt(3);
      direction[p] = d == 0 ? null : d == 1 ? "north" : "south";
      for (int i = 0; i < INDICATORS.length; i++) {
        values[p][i] = random.nextDouble(1, 1000);
      }
    }
    return new Case(region, direction, values);
  };

  private static ScoringPipeline pipeline() {
    Framework framework = Framework.builder().id("two").name("Two").nodes(List.of(
        FrameworkNode.builder().id("index").name("Index").build(),
        FrameworkNode.builder().id("gdp").name("GDP").parent("index").indicator(INDICATORS[0]).build(),
        FrameworkNode.builder().id("debt").name("Debt").parent("index").indicator(INDICATORS[1]).build())).build();
    return ScoringPipeline.builder().framework(framework).build();
  }

  @Test
  void withoutTiesTheRanksOfEachGroupArePermutationsOfOneToItsSizeAndEveryAreaIsAccountedFor() {
    ScoringPipeline pipeline = pipeline();
    PropertyRunner.forAll(CASES).cases(200).check(c -> {
      ScoreReport report = pipeline.score(c.dataset(), 2024);
      for (String within : List.of("military-region", "direction")) {
        GroupRanking g = GroupRanking.of(report, c.hierarchy(), Grouping.parse(within));
        int accounted = g.ungrouped().size();
        for (GroupSummary s : g.summaries().values()) {
          accounted += s.members().size();
          Set<Double> scores = new HashSet<>();
          s.members().forEach(m -> scores.add(report.score("index", m)));
          if (scores.size() < s.members().size()) {
            continue; // tied scores share ranks by the tie policy; the permutation holds only without ties
          }
          List<Double> ranks = new ArrayList<>(s.members().stream().map(g::rank).toList());
          ranks.sort(null);
          List<Double> expected = new ArrayList<>();
          for (int k = 1; k <= s.members().size(); k++) {
            expected.add((double) k);
          }
          assertEquals(expected, ranks, within + " group " + s.group());
        }
        assertEquals(c.size(), accounted, within + ": every area is in one group or listed as ungrouped");
        for (String area : g.ungrouped()) {
          assertTrue(g.groupOf(area).isEmpty() && Double.isNaN(g.rank(area)), area);
        }
      }
    });
  }

  @Test
  void theGroupMeanLiesBetweenTheWeakestAndTheStrongestAndTheSpreadIsNoMoreThanTheRange() {
    ScoringPipeline pipeline = pipeline();
    PropertyRunner.forAll(CASES).cases(200).check(c -> {
      ScoreReport report = pipeline.score(c.dataset(), 2024);
      GroupRanking g = GroupRanking.of(report, c.hierarchy(), Grouping.byAncestor(AreaLevel.MILITARY_REGION));
      for (GroupSummary s : g.summaries().values()) {
        assertEquals(s.min(), report.score("index", s.weakest()), s.group());
        assertEquals(s.max(), report.score("index", s.strongest()), s.group());
        assertTrue(s.min() <= s.mean() && s.mean() <= s.max(), s.toString());
        assertTrue(s.standardDeviation() >= 0 && s.standardDeviation() <= s.range() / 2 + 1e-12, s.toString());
        for (String m : s.members()) {
          double score = report.score("index", m);
          assertTrue(s.min() <= score && score <= s.max(), m);
        }
      }
    });
  }
}
