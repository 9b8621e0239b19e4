package io.potentia.cli;

import io.potentia.report.ResultTables;
import io.potentia.core.InvalidInputException;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.scoring.spec.StrategySpec;
import io.potentia.scoring.analysis.sensitivity.MethodologyComparison;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Scores the same data two ways (the inputs' framework and spec, then with {@code --against-*}
 * replaced) and prints per area the change of score and rank, with Spearman's and Kendall's
 * correlations of the two rankings, as JSON; {@code --csv} writes the per-area table.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare two methodologies (spec, scenario or framework) on the same data: per-area score and rank change, rank correlations.")
final class CompareCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  Inputs inputs;

  @Option(names = "--against-spec", paramLabel = "FILE", description = "the second methodology's strategy spec")
  Path againstSpec;

  @Option(names = "--against-scenario", paramLabel = "ID", description = "the second methodology's scenario")
  String againstScenario;

  @Option(names = "--against-framework", paramLabel = "FILE", description = "the second methodology's framework")
  Path againstFramework;

  @Option(names = "--year", description = "the year to score (default: the last)")
  Integer year;

  @Option(names = "--csv", paramLabel = "FILE", description = "write area,score_a,score_b,score_change,rank_a,rank_b,rank_change")
  Path csv;

  @Override
  public Integer call() {
    if (againstSpec == null && againstScenario == null && againstFramework == null) {
      throw InvalidInputException.at("--against-spec", "say what the second methodology changes: "
          + "--against-spec, --against-scenario or --against-framework");
    }
    IndicatorCatalogue catalogue = inputs.catalogue();
    AreaHierarchy hierarchy = inputs.hierarchy();
    Dataset data = inputs.dataset(catalogue, hierarchy);
    Framework frameworkA = inputs.framework(catalogue);
    StrategySpec specA = inputs.spec();
    Framework frameworkB = againstFramework == null ? frameworkA : Framework.read(againstFramework);
    StrategySpec specB = againstSpec == null ? specA : StrategySpec.read(againstSpec);
    if (againstScenario != null) {
      specB = StrategySpec.builder().from(specB).scenario(againstScenario).build();
    }
    int y = Inputs.yearOf(data, year);
    MethodologyComparison.Comparison c = MethodologyComparison.compare(
        inputs.pipeline(catalogue, hierarchy, frameworkA, specA).score(data, y),
        inputs.pipeline(catalogue, hierarchy, frameworkB, specB).score(data, y));
    if (csv != null) {
      ResultTables.comparison(c).write(csv);
    }
    Json.print(spec.commandLine().getOut(), c);
    return 0;
  }
}
