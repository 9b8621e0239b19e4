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
    description = "Weights of a problem's criteria: objective (entropy, critic, pca, merec, standard-deviation,"
        + " gini, ...) from its matrix, or subjective (ahp, bwm, swara, ...) from --param judgements; prints JSON.")
final class WeightsCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PROBLEM.json", description = "the decision problem")
  Path problemFile;

  @Option(names = "--method", required = true, description = "entropy, critic, pca, merec, standard-deviation, gini, bwm,"
      + " swara, ahp, equal, ...")
  String method;

  @Option(names = "--param", paramLabel = "KEY=VALUE", description = "a method parameter, e.g. bestToOthers=[2,1,4,3,8]"
      + " and othersToWorst=[4,8,2,3,1] (bwm), ranks=[1,2,3] and s=[0.15,0.04] (swara)")
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
    if (m.name().equals("bwm")) {
      // the judgements' consistency, which the weights alone do not show (Rezaei 2016, section 4)
      io.potentia.scoring.spi.Parameters p = io.potentia.scoring.spi.Parameters.parse(method, params);
      io.potentia.scoring.weight.BestWorst.Result r = io.potentia.scoring.weight.BestWorst.analyse(
          p.numbers("bestToOthers").orElseThrow(), p.numbers("othersToWorst").orElseThrow());
      Map<String, Object> consistency = new LinkedHashMap<>();
      consistency.put("best", problem.criteria().get(r.best()).id());
      consistency.put("worst", problem.criteria().get(r.worst()).id());
      consistency.put("xi", r.xi());
      consistency.put("consistencyRatio", r.consistencyRatio());
      consistency.put("note", "xi is the linear model's optimum, 0 when a_Bj a_jW = a_BW for every j; the ratio is the"
          + " input-based one of Liang, Brunelli and Rezaei (2020), max_j |a_Bj a_jW - a_BW| / (a_BW^2 - a_BW)");
      out.put("consistency", consistency);
    }
    out.put("note", "computed from the raw matrix, one column per criterion, with the criteria's directions"
        + " (CRITIC min-max normalises a cost criterion as (max - x)/(max - min) first)");
    Json.print(spec.commandLine().getOut(), out);
    return 0;
  }
}
