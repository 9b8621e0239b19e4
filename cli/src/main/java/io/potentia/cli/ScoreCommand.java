package io.potentia.cli;

import io.potentia.report.ResultTables;
import io.potentia.report.ExcelWorkbook;
import io.potentia.core.data.Dataset;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.result.ScoreReport;
import io.potentia.scoring.result.ScoreReports;
import io.potentia.scoring.analysis.groups.GroupRanking;
import io.potentia.scoring.analysis.groups.Grouping;
import io.potentia.scoring.analysis.readiness.AreaClasses;
import io.potentia.scoring.analysis.readiness.ClassScheme;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Scores a dataset with a framework and a spec, prints the ranking and writes the reports; with
 * {@code --classes}, the ranking gives each area's class and what keeps it from the next; with
 * {@code --within}, each area's group and rank within it, then the group summaries.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = "Framework + dataset + strategy spec -> report (JSON, CSV), for a year or all years.")
final class ScoreCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  Inputs inputs;

  @ArgGroup(exclusive = true)
  Years years;

  static final class Years {
    @Option(names = "--year", description = "the year to score (default: the last)")
    Integer year;

    @Option(names = "--all-years", description = "score every year")
    boolean all;
  }

  @Option(names = "--json", paramLabel = "FILE", description = "write the report as JSON (with --all-years, YEAR is replaced by the year)")
  Path json;

  @Option(names = "--csv", paramLabel = "FILE", description = "write every score and rank as CSV (long form)")
  Path csv;

  @Option(names = "--roll-up", paramLabel = "LEVEL", description = "also print the index rolled up to this level of the"
      + " hierarchy (population-weighted mean), e.g. military-region or nation")
  String rollUp;

  @Option(names = "--xlsx", paramLabel = "FILE", description = "write an Excel workbook: a sheet per framework level, ranks, methodology")
  Path xlsx;

  @Option(names = "--classes", paramLabel = "CLASSES.json", description = "class the areas of the last year scored:"
      + " class names worst first, thresholds per node, a sorting method (conjunctive, mr-sort, electre-tri-b)")
  Path classesFile;

  @Option(names = "--within", paramLabel = "GROUPING", description = "rank each area within its group: an ancestor level"
      + " (military-region, ...), direction (strategic direction) or a tag (border, coastal, ...); prints group summaries")
  String within;

  @Override
  public Integer call() {
    Grouping grouping = within == null ? null : Grouping.parse(within);
    ClassScheme scheme = classesFile == null ? null : ClassScheme.read(classesFile);
    Inputs.Loaded in = inputs.load();
    Dataset data = in.data();
    ScoringPipeline pipeline = in.pipeline();
    List<ScoreReport> reports;
    if (years != null && years.all) {
      reports = Progress.scoreYears(pipeline, data, spec.commandLine().getErr());
    } else {
      int[] available = data.years();
      int year = years != null && years.year != null ? years.year : available[available.length - 1];
      reports = List.of(pipeline.score(data, year));
    }
    var out = spec.commandLine().getOut();
    ScoreReport last = reports.get(reports.size() - 1);
    out.printf("%s, %d, %s%n", pipeline.framework().name(), last.year(),
        inputs.spec().scenario().map(s -> "scenario " + s).orElse("framework weights"));
    AreaClasses classes = scheme == null ? null : classify(scheme, last);
    GroupRanking groups = grouping == null ? null : GroupRanking.of(last, requireHierarchy(in), grouping);
    out.printf("%4s  %-24s %10s", "rank", "area", "score");
    if (groups != null) {
      out.printf("  %-24s %8s", grouping.name(), "in group");
    }
    if (classes != null) {
      out.printf("  %-24s %s", "class (" + scheme.method() + ")", "kept from the next class by");
    }
    out.println();
    for (String area : last.ranking(last.root())) {
      out.printf("%4.0f  %-24s %10.4f", last.rank(last.root(), area), area, last.score(last.root(), area));
      if (groups != null) {
        out.print("  " + GroupLines.of(groups, area));
      }
      if (classes != null) {
        out.print("  " + ClassLines.of(classes, area));
      }
      out.println();
    }
    if (groups != null) {
      GroupLines.summaries(groups, out);
    }
    if (rollUp != null) {
      if (in.hierarchy() == null) {
        throw io.potentia.core.InvalidInputException.at("--roll-up", "--roll-up " + rollUp + " needs --hierarchy");
      }
      out.printf("rolled up to %s (population-weighted mean):%n", rollUp);
      io.potentia.scoring.rollup.HierarchyRollUp.rollUpScores(last, last.root(), in.hierarchy(),
          io.potentia.core.area.AreaLevel.fromId(rollUp), io.potentia.scoring.rollup.HierarchyRollUp.ScoreRule.POPULATION_WEIGHTED_MEAN)
          .forEach((area, score) -> out.printf("      %-24s %10.4f%n", area, score));
    }
    if (json != null) {
      for (ScoreReport r : reports) {
        Path target = reports.size() == 1 ? json : Path.of(json.toString().replace("YEAR", Integer.toString(r.year())));
        ScoreReports.writeJson(r, target);
        out.println("wrote " + target);
      }
    }
    if (csv != null) {
      ResultTables.scores(reports).write(csv);
      out.println("wrote " + csv);
    }
    if (xlsx != null) {
      ExcelWorkbook.write(reports, pipeline.framework(), xlsx);
      out.println("wrote " + xlsx);
    }
    out.flush();
    return 0;
  }

  private io.potentia.core.area.AreaHierarchy requireHierarchy(Inputs.Loaded in) {
    if (in.hierarchy() == null) {
      throw io.potentia.core.InvalidInputException.at("--within", "--within " + within + " needs --hierarchy");
    }
    return in.hierarchy();
  }

  private AreaClasses classify(ClassScheme scheme, ScoreReport report) {
    try {
      return scheme.classify(report);
    } catch (io.potentia.core.InvalidInputException e) {
      throw e.withSource(classesFile.toString());
    }
  }
}
