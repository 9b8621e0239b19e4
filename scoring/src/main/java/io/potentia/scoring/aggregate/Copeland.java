package io.potentia.scoring.aggregate;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.internal.Checks;

/** Copeland's outranking rule; see {@link Aggregators#copeland()}. */
final class Copeland implements Aggregator {
  private static final String NAME = "copeland";

  @Override
  public double[] aggregate(double[][] children, double[] weights) {
    int c = children.length;
    Checks.weights(NAME, weights, c);
    int m = children[0].length;
    boolean[] present = new boolean[m];
    for (int a = 0; a < m; a++) {
      present[a] = true;
      for (int j = 0; j < c; j++) {
        if (Double.isInfinite(children[j][a])) {
          throw InvalidInputException.at("[" + j + "][" + a + "]", NAME + ": a score is " + children[j][a]);
        }
        present[a] &= !Double.isNaN(children[j][a]);
      }
    }
    double[] score = new double[m];
    for (int a = 0; a < m; a++) {
      if (!present[a]) {
        score[a] = Double.NaN;
        continue;
      }
      for (int b = a + 1; b < m; b++) {
        if (!present[b]) {
          continue;
        }
        double forA = 0;
        double forB = 0;
        for (int j = 0; j < c; j++) {
          if (children[j][a] > children[j][b]) {
            forA += weights[j];
          } else if (children[j][a] < children[j][b]) {
            forB += weights[j];
          }
        }
        if (forA > forB) {
          score[a]++;
          score[b]--;
        } else if (forB > forA) {
          score[b]++;
          score[a]--;
        }
      }
    }
    return score;
  }
}
