package io.potentia.cli;

import io.potentia.report.ResultTables;
import io.potentia.core.data.Dataset;
import io.potentia.scoring.analysis.sensitivity.MethodologyComparison;
import io.potentia.scoring.analysis.sensitivity.OneAtATime;
import io.potentia.scoring.ScoringPipeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * One-at-a-time sensitivity of the index ranking ({@link OneAtATime}): each indicator left out in
 * turn, and each node's weight multiplied by each of the stated factors in turn. Writes one row
 * per perturbation, {@code perturbation,node,factor,spearman,kendall,mean_abs_rank_shift,
 * max_abs_rank_shift}, and prints as JSON the nodes a weighting method weights (not perturbed)
 * and the perturbations that move the ranking most.
 */
@Command(name = "oat", mixinStandardHelpOptions = true,
    description = "One-at-a-time sensitivity: leave each indicator out, scale each node's weight, and compare each ranking with the nominal one.")
final class OatCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  Inputs inputs;

  @Option(names = "--year", description = "the year to score (default: the last)")
  Integer year;

  @Option(names = "--factors", split = ",", defaultValue = "0.5,1.5", paramLabel = "F",
      description = "the weight factors, each finite and positive (default: ${DEFAULT-VALUE})")
  double[] factors;

  @Option(names = "--no-leave-out", description = "skip leaving each indicator out")
  boolean noLeaveOut;

  @Option(names = "--top", defaultValue = "5", description = "how many of the most influential perturbations to print (default: ${DEFAULT-VALUE})")
  int top;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "the CSV to write")
  Path out;

  @Override
  public Integer call() {
    Inputs.Loaded in = inputs.load();
    Dataset data = in.data();
    ScoringPipeline pipeline = in.pipeline();
    int y = in.year(year);
    List<OneAtATime.Impact> leftOut = noLeaveOut ? List.of() : OneAtATime.leaveOneOut(pipeline, data, y);
    OneAtATime.WeightSensitivity weights = OneAtATime.weights(pipeline, data, y, factors);
    List<Row> rows = new ArrayList<>();
    leftOut.forEach(i -> rows.add(new Row("leave-out", i)));
    weights.impacts().forEach(i -> rows.add(new Row("weight", i)));
    ResultTables.oneAtATime(leftOut, weights.impacts()).write(out);
    List<Map<String, Object>> strongest = rows.stream()
        .sorted(Comparator.comparingDouble((Row r) -> -r.impact().comparison().meanAbsoluteRankShift()))
        .limit(Math.max(0, top))
        .map(Row::summary)
        .toList();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("year", y);
    summary.put("perturbations", rows.size());
    summary.put("methodWeighted", weights.methodWeighted());
    summary.put("mostInfluential", strongest);
    Json.print(spec.commandLine().getOut(), summary);
    return 0;
  }

  private record Row(String perturbation, OneAtATime.Impact impact) {
    Map<String, Object> summary() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("perturbation", perturbation);
      m.put("node", impact.node());
      m.put("factor", impact.factor());
      m.put("spearman", impact.comparison().spearman());
      m.put("meanAbsRankShift", impact.comparison().meanAbsoluteRankShift());
      m.put("maxAbsRankShift", impact.comparison().maxAbsoluteRankShift());
      return m;
    }
  }
}
