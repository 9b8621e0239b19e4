package io.potentia.cli;

import io.potentia.scoring.spec.Strategies;
import io.potentia.scoring.rank.DecisionProblem;
import io.potentia.scoring.rank.RankingMethod;
import io.potentia.scoring.rank.RankingResult;
import io.potentia.scoring.spi.TiePolicy;
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

/**
 * Ranks the alternatives of a decision-matrix problem and prints JSON: {@code method}, {@code
 * parameters}, {@code alternatives}, {@code scores}, {@code ranks} (1 = best in the method's own
 * order), {@code higherIsBetter}, the method's extras and notes, and for VIKOR the {@code
 * compromiseSet} as alternative ids.
 */
@Command(name = "rank", mixinStandardHelpOptions = true,
    description = "Ranks the alternatives of a decision problem with any ranking method; prints JSON.")
final class RankCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PROBLEM.json", description = "the decision problem (see problem.schema.json)")
  Path problemFile;

  @Option(names = "--method", required = true, description = "topsis, vikor, promethee-ii, gra, wsm, wpm, spotis, pipeline, edas, mabac, marcos, cocoso, codas, aras, copras")
  String method;

  @Option(names = "--param", paramLabel = "KEY=VALUE", description = "a method parameter, e.g. normalisation=vector or v=0.5")
  List<String> params = new ArrayList<>();

  @Option(names = "--ties", defaultValue = "MIN", description = "MIN (1, 1, 3), AVERAGE, MAX, DENSE or FIRST (default: ${DEFAULT-VALUE})")
  TiePolicy ties;

  @Override
  public Integer call() {
    DecisionProblem problem = DecisionProblem.read(problemFile);
    RankingMethod m = Strategies.registry().ranking(method,
        io.potentia.scoring.spi.Parameters.parse(method, params)).strategy();
    RankingResult r = m.rank(problem);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("method", r.method());
    Map<String, Object> parameters = new LinkedHashMap<>(r.parameters());
    io.potentia.scoring.spi.Parameters.parse(method, params).values().forEach(parameters::put);
    out.put("parameters", parameters);
    out.put("alternatives", r.alternatives());
    out.put("scores", r.scores());
    out.put("ranks", r.ranks(ties));
    out.put("tiePolicy", ties.name());
    out.put("higherIsBetter", r.higherIsBetter());
    out.put("weights", toList(problem.unitWeights()));
    r.extras().forEach(out::put);
    if (r.extras().containsKey("compromise")) {
      List<String> set = new ArrayList<>();
      for (int i = 0; i < r.alternatives().size(); i++) {
        if (r.extras().get("compromise").get(i) == 1) {
          set.add(r.alternatives().get(i));
        }
      }
      out.put("compromiseSet", set);
    }
    out.put("notes", r.notes());
    Json.print(spec.commandLine().getOut(), out);
    return 0;
  }

  static List<Double> toList(double[] x) {
    List<Double> out = new ArrayList<>();
    for (double v : x) {
      out.add(v);
    }
    return out;
  }
}
