package io.potentia.cli;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.core.json.AtomicFiles;
import io.potentia.core.potential.PotentialType;
import io.potentia.scoring.analysis.Balance;
import io.potentia.scoring.engine.ScoringPipeline;
import io.potentia.scoring.report.ScoreReport;
import java.nio.file.Path;
import java.util.Arrays;
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
    List<String> compared = nodes != null ? nodes : pillars(pipeline.framework());
    Balance.Imbalances imbalances = Balance.imbalance(report, compared);
    Balance.Coordination coordination = coupling == null ? null : Balance.coupling(report, coupling, scale);
    Balance.Gap fit = pair == null ? null : Balance.gap(report, pair[0], pair[1]);
    Map<String, Balance.Imbalance> byArea = new LinkedHashMap<>();
    imbalances.areas().forEach(i -> byArea.put(i.area(), i));
    AtomicFiles.write(out, w -> {
      w.write("area,spread,weakest,strongest" + (coordination != null ? ",coordination" : "") + (fit != null ? ",gap" : "") + "\n");
      for (String area : report.areas()) {
        Balance.Imbalance i = byArea.get(area);
        StringBuilder line = new StringBuilder(area).append(',');
        line.append(i == null ? ",," : i.spread() + "," + i.weakest() + "," + i.strongest());
        if (coordination != null) {
          line.append(',').append(cell(coordination.degrees().get(area)));
        }
        if (fit != null) {
          line.append(',').append(cell(fit.gaps().get(area)));
        }
        w.write(line.append('\n').toString());
      }
    });
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

  private static String cell(Double value) {
    return value == null ? "" : value.toString();
  }

  /** The root's children that are potentials, or all of them when fewer than two are. */
  private static List<String> pillars(Framework framework) {
    List<String> all = framework.children(framework.root().id()).stream().map(FrameworkNode::id).toList();
    List<String> ids = Arrays.stream(PotentialType.values()).map(PotentialType::id).toList();
    List<String> potentials = all.stream().filter(ids::contains).toList();
    return potentials.size() >= 2 ? potentials : all;
  }
}
