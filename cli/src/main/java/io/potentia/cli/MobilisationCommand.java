package io.potentia.cli;

import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.data.Dataset;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.report.MobilisationJson;
import io.potentia.report.MobilisationTables;
import io.potentia.scoring.analysis.planning.mobilisation.Mobilisation;
import io.potentia.scoring.analysis.planning.mobilisation.MobilisationPlan;
import io.potentia.scoring.analysis.planning.mobilisation.MobilisationResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Mobilisation for the first year of a war: reads a plan ({@code mobilisation-plan.schema.json}),
 * prints per area the first phase met and the shortfalls, and writes {@code mobilisation.json},
 * {@code mobilisation-coverage.csv} and {@code mobilisation-flows.csv} to {@code --out}.
 */
@Command(name = "mobilisation", mixinStandardHelpOptions = true,
    description = "Wartime demands against mobilisation capacity per area and phase, with mutual support within military regions.")
final class MobilisationCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  Inputs inputs;

  @Option(names = "--plan", required = true, paramLabel = "FILE", description = "the mobilisation plan (JSON)")
  Path plan;

  @Option(names = "--year", description = "the year whose data give the capacities (default: the last)")
  Integer year;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = ".",
      description = "the folder for mobilisation.json, mobilisation-coverage.csv and mobilisation-flows.csv (default: ${DEFAULT-VALUE})")
  Path out;

  @Override
  public Integer call() {
    MobilisationPlan p = MobilisationJson.read(plan);
    IndicatorCatalogue c = inputs.catalogue();
    AreaHierarchy h = inputs.hierarchy();
    Dataset data = inputs.dataset(c, h);
    MobilisationResult result = Mobilisation.assess(p, data, h, Inputs.yearOf(data, year));
    MobilisationJson.write(result, out.resolve("mobilisation.json"));
    MobilisationTables.coverage(result).write(out.resolve("mobilisation-coverage.csv"));
    MobilisationTables.flows(result).write(out.resolve("mobilisation-flows.csv"));
    print(result, spec.commandLine().getOut());
    return 0;
  }

  private static void print(MobilisationResult r, PrintWriter w) {
    w.printf(Locale.ROOT, "mobilisation in %d, phases %s%n", r.year(), String.join(", ", r.phases()));
    w.printf(Locale.ROOT, "%-14s %-18s %-18s %s%n", "area", "first met", "first met alone", "shortfall after support");
    r.firstPhaseMet().forEach((area, met) -> {
      StringBuilder gaps = new StringBuilder();
      r.coverage().stream().filter(c -> c.area().equals(area) && c.shortfall() > 0).forEach(c -> gaps.append(
          String.format(Locale.ROOT, "%s%s %s %.4g", gaps.length() == 0 ? "" : "; ", c.category(), c.phase(), c.shortfall())));
      w.printf(Locale.ROOT, "%-14s %-18s %-18s %s%n", area, met.orElse("never"),
          r.firstPhaseMetAlone().get(area).orElse("never"), gaps.length() == 0 ? "none" : gaps);
    });
    w.printf(Locale.ROOT, "%d flows of support, total cost %.6g%n", r.flows().size(),
        r.flows().stream().mapToDouble(MobilisationResult.Flow::cost).sum());
    w.flush();
  }
}
