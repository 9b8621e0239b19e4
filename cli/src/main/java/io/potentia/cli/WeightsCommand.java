package io.potentia.cli;

import io.potentia.core.indicator.Direction;
import io.potentia.scoring.spec.Strategies;
import io.potentia.scoring.rank.Criterion;
import io.potentia.scoring.rank.DecisionProblem;
import io.potentia.scoring.spi.Described;
import io.potentia.scoring.weight.WeightingMethod;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Objective weights of a decision problem's criteria from its matrix (entropy, CRITIC, PCA, equal...). */
@Command(name = "weights", mixinStandardHelpOptions = true,
    description = "Objective weights (entropy, critic, pca, equal, ...) of a problem's matrix; prints JSON.")
final class WeightsCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PROBLEM.json", description = "the decision problem")
  Path problemFile;

  @Option(names = "--method", required = true, description = "entropy, critic, pca, equal, ...")
  String method;

  @Option(names = "--param", paramLabel = "KEY=VALUE", description = "a method parameter")
  List<String> params = new ArrayList<>();

  @Override
  public Integer call() {
    DecisionProblem problem = DecisionProblem.read(problemFile);
    Described<WeightingMethod> m = Strategies.registry().weighting(method,
        io.potentia.scoring.spi.Parameters.parse(method, params));
    // the problem's directions: CRITIC, as published, turns a cost criterion around before weighing
    List<Direction> directions = problem.criteria().stream().map(Criterion::direction).toList();
    double[] w = m.strategy().weigh(problem.columns(), directions);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("method", m.name());
    out.put("criteria", problem.criteria().stream().map(Criterion::id).toList());
    out.put("weights", RankCommand.toList(w));
    out.put("note", "computed from the raw matrix, one column per criterion, with the criteria's directions"
        + " (CRITIC min-max normalises a cost criterion as (max - x)/(max - min) first)");
    Json.print(spec.commandLine().getOut(), out);
    return 0;
  }
}
