package io.potentia.scoring.rank;

import io.potentia.core.InvalidInputException;
import java.util.List;

/** PROMETHEE I; see {@link RankingMethods#prometheeI()}. */
final class PrometheeI implements RankingMethod {
  private static final String NAME = "promethee-i";
  /** The most alternatives accepted: the preference structure lists every pair. */
  static final int LIMIT = 1_000;
  /** Flows closer than this are equal: they are sums of m - 1 terms, and their rounding must not part them. */
  static final double TOLERANCE = 1e-12;

  @Override
  public RankingResult rank(DecisionProblem problem) {
    int m = problem.alternativeCount();
    if (m > LIMIT) {
      throw InvalidInputException.at("alternatives", NAME + ": " + m + " alternatives; the preference structure"
          + " lists every pair, so at most " + LIMIT + " are accepted (promethee-ii ranks any number)");
    }
    RankingResult flows = new PrometheeII().rank(problem);
    List<Double> plus = flows.extras().get("positive-flow");
    List<Double> minus = flows.extras().get("negative-flow");
    // a S b: a is at least as good as b by both flows; P, I and R follow from S both ways
    boolean[][] atLeastAsGood = new boolean[m][m];
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        atLeastAsGood[a][b] = plus.get(a) >= plus.get(b) - TOLERANCE && minus.get(a) <= minus.get(b) + TOLERANCE;
      }
    }
    double[] score = new double[m];
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        if (atLeastAsGood[a][b] && !atLeastAsGood[b][a]) {
          score[a]++;
          score[b]--;
        }
      }
    }
    for (int a = 0; a < m && m > 1; a++) {
      score[a] /= m - 1;
    }
    PreferenceStructure structure = PreferenceStructure.of(problem.alternatives(), atLeastAsGood);
    return Results.start(NAME, problem, score, true)
        .putExtra("positive-flow", plus)
        .putExtra("negative-flow", minus)
        .preferenceStructure(structure)
        .addNote("PROMETHEE I is a partial order: " + structure.incomparabilities().size() + " pair(s) are"
            + " incomparable (see the preference structure); the score, which orders them, is (number of"
            + " alternatives it is preferred to - number preferred to it) / (m - 1)")
        .build();
  }
}
