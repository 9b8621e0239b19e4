package io.potentia.examples;

import io.potentia.core.Problem;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.DefaultFramework;
import io.potentia.core.framework.Framework;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.profile.AreaProfile;
import io.potentia.core.potential.Dimension;
import java.io.PrintStream;
import java.util.List;

/**
 * The quick start: loads the built-in catalogue, the default framework and the bundled synthetic
 * data, checks the data against both, and prints a summary.
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
   * @param out where the summary goes
   */
  public static void run(PrintStream out) {
    IndicatorCatalogue catalogue = IndicatorCatalogue.builtIn();
    Framework framework = DefaultFramework.builtIn();
    AreaHierarchy areas = BundledData.hierarchy();
    Dataset data = BundledData.dataset();

    out.println("Potentia quick start");
    out.println("====================");
    out.println("Catalogue '" + catalogue.id() + "': " + catalogue.indicators().size() + " indicators");
    for (Dimension d : Dimension.all()) {
      out.printf("  %-28s %2d%n", d.id(), catalogue.of(d).size());
    }
    out.println("Framework '" + framework.id() + "': " + framework.nodes().size() + " nodes, "
        + framework.indicatorIds().size() + " indicators, scenarios "
        + framework.scenarios().stream().map(s -> s.id()).toList());
    out.println("Areas: " + areas.areas().size() + " (" + areas.at(AreaLevel.MILITARY_REGION).size()
        + " military regions, " + areas.at(AreaLevel.PROVINCE).size() + " provinces, "
        + areas.at(AreaLevel.COMMUNE).size() + " communes)");
    out.println("Data: " + data);
    data.labels().forEach(l -> out.println("  label: " + l));
    List<Problem> problems = data.check(catalogue, areas);
    out.println("Checked against catalogue and hierarchy: " + (problems.isEmpty() ? "no problems" : problems.size() + " problems"));
    problems.stream().limit(10).forEach(p -> out.println("  " + p));

    String first = areas.at(AreaLevel.PROVINCE).get(0).id();
    int year = data.years()[data.years().length - 1];
    AreaProfile profile = AreaProfile.fromDataset(data, first, year);
    out.println("Profile of " + first + " in " + year + ":");
    out.println("  economic: GDP " + profile.economic().gdp() + ", growth " + profile.economic().realGrowth());
    out.println("  military: readiness " + profile.military().combatReadiness() + ", exercises "
        + profile.military().defensiveZoneExercises());
    out.println("  forces: militia coverage " + profile.forces().militiaCoverage());
  }
}
