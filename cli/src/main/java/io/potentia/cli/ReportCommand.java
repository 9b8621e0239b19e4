package io.potentia.cli;

import io.potentia.scoring.analysis.planning.Candidates;
import io.potentia.core.InvalidInputException;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.scoring.analysis.planning.BudgetPriorities;
import io.potentia.scoring.analysis.uncertainty.MonteCarlo;
import io.potentia.scoring.analysis.sensitivity.RankSensitivity;
import io.potentia.scoring.analysis.sensitivity.SobolIndices;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.report.html.AreaMap;
import io.potentia.report.html.HtmlReport;
import io.potentia.scoring.result.ScoreReport;
import io.potentia.scoring.analysis.readiness.ClassScheme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import io.potentia.scoring.analysis.audit.Audit;
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

  @Option(names = "--uncertainty", paramLabel = "PLAN.json",
      description = "add the index ranks' intervals from a Monte Carlo run of the last year, as the plan says")
  Path uncertaintyPlan;

  @Option(names = "--sensitivity", paramLabel = "N",
      description = "add Sobol indices of the pillars' weights (N base samples, a power of two)")
  Integer sobolSamples;

  @Option(names = "--weight-range", defaultValue = "0.5:1.5", paramLabel = "LOW:HIGH",
      description = "with --sensitivity, the range of the weight factors (default: ${DEFAULT-VALUE})")
  String weightRange;

  @Option(names = "--projects", paramLabel = "FILE", description = "add the budget roadmap of a projects file (as for priorities)")
  Path projects;

  @Option(names = "--method", defaultValue = "EXACT", description = "with --projects, ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  BudgetPriorities.Method method;

  @Option(names = "--audit", description = "add the statistical audit of the last year, with the audit command's default limits")
  boolean audit;

  @Option(names = "--classes", paramLabel = "CLASSES.json", description = "colour the ranking by the readiness classes"
      + " of the last year (the classes file of score --classes) and list each area's class")
  Path classesFile;

  @Option(names = "--works", paramLabel = "PLAN.json", description = "add the Gantt chart of a defensive works plan (as for works)")
  Path worksPlan;

  @Option(names = "--works-method", defaultValue = "EXACT",
      description = "with --works, ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  io.potentia.scoring.analysis.planning.works.WorksPlanner.Method worksMethod;

  @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG",
      description = "the report's language, en or vi (default: ${DEFAULT-VALUE})")
  String lang;

  @Option(names = "--geojson", paramLabel = "FILE", description = "draw choropleth maps of the index and each pillar"
      + " on the shapes of a GeoJSON FeatureCollection (with --geojson-property)")
  Path geojson;

  @Option(names = "--geojson-property", paramLabel = "NAME", description = "with --geojson, the feature property that holds the area id")
  String geojsonProperty;

  @Option(names = "--synthetic-map", description = "draw the maps on a generated synthetic geometry (a seeded Voronoi"
      + " partition, labelled synthetic), for synthetic areas without real shapes")
  boolean syntheticMap;

  @Override
  public Integer call() {
    io.potentia.report.html.Labels.of(lang); // rejects an unknown language before the scoring, not after
    if (geojson != null && syntheticMap) {
      throw InvalidInputException.at("--synthetic-map", "give either --geojson or --synthetic-map, not both");
    }
    if ((geojson == null) != (geojsonProperty == null)) {
      throw InvalidInputException.at("--geojson", "--geojson and --geojson-property go together: the property names"
          + " the area id of each feature");
    }
    Inputs.Loaded in = inputs.load();
    Dataset data = in.data();
    ScoringPipeline pipeline = in.pipeline();
    List<ScoreReport> years = Progress.scoreYears(pipeline, data, spec.commandLine().getErr());
    List<String> provenance = new ArrayList<>(data.labels());
    provenance.add("from " + inputs.dataName() + ": " + data);
    HtmlReport report = new HtmlReport(title, years, in.hierarchy(), AreaLevel.fromId(regionLevel), provenance)
        .withLanguage(lang);
    int last = years.get(years.size() - 1).year();
    List<String> areas = years.get(years.size() - 1).areas();
    if (geojson != null) {
      report = report.withMap(AreaMap.read(geojson, geojsonProperty, areas));
    } else if (syntheticMap) {
      report = report.withMap(AreaMap.synthetic(areas, AreaMap.SYNTHETIC_SEED));
    }
    if (uncertaintyPlan != null) {
      UncertaintyPlan plan = UncertaintyPlan.read(uncertaintyPlan);
      report = report.withUncertainty(Progress.withBar("uncertainty", "replications",
          listener -> MonteCarlo.run(pipeline, data, last, plan, listener, null)));
    }
    if (sobolSamples != null) {
      String[] range = weightRange.split(":", -1);
      double low;
      double high;
      try {
        low = Double.parseDouble(range[0]);
        high = Double.parseDouble(range[1]);
      } catch (RuntimeException e) {
        throw InvalidInputException.at("--weight-range", "'" + weightRange + "' is not LOW:HIGH");
      }
      int pillars = pipeline.framework().children(pipeline.framework().root().id()).size();
      SobolIndices.Config sobol = new SobolIndices.Config(pillars, sobolSamples, SobolIndices.Estimator.SALTELLI_2010, 500,
          0.95, 1);
      report = report.withSensitivity(Progress.withBar("sensitivity", "runs",
          listener -> RankSensitivity.ofPillarWeights(pipeline, data, last, low, high, sobol, listener, null)));
    }
    if (projects != null) {
      report = report.withRoadmap(Candidates.read(projects).roadmap(pipeline, data, last, method));
    }
    if (worksPlan != null) {
      report = report.withWorks(io.potentia.report.works.WorksPlanFile.read(worksPlan).plan(pipeline, data, last, worksMethod));
    }
    if (audit) {
      report = report.withAudit(Audit.of(pipeline, data, last, Audit.Settings.defaults()));
    }
    if (classesFile != null) {
      ClassScheme scheme = ClassScheme.read(classesFile);
      try {
        report = report.withClasses(scheme.classify(years.get(years.size() - 1)));
      } catch (InvalidInputException e) {
        throw e.withSource(classesFile.toString());
      }
    }
    report.write(out);
    spec.commandLine().getOut().println("wrote " + out);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
