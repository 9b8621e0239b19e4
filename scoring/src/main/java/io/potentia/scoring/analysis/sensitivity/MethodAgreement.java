package io.potentia.scoring.analysis.sensitivity;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.rank.DecisionProblem;
import io.potentia.scoring.rank.RankCorrelation;
import io.potentia.scoring.rank.RankingMethod;
import io.potentia.scoring.rank.RankingResult;
import io.potentia.scoring.spi.Described;
import io.potentia.scoring.spi.TiePolicy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How far a decision problem's ranking owes to the method that ranked it: the same problem ranked
 * by several methods (TOPSIS, VIKOR, PROMETHEE II, ... or the same method with other parameters)
 * and the agreement of every pair of rankings.
 *
 * <p>Agreement is measured on each method's ranks in its own order (1 = best; VIKOR's and SPOTIS's
 * lowest score is best), ties given their average rank ({@link TiePolicy#AVERAGE}), by three
 * coefficients ({@link RankCorrelation}): Spearman's rho and the weighted Spearman coefficient
 * r_w, both symmetric, and the WS similarity coefficient (Sałabun and Urbaniak 2020), which is not:
 * {@code ws[a][b]} takes method a's ranking as the reference and b's as the tested one. The
 * diagonals are 1.
 *
 * <p>Rejects no methods, two methods of the same name, a problem with fewer than two alternatives,
 * what a method rejects in the problem (its message, prefixed with the method's name), and a method
 * that ties every alternative (no correlation is defined), naming it.
 */
public final class MethodAgreement {
  private MethodAgreement() {}

  /**
   * The rankings and their agreement.
   *
   * @param methods the methods' names, in the order given
   * @param rankings each method's result, in the order of {@code methods}
   * @param spearman Spearman's rho of every pair, {@code spearman.get(a).get(b)}, symmetric
   * @param weightedSpearman the weighted Spearman coefficient r_w of every pair, symmetric
   * @param ws the WS similarity of method b's ranking to method a's, {@code ws.get(a).get(b)}
   */
  public record Result(List<String> methods, List<RankingResult> rankings, List<List<Double>> spearman,
      List<List<Double>> weightedSpearman, List<List<Double>> ws) {
    /**
     * Copies the lists.
     *
     * @param methods the methods' names
     * @param rankings each method's result
     * @param spearman Spearman's rho of every pair
     * @param weightedSpearman r_w of every pair
     * @param ws WS of every ordered pair
     */
    public Result {
      methods = List.copyOf(methods);
      rankings = List.copyOf(rankings);
      spearman = copy(spearman);
      weightedSpearman = copy(weightedSpearman);
      ws = copy(ws);
    }

    /**
     * The alternatives, in the problem's order.
     *
     * @return the alternatives
     */
    public List<String> alternatives() {
      return rankings.get(0).alternatives();
    }

    private static List<List<Double>> copy(List<List<Double>> m) {
      return m.stream().map(List::copyOf).toList();
    }
  }

  /**
   * Ranks a problem with each method and compares every pair of rankings.
   *
   * @param problem the decision problem
   * @param methods the methods, each with the name it is shown under, at least one
   * @return the rankings and the agreement matrices
   * @throws InvalidInputException for what the class description lists
   */
  public static Result compare(DecisionProblem problem, List<Described<RankingMethod>> methods) {
    if (methods.isEmpty()) {
      throw InvalidInputException.at("methods", "no ranking methods to compare; name at least one");
    }
    if (problem.alternativeCount() < 2) {
      throw InvalidInputException.at("alternatives", problem.alternativeCount()
          + " alternative; comparing rankings needs at least two");
    }
    Set<String> seen = new HashSet<>();
    List<String> names = new ArrayList<>();
    List<RankingResult> rankings = new ArrayList<>();
    List<double[]> ranks = new ArrayList<>();
    for (Described<RankingMethod> m : methods) {
      if (!seen.add(m.name())) {
        throw InvalidInputException.at("methods", "the method '" + m.name() + "' is named twice; compare each once");
      }
      RankingResult r;
      try {
        r = m.strategy().rank(problem);
      } catch (InvalidInputException e) {
        throw InvalidInputException.at("methods." + m.name(), "method '" + m.name() + "': " + e.getMessage());
      }
      double[] average = r.ranks(TiePolicy.AVERAGE).stream().mapToDouble(Double::doubleValue).toArray();
      if (allTied(average)) {
        throw InvalidInputException.at("methods." + m.name(), "method '" + m.name() + "' ties every alternative;"
            + " its ranking has no correlation with another");
      }
      names.add(m.name());
      rankings.add(r);
      ranks.add(average);
    }
    int k = names.size();
    List<List<Double>> spearman = new ArrayList<>();
    List<List<Double>> weighted = new ArrayList<>();
    List<List<Double>> ws = new ArrayList<>();
    for (int a = 0; a < k; a++) {
      List<Double> rowS = new ArrayList<>();
      List<Double> rowW = new ArrayList<>();
      List<Double> rowWs = new ArrayList<>();
      for (int b = 0; b < k; b++) {
        rowS.add(a == b ? 1.0 : RankCorrelation.spearman(ranks.get(a), ranks.get(b)));
        rowW.add(RankCorrelation.weightedSpearman(ranks.get(a), ranks.get(b)));
        rowWs.add(RankCorrelation.wsSimilarity(ranks.get(a), ranks.get(b)));
      }
      spearman.add(rowS);
      weighted.add(rowW);
      ws.add(rowWs);
    }
    return new Result(names, rankings, spearman, weighted, ws);
  }

  private static boolean allTied(double[] ranks) {
    for (double r : ranks) {
      if (r != ranks[0]) {
        return false;
      }
    }
    return true;
  }
}
