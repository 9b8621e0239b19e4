package io.potentia.cli;

import java.util.Optional;
import io.potentia.report.ResultTables;
import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.scoring.analysis.balance.Balance;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.result.ScoreReport;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Balance and the gap between potential and outcome ({@link Balance}), per area of one year:
 * the imbalance of the potentials, optionally the coupling coordination of chosen pillars and the
 * residual of an outcome regressed on resources. Writes {@code area,spread,weakest,strongest}
 * then {@code coordination} and {@code gap} when asked for; an area without a score at a node
 * has empty cells there and is listed in the JSON printed on standard output, which also gives
 * the regression's line and R squared.
 */
@Command(name = "balance", mixinStandardHelpOptions = true,
    description = "Per area: the imbalance between potentials, the coupling coordination of pillars, and the gap between outcome and resources.")
final class BalanceCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  Inputs inputs;

  @Option(names = "--year", description = "the year to score (default: the last)")
  Integer year;

  @Option(names = "--nodes", split = ",", paramLabel = "NODE",
      description = "the nodes whose spread is the imbalance (default: the index's pillars that are potentials, else all its pillars)")
  List<String> nodes;

  @Option(names = "--coupling", split = ",", paramLabel = "NODE",
      description = "the subsystems of the coupling coordination degree, at least 2, e.g. economic,military")
  List<String> coupling;

  @Option(names = "--scale", defaultValue = "100",
      description = "the scores' full scale, which divides them into [0, 1] for the coupling (default: ${DEFAULT-VALUE})")
  double scale;

  @Option(names = "--gap", paramLabel = "RESOURCES:OUTCOME",
      description = "regress the outcome node's scores on the resource node's, e.g. economic:military")
  String gap;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "the CSV to write")
  Path out;

  @Override
  public Integer call() {
    String[] pair = gap == null ? null : gap.split(":", -1);
    if (pair != null && (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank())) {
      throw InvalidInputException.at("--gap", "'" + gap + "' is not RESOURCES:OUTCOME, such as economic:military");
    }
    Inputs.Loaded in = inputs.load();
    Dataset data = in.data();
    ScoringPipeline pipeline = in.pipeline();
    int y = in.year(year);
    ScoreReport report = pipeline.score(data, y);
    List<String> compared = nodes != null ? nodes : Balance.potentials(pipeline.framework());
    Balance.Imbalances imbalances = Balance.imbalance(report, compared);
    Balance.Coordination coordination = coupling == null ? null : Balance.coupling(report, coupling, scale);
    Balance.Gap fit = pair == null ? null : Balance.gap(report, pair[0], pair[1]);
    ResultTables.balance(report, imbalances, Optional.ofNullable(coordination), Optional.ofNullable(fit)).write(out);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("year", y);
    summary.put("nodes", compared);
    summary.put("areas", report.areas().size());
    summary.put("notScored", imbalances.notScored());
    if (coordination != null) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("subsystems", coupling);
      c.put("scale", scale);
      c.put("notScored", coordination.notScored());
      summary.put("coupling", c);
    }
    if (fit != null) {
      Map<String, Object> g = new LinkedHashMap<>();
      g.put("resources", pair[0]);
      g.put("outcome", pair[1]);
      g.put("intercept", fit.intercept());
      g.put("slope", fit.slope());
      g.put("rSquared", fit.rSquared());
      g.put("notScored", fit.notScored());
      summary.put("gap", g);
    }
    Json.print(spec.commandLine().getOut(), summary);
    return 0;
  }
}
