package io.potentia.cli;

import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.scoring.engine.ScoringPipeline;
import io.potentia.scoring.html.HtmlReport;
import io.potentia.scoring.report.ScoreReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Scores every year and writes the self-contained HTML report. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Scores every year and writes a self-contained HTML report (rankings, radar, heat map, trends, roll-up, methodology).")
final class ReportCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  Inputs inputs;

  @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "the report to write")
  Path out;

  @Option(names = "--title", defaultValue = "All-people national defence potential", description = "the report's heading")
  String title;

  @Option(names = "--region-level", defaultValue = "military-region", paramLabel = "LEVEL",
      description = "the level the index rolls up to (default: ${DEFAULT-VALUE})")
  String regionLevel;

  @Override
  public Integer call() {
    IndicatorCatalogue catalogue = inputs.catalogue();
    AreaHierarchy hierarchy = inputs.hierarchy();
    Dataset data = inputs.dataset(catalogue, hierarchy);
    ScoringPipeline pipeline = inputs.pipeline(catalogue, hierarchy);
    List<ScoreReport> years = Progress.scoreYears(pipeline, data, spec.commandLine().getErr());
    List<String> provenance = new ArrayList<>(data.labels());
    provenance.add("from " + inputs.dataName() + ": " + data);
    new HtmlReport(title, years, hierarchy, AreaLevel.fromId(regionLevel), provenance).write(out);
    spec.commandLine().getOut().println("wrote " + out);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
