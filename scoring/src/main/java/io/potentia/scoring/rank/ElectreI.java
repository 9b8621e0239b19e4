package io.potentia.scoring.rank;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.normalise.Normalisers;
import java.util.ArrayList;
import java.util.List;

/** ELECTRE I; see {@link RankingMethods#electreI(double, double)}. */
final class ElectreI implements RankingMethod {
  private static final String NAME = "electre-i";
  /** The most alternatives accepted: the preference structure lists every pair. */
  static final int LIMIT = 1_000;
  /** Indices this close to a threshold meet it: weights written in decimals do not sum exactly in binary. */
  static final double TOLERANCE = 1e-9;

  private final double concordance;
  private final double discordance;

  ElectreI(double concordance, double discordance) {
    if (!(concordance >= 0 && concordance <= 1)) {
      throw InvalidInputException.at("parameters.concordance", NAME + ": concordance threshold " + concordance
          + " must be in [0, 1]");
    }
    if (!(discordance >= 0 && discordance <= 1)) {
      throw InvalidInputException.at("parameters.discordance", NAME + ": discordance threshold " + discordance
          + " must be in [0, 1]");
    }
    this.concordance = concordance;
    this.discordance = discordance;
  }

  @Override
  public RankingResult rank(DecisionProblem problem) {
    int m = problem.alternativeCount();
    if (m > LIMIT) {
      throw InvalidInputException.at("alternatives", NAME + ": " + m + " alternatives; the outranking relation"
          + " and the preference structure list every pair, so at most " + LIMIT + " are accepted");
    }
    Indices indices = indices(problem);
    boolean[][] outranks = new boolean[m][m];
    double[] outranking = new double[m];
    double[] outranked = new double[m];
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        outranks[a][b] = a != b && indices.concordance[a][b] >= concordance - TOLERANCE
            && indices.discordance[a][b] <= discordance + TOLERANCE;
        if (outranks[a][b]) {
          outranking[a]++;
          outranked[b]++;
        }
      }
    }
    Kernel kernel = Kernel.of(outranks);
    double[] score = new double[m];
    List<String> members = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      if (kernel.contains(i)) {
        score[i] = 1;
        members.add(problem.alternatives().get(i));
      }
    }
    RankingResult.Builder b = Results.start(NAME, problem, score, true)
        .putParameter("concordance", Double.toString(concordance))
        .putParameter("discordance", Double.toString(discordance))
        .putExtra("outranks", Results.list(outranking))
        .putExtra("outranked-by", Results.list(outranked))
        .preferenceStructure(PreferenceStructure.of(problem.alternatives(), outranks))
        .addNote("ELECTRE I chooses the kernel " + members + " (score 1); the others score 0 and are not ranked"
            + " among themselves: see the preference structure");
    for (List<Integer> cycle : kernel.cycles()) {
      b.addNote("alternatives " + cycle.stream().map(problem.alternatives()::get).toList() + " outrank one another"
          + " in a circuit and are taken together as one (Roy 1968)");
    }
    return b.build();
  }

  /** The concordance and discordance indices of every ordered pair. */
  record Indices(double[][] concordance, double[][] discordance) {}

  /**
   * The indices on the values as shares of their criterion's sum, {@code r_ij = x_ij / sum_i x_ij},
   * so that discordances on different criteria compare on one scale.
   */
  static Indices indices(DecisionProblem problem) {
    ValueChecks.nonNegative(problem, NAME, "the discordance compares criteria as shares of their sums");
    double[][] x = problem.columns();
    ValueChecks.noCriterionAllZero(problem, x, NAME, "its values cannot be taken as shares of their sum");
    double[] w = problem.unitWeights();
    int m = problem.alternativeCount();
    int n = x.length;
    double[][] g = new double[n][];
    double delta = 0;
    for (int j = 0; j < n; j++) {
      double sign = problem.criteria().get(j).direction() == Direction.BENEFIT ? 1 : -1;
      double[] shares = Normalisers.sum().normalise(x[j], Direction.BENEFIT);
      g[j] = new double[m];
      double max = Double.NEGATIVE_INFINITY;
      double min = Double.POSITIVE_INFINITY;
      for (int i = 0; i < m; i++) {
        g[j][i] = sign * shares[i];
        max = Math.max(max, shares[i]);
        min = Math.min(min, shares[i]);
      }
      delta = Math.max(delta, max - min);
    }
    double[][] c = new double[m][m];
    double[][] d = new double[m][m];
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        if (a == b) {
          continue;
        }
        double worst = 0;
        for (int j = 0; j < n; j++) {
          if (g[j][a] >= g[j][b]) {
            c[a][b] += w[j];
          }
          worst = Math.max(worst, g[j][b] - g[j][a]);
        }
        // delta is 0 only when every criterion is constant: then no alternative is worse anywhere
        d[a][b] = delta == 0 ? 0 : worst / delta;
      }
    }
    return new Indices(c, d);
  }
}
