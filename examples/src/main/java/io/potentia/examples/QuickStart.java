package io.potentia.examples;

import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.DefaultFramework;
import io.potentia.core.framework.Framework;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.profile.AreaProfile;
import io.potentia.core.profile.EconomicPotential;
import io.potentia.core.profile.Forces;
import io.potentia.core.profile.MilitaryPotential;
import io.potentia.core.profile.PoliticalPotential;
import io.potentia.core.profile.ScienceTechnologyPotential;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.result.ScoreReport;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * The quick start: builds the profiles of four provinces in code, from typed models of their
 * potentials and forces, scores them with a framework over just those indicators, and prints the
 * ranking and what each pillar contributes.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the quick start, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the quick start.
   *
   * @param out where the output goes
   */
  public static void run(PrintStream out) {
    List<AreaProfile> provinces = List.of(
        profile("Lang Son", 45, 62, 1.1, 3, 2.5, 1.9),
        profile("Hai Phong", 150, 58, 2.4, 4, 1.8, 1.2),
        profile("Nghe An", 48, 70, 0.9, 4, 2.1, 1.6),
        profile("Can Tho", 95, 55, 1.6, 3, 1.5, 1.4));
    Dataset.Builder data = Dataset.builder().label("illustrative values typed in by hand, not statistics");
    provinces.forEach(p -> p.toObservations().forEach(data::add));
    Dataset dataset = data.build();

    IndicatorCatalogue catalogue = IndicatorCatalogue.builtIn();
    IndicatorCatalogue used = IndicatorCatalogue.builder().from(catalogue)
        .indicators(dataset.indicators().stream().map(catalogue::get).toList()).build();
    Framework framework = DefaultFramework.of(used, AreaLevel.PROVINCE);
    ScoreReport report = ScoringPipeline.builder().framework(framework).catalogue(catalogue).build().score(dataset, 2024);

    out.println("Quick start: " + provinces.size() + " provinces, " + dataset.indicatorCount() + " indicators, framework "
        + framework.children(DefaultFramework.ROOT).stream().map(n -> n.id()).toList());
    for (String area : report.ranking(DefaultFramework.ROOT)) {
      out.printf("%.0f. %-10s %5.1f   ", report.rank(DefaultFramework.ROOT, area), area, report.score(DefaultFramework.ROOT, area));
      Map<String, Double> parts = report.contributions(DefaultFramework.ROOT, area);
      parts.forEach((pillar, c) -> out.printf("%s %+5.1f  ", pillar, c));
      out.println();
    }
  }

  private static AreaProfile profile(String name, double gdpPerCapita, double trust, double rdSpending, double readiness,
      double militia, double publicSecurity) {
    return AreaProfile.builder().area(name.replace(' ', '-')).year(2024)
        .economic(EconomicPotential.builder().gdpPerCapita(gdpPerCapita).build())
        .political(PoliticalPotential.builder().trustGovernment(trust).build())
        .scienceTechnology(ScienceTechnologyPotential.builder().rdSpending(rdSpending).build())
        .military(MilitaryPotential.builder().combatReadiness(readiness).build())
        .forces(Forces.builder().militiaCoverage(militia).publicSecurityPersonnel(publicSecurity).build())
        .build();
  }
}
