package io.potentia.cli;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.report.audit.AuditJson;
import io.potentia.report.audit.AuditTables;
import io.potentia.scoring.analysis.audit.Audit;
import io.potentia.scoring.analysis.audit.Coherence;
import io.potentia.scoring.analysis.audit.IndicatorStatistics;
import io.potentia.scoring.check.Screening;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The statistical audit of one year ({@link Audit}): prints the summary as JSON (areas screened
 * out and why, flagged indicators, incoherent indicators, collinear pairs, pillars of low alpha,
 * the five largest gaps between weight and importance) and writes the whole audit into a folder
 * as {@code audit.json} and the CSV tables of {@link AuditTables}.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = "The statistical audit of an index: data availability and screening, indicator statistics, "
        + "coherence of the pillars, weights against importance.")
final class AuditCommand implements Callable<Integer> {
  /** The library's field names, as this command's options. */
  private static final Map<String, String> OPTIONS = Map.of("minShare", "--min-share", "minPillarShare",
      "--min-pillar-share", "skew", "--skew", "kurtosis", "--kurtosis", "uniqueShare", "--unique-share", "coverage",
      "--coverage", "weak", "--weak", "collinear", "--collinear", "minAlpha", "--min-alpha");

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  Inputs inputs;

  @Option(names = "--year", description = "the year to audit (default: the last)")
  Integer year;

  @Option(names = "--min-share", paramLabel = "SHARE",
      description = "screen out areas with less than this share of the indicators, in [0, 1] (default: no screening)")
  Double minShare;

  @Option(names = "--min-pillar-share", paramLabel = "SHARE", defaultValue = "0",
      description = "with --min-share, also the share needed under every pillar, in [0, 1] (default: ${DEFAULT-VALUE})")
  double minPillarShare;

  @Option(names = "--screen", paramLabel = "ACTION", defaultValue = "exclude",
      description = "what happens to a screened area: exclude (not scored) or flag (default: ${DEFAULT-VALUE})")
  String action;

  @Option(names = "--skew", defaultValue = "2", description = "outliers: |skewness| above this (default: ${DEFAULT-VALUE})")
  double skew;

  @Option(names = "--kurtosis", defaultValue = "3.5", description = "outliers: and excess kurtosis above this (default: ${DEFAULT-VALUE})")
  double kurtosis;

  @Option(names = "--unique-share", defaultValue = "0.5",
      description = "near-constant below this share of distinct values (default: ${DEFAULT-VALUE})")
  double uniqueShare;

  @Option(names = "--coverage", defaultValue = "0.65",
      description = "low coverage below this share of areas with a value (default: ${DEFAULT-VALUE})")
  double coverage;

  @Option(names = "--weak", defaultValue = "0.3",
      description = "an indicator is weak below this correlation with its pillar (default: ${DEFAULT-VALUE})")
  double weak;

  @Option(names = "--collinear", defaultValue = "0.9",
      description = "siblings are collinear from this |correlation| (default: ${DEFAULT-VALUE})")
  double collinear;

  @Option(names = "--min-alpha", defaultValue = "0.7",
      description = "a pillar is reported below this Cronbach's alpha (default: ${DEFAULT-VALUE})")
  double minAlpha;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "the folder for audit.json and the CSV tables (created if missing, said on standard error)")
  Path out;

  @Override
  public Integer call() throws Exception {
    Audit.Settings settings = settings();
    Inputs.Loaded in = inputs.load();
    int y = in.year(year);
    Audit audit = Audit.of(in.pipeline(), in.data(), y, settings);
    if (!Files.isDirectory(out)) {
      Files.createDirectories(out);
      spec.commandLine().getErr().println("potentia: created " + out);
    }
    AuditJson.write(audit, out.resolve("audit.json"));
    AuditTables.writeAll(audit, out);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("year", y);
    summary.put("areas", audit.availability().areas().size());
    summary.put("scored", audit.report().areas().size());
    summary.put("summary", AuditJson.toJson(audit).get("summary"));
    summary.put("written", out.toString());
    Json.print(spec.commandLine().getOut(), summary);
    return 0;
  }

  /** The settings, every bad one named by its option in one error. */
  private Audit.Settings settings() {
    List<Problem> problems = new ArrayList<>();
    Optional<Screening> screening = Optional.empty();
    Screening.Action screen = null;
    try {
      screen = Screening.Action.valueOf(action.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(Problem.at("--screen", "'" + action + "' is not exclude or flag"));
    }
    if (minShare != null && screen != null) {
      Screening.Action chosen = screen;
      screening = attempt(problems, () -> new Screening(minShare, minPillarShare, chosen));
    } else if (minShare == null && minPillarShare != 0) {
      problems.add(Problem.at("--min-pillar-share", minPillarShare + " needs --min-share, which turns screening on"));
    }
    Optional<IndicatorStatistics.Thresholds> statistics = attempt(problems,
        () -> new IndicatorStatistics.Thresholds(skew, kurtosis, uniqueShare, coverage));
    Optional<Coherence.Thresholds> coherence = attempt(problems, () -> new Coherence.Thresholds(weak, collinear));
    if (!(minAlpha >= 0 && minAlpha <= 1)) {
      problems.add(Problem.at("--min-alpha", "the minimum alpha " + minAlpha + " is not in [0, 1]"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Audit.Settings(screening, statistics.orElseThrow(), coherence.orElseThrow(), minAlpha);
  }

  private static <T> Optional<T> attempt(List<Problem> problems, java.util.function.Supplier<T> make) {
    try {
      return Optional.of(make.get());
    } catch (InvalidInputException e) {
      e.problems().forEach(p -> problems.add(Problem.at(OPTIONS.getOrDefault(p.path(), p.path()), p.message())));
      return Optional.empty();
    }
  }
}
