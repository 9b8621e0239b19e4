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
 * compromiseSet} as alternative ids. Methods that leave pairs incomparable (PROMETHEE I, ELECTRE I)
 * add {@code preferenceStructure}: {@code preferences} as {@code [a, b]} pairs with a preferred to
 * b, and {@code indifferences} and {@code incomparabilities} as unordered pairs, each listed once.
 */
@Command(name = "rank", mixinStandardHelpOptions = true,
    description = "Ranks the alternatives of a decision problem with any ranking method; prints JSON.")
final class RankCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PROBLEM.json", description = "the decision problem (see problem.schema.json)")
  Path problemFile;

  @Option(names = "--method", required = true, description = "topsis, vikor, promethee-ii, gra, wsm, wpm, spotis, pipeline, edas,"
      + " mabac, marcos, cocoso, codas, aras, copras, waspas, moora, multimoora, mairca, ocra, promethee-i, electre-i")
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
    r.preferenceStructure().ifPresent(s -> {
      Map<String, Object> structure = new LinkedHashMap<>();
      structure.put("preferences", pairs(s.preferences()));
      structure.put("indifferences", pairs(s.indifferences()));
      structure.put("incomparabilities", pairs(s.incomparabilities()));
      out.put("preferenceStructure", structure);
    });
    out.put("notes", r.notes());
    Json.print(spec.commandLine().getOut(), out);
    return 0;
  }

  private static List<List<String>> pairs(List<io.potentia.scoring.rank.AlternativePair> pairs) {
    return pairs.stream().map(p -> List.of(p.first(), p.second())).toList();
  }

  static List<Double> toList(double[] x) {
    List<Double> out = new ArrayList<>();
    for (double v : x) {
      out.add(v);
    }
    return out;
  }
}
