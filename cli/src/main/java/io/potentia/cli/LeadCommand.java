package io.potentia.cli;

import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.analysis.balance.Balance;
import io.potentia.scoring.analysis.panel.PoliticalLead;
import io.potentia.scoring.analysis.panel.WithinEstimator;
import io.potentia.scoring.result.ScoreReport;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Whether political potential leads the others ({@link PoliticalLead}): scores every year of the
 * data and prints, per follower, the within (area fixed effects) slope of its next-year change on
 * the driver's score, its standard error clustered by area, the classical one, t, the area-years
 * and the areas; or the same as JSON.
 */
@Command(name = "lead", mixinStandardHelpOptions = true,
    description = "Does political potential lead the others? Each potential's yearly change regressed on last year's political score, with area fixed effects.")
final class LeadCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  Inputs inputs;

  @Option(names = "--driver", defaultValue = "political", description = "the driver node (default: ${DEFAULT-VALUE})")
  String driver;

  @Option(names = "--followers", split = ",", paramLabel = "NODE",
      description = "the follower nodes (default: the index's other pillars that are potentials)")
  List<String> followers;

  @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
  CatalogueCommand.Format format;

  @Override
  public Integer call() {
    Inputs.Loaded in = inputs.load();
    ScoringPipeline pipeline = in.pipeline();
    List<ScoreReport> reports = Progress.scoreYears(pipeline, in.data(), spec.commandLine().getErr());
    List<String> nodes = followers != null ? followers
        : Balance.potentials(pipeline.framework()).stream().filter(n -> !n.equals(driver)).toList();
    PoliticalLead.Lead lead = PoliticalLead.test(reports, driver, nodes);
    var out = spec.commandLine().getOut();
    if (format == CatalogueCommand.Format.json) {
      Json.print(out, lead);
      return 0;
    }
    out.printf("change of each node, year t-1 to t, on '%s' at t-1, area fixed effects; years %s%n", driver, lead.years());
    out.printf("%-22s %12s %12s %12s %8s %11s %6s %11s%n", "follower", "coefficient", "se(cluster)", "se(classic)", "t",
        "area-years", "areas", "not scored");
    for (PoliticalLead.Row row : lead.rows()) {
      WithinEstimator.Estimate e = row.estimate();
      out.printf(Locale.ROOT, "%-22s %12.4f %12.4f %12.4f %8.2f %11d %6d %11d%n", row.follower(), e.coefficient(),
          e.standardError(), e.classicalStandardError(), e.t(), e.observations(), e.areas(), row.notScored().size());
    }
    out.flush();
    return 0;
  }
}
