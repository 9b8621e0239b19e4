package io.potentia.cli.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.analysis.budget.BudgetAdequacy;
import io.potentia.scoring.analysis.groups.GroupRanking;
import io.potentia.scoring.analysis.groups.Grouping;
import io.potentia.scoring.analysis.panel.PoliticalLead;
import io.potentia.scoring.analysis.readiness.AreaClasses;
import io.potentia.scoring.analysis.readiness.ClassScheme;
import io.potentia.scoring.result.ScoreReport;
import io.potentia.scoring.sort.Assignment;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Chapter 5, classes and groups: the regions {@code classes}, {@code groups} and {@code doctrine}. */
class Chapter05Test {
  private final ScoringPipeline pipeline = Bundled.PIPELINE;
  private final Dataset data = Bundled.DATA;
  private final AreaHierarchy areas = Bundled.AREAS;
  private final ScoreReport report = pipeline.score(data, 2023);

  @Test
  void eachProvinceIsClassedWithWhatKeepsItBack() {
    Path folder = Guide.DATA;
    // region::classes
    ClassScheme scheme = ClassScheme.read(folder.resolve("classes-conjunctive.json"));
    AreaClasses classes = scheme.classify(report);                  // the areas' node scores of that year
    Assignment a = classes.of("SYN-P05").orElseThrow();             // empty when the area cannot be classed
    System.out.println(a.category() + ", held back by " + a.heldBackBy());   // the class above and the criteria short of it
    // end::classes
    assertEquals(4, classes.result().categories().size(), "weak, fair, strong, comprehensively strong");
    assertEquals(42, classes.result().byCategory().stream().mapToInt(List::size).sum(), "every province classed");
    assertTrue(classes.result().categories().contains(a.category()));
  }

  @Test
  void eachProvinceStandsAmongItsPeers() {
    // region::groups
    GroupRanking byRegion = GroupRanking.of(report, areas, Grouping.byAncestor(AreaLevel.MILITARY_REGION));
    byRegion.summaries().forEach((group, s) -> System.out.printf("%s: %d members, mean %.1f, weakest %s%n",
        group, s.members().size(), s.mean(), s.weakest()));
    Map<String, Double> gaps = byRegion.peerGaps("SYN-P05");       // score minus the group's mean: index and pillars
    // end::groups
    assertEquals(42, byRegion.summaries().values().stream().mapToInt(s -> s.members().size()).sum());
    assertTrue(gaps.containsKey("index"), gaps.toString());
  }

  @Test
  void theDoctrinesTwoTestsRunOnTheScoredPanel() {
    List<ScoreReport> years = pipeline.scoreAllYears(data);
    ScoreReport latest = years.get(years.size() - 1);
    // region::doctrine
    PoliticalLead.Lead lead = PoliticalLead.test(years, "political", List.of("economic", "military"));
    lead.rows().forEach(r -> System.out.println(r.follower() + ": " + r.estimate()));   // coefficient, clustered SE, t
    BudgetAdequacy.Result budget = BudgetAdequacy.assess(latest, data, "economic",
        "economic.defence_security_spending_per_capita", 1);          // flag gaps beyond 1 residual SE
    budget.flagged().forEach(area -> System.out.println(area.area() + " gap " + area.gap()));
    // end::doctrine
    assertEquals(List.of("economic", "military"), lead.rows().stream().map(PoliticalLead.Row::follower).toList());
    assertTrue(budget.flagged().stream().allMatch(area -> Math.abs(area.standardised()) > 1), "flagged beyond the threshold");
  }
}
