package io.potentia.examples;

import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.normalise.Normalisers;
import io.potentia.scoring.rank.DecisionProblem;
import io.potentia.scoring.rank.RankCorrelation;
import io.potentia.scoring.rank.RankingMethod;
import io.potentia.scoring.rank.RankingMethods;
import io.potentia.scoring.rank.RankingResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A decision among alternatives ranked with several methods side by side: five candidate sites of
 * a logistics depot (the bundled {@code problem-depot.json}) ranked by TOPSIS, VIKOR, PROMETHEE
 * II, GRA, WSM, WPM and SPOTIS, with how far the methods agree (Spearman's rho and Kendall's tau
 * of each pair of rankings).
 */
public final class DecisionAmongAlternatives {
  private DecisionAmongAlternatives() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * The bundled problem.
   *
   * @return the depot-siting problem
   */
  public static DecisionProblem problem() {
    String name = BundledData.FOLDER + "problem-depot.json";
    try (InputStream in = DecisionAmongAlternatives.class.getResourceAsStream(name)) {
      return PotentiaJson.read(name, in, DecisionProblem.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs the example.
   *
   * @param out where the output goes
   * @return each method's ranks, by method
   */
  public static Map<String, double[]> run(PrintStream out) {
    DecisionProblem problem = problem();
    Map<String, RankingMethod> methods = new LinkedHashMap<>();
    methods.put("TOPSIS", RankingMethods.topsis(Normalisers.byName("vector")));
    methods.put("VIKOR", RankingMethods.vikor(0.5));
    methods.put("PROMETHEE II", RankingMethods.prometheeII());
    methods.put("GRA", RankingMethods.greyRelational(0.5));
    methods.put("WSM", RankingMethods.weightedSum(Normalisers.byName("fraction-of-max")));
    methods.put("WPM", RankingMethods.weightedProduct());
    methods.put("SPOTIS", RankingMethods.spotis());
    Map<String, double[]> ranks = new LinkedHashMap<>();
    out.printf("%-8s", "site");
    methods.keySet().forEach(m -> out.printf(" %12s", m));
    out.println();
    List<RankingResult> results = new ArrayList<>();
    for (Map.Entry<String, RankingMethod> m : methods.entrySet()) {
      RankingResult r = m.getValue().rank(problem);
      results.add(r);
      ranks.put(m.getKey(), r.ranks().stream().mapToDouble(Double::doubleValue).toArray());
    }
    for (int i = 0; i < problem.alternativeCount(); i++) {
      out.printf("%-8s", problem.alternatives().get(i));
      for (RankingResult r : results) {
        out.printf(" %12.0f", r.ranks().get(i));
      }
      out.println();
    }
    out.println();
    out.println("Agreement between the rankings (Spearman's rho / Kendall's tau-b):");
    List<String> names = new ArrayList<>(ranks.keySet());
    out.printf("%-13s", "");
    names.forEach(n -> out.printf(" %13s", n));
    out.println();
    for (String a : names) {
      out.printf("%-13s", a);
      for (String b : names) {
        out.printf(" %6.2f/%6.2f", RankCorrelation.spearman(ranks.get(a), ranks.get(b)),
            RankCorrelation.kendall(ranks.get(a), ranks.get(b)));
      }
      out.println();
    }
    return ranks;
  }
}
