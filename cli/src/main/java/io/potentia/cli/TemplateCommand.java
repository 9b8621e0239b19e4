package io.potentia.cli;

import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.framework.DefaultFramework;
import io.potentia.core.framework.Framework;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.report.xlsx.DataEntryTemplate;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.spec.StrategySpec;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the data-entry workbook of {@link DataEntryTemplate} for one level of a hierarchy. */
@Command(name = "template", mixinStandardHelpOptions = true,
    description = "Writes an Excel workbook for entering data by hand: a row per area of a level, a column per indicator"
        + " the framework (and spec) reads, with units, directions and valid values checked as they are typed, and a"
        + " sheet explaining the indicators. Filled in, it is read as it is by --data of score, report and validate.")
final class TemplateCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--hierarchy", required = true, paramLabel = "FILE", description = "the area hierarchy JSON")
  Path hierarchy;

  @Option(names = "--level", required = true, paramLabel = "LEVEL", description = "the level whose areas get a row each, e.g. province")
  String level;

  @Option(names = "--framework", paramLabel = "FILE", description = "the framework JSON (default: the default framework at the level)")
  Path framework;

  @Option(names = "--spec", paramLabel = "FILE", description = "the strategy spec JSON: an indicator it divides a leaf by gets a column too")
  Path strategySpec;

  @Option(names = "--catalogue", paramLabel = "FILE", description = "the indicator catalogue (default: the built-in one)")
  Path catalogue;

  @Option(names = "--year", split = ",", paramLabel = "YEAR", description = "fill in the year: a row per area for each"
      + " year given (repeat, or separate with commas); without it the year column is left to fill in")
  List<Integer> years;

  @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "the workbook to write")
  Path out;

  @Override
  public Integer call() {
    IndicatorCatalogue c = catalogue == null ? IndicatorCatalogue.builtIn() : IndicatorCatalogue.read(catalogue);
    AreaHierarchy h = AreaHierarchy.read(hierarchy);
    AreaLevel l = AreaLevel.fromId(level);
    Framework f = framework == null ? DefaultFramework.of(c, l) : Framework.read(framework);
    StrategySpec s = strategySpec == null ? StrategySpec.defaults() : StrategySpec.read(strategySpec);
    // nothing is scored, so the grouping of group-mean imputation does not matter; the hierarchy lets
    // a spec divide by population or land area
    ScoringPipeline pipeline = ScoringPipeline.builder().framework(f).catalogue(c).spec(s)
        .hierarchy(h, AreaLevel.MILITARY_REGION).build();
    DataEntryTemplate template = DataEntryTemplate.of(pipeline, h, l).withYears(years == null ? List.of() : years);
    template.write(out);
    var o = spec.commandLine().getOut();
    o.printf("wrote %s: %d areas at level '%s' x %d indicators%s%n", out, template.areas().size(), l.id(),
        template.indicators().size(), years == null ? ", the year left to fill in" : ", years " + years);
    o.flush();
    return 0;
  }
}
