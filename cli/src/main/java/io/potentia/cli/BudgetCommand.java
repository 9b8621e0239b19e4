package io.potentia.cli;

import io.potentia.scoring.analysis.budget.BudgetAdequacy;
import io.potentia.scoring.result.ScoreReport;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Whether each area's defence and security budget is squared with its economic potential
 * ({@link BudgetAdequacy}), for one year: the line of spending on the economic score across areas,
 * then per area its spending, the predicted spending, the gap and its standardised value, and the
 * flag; or the same as JSON.
 */
@Command(name = "budget", mixinStandardHelpOptions = true,
    description = "Per area: defence and security spending against what its economic potential predicts (regression across areas), with under- and over-spending flagged.")
final class BudgetCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  Inputs inputs;

  @Option(names = "--year", description = "the year (default: the last)")
  Integer year;

  @Option(names = "--economic", defaultValue = "economic", description = "the economic potential node (default: ${DEFAULT-VALUE})")
  String economic;

  @Option(names = "--spending", defaultValue = "economic.defence_security_spending_per_capita",
      description = "the spending indicator (default: ${DEFAULT-VALUE})")
  String spending;

  @Option(names = "--threshold", defaultValue = "1",
      description = "flag an area whose |standardised gap| exceeds this (default: ${DEFAULT-VALUE})")
  double threshold;

  @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
  CatalogueCommand.Format format;

  @Override
  public Integer call() {
    Inputs.Loaded in = inputs.load();
    ScoreReport report = in.pipeline().score(in.data(), in.year(year));
    BudgetAdequacy.Result r = BudgetAdequacy.assess(report, in.data(), economic, spending, threshold);
    var out = spec.commandLine().getOut();
    if (format == CatalogueCommand.Format.json) {
      Json.print(out, r);
      return 0;
    }
    out.printf(Locale.ROOT, "%s in %d = %.4g + %.4g x '%s' score; R^2 %.3f, residual s.e. %.4g; flagged beyond %.2f s.e.%n",
        spending, report.year(), r.intercept(), r.slope(), economic, r.rSquared(), r.residualStandardError(), threshold);
    out.printf("%-16s %10s %12s %12s %12s %8s %s%n", "area", "economic", "spending", "predicted", "gap", "z", "status");
    for (BudgetAdequacy.Area a : r.areas()) {
      out.printf(Locale.ROOT, "%-16s %10.2f %12.2f %12.2f %12.2f %8.2f %s%n", a.area(), a.economic(), a.spending(),
          a.predicted(), a.gap(), a.standardised(), a.status().name().toLowerCase(Locale.ROOT));
    }
    if (!r.notScored().isEmpty()) {
      out.println("not assessed (no economic score or no spending): " + String.join(", ", r.notScored()));
    }
    out.flush();
    return 0;
  }
}
