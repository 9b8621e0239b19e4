package io.potentia.scoring.analysis.audit;

import io.potentia.scoring.internal.Correlations;
import io.potentia.scoring.internal.Ranker;
import io.potentia.scoring.result.NodeRun;
import io.potentia.scoring.result.ScoreReport;
import io.potentia.scoring.result.Stage;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns the audit of one report reads, each ordered once and shared by every measure: a node's
 * values (an indicator's normalised values, an inner node's scores) and, for a column without a gap
 * or an infinity, its order, its average ranks and the unit vectors of both. Pearson's r of two such
 * columns is the dot product of their unit value vectors, Spearman's rho that of their unit rank
 * vectors, and the correlation ratio reads the pairs in the order of x. Filled on construction, then
 * only read, so measures may run in parallel.
 */
final class NodeColumns {
  /**
   * What a complete column's measures share.
   *
   * @param ascending the positions by ascending value (ties in any order)
   * @param unitValues the values centred and scaled to unit length; null when they do not vary
   * @param unitRanks the average ranks centred and scaled likewise; null when the values do not vary
   * @param length the centred values' length, {@code sqrt(sum (v - mean)^2)}; 0 when they do not vary
   */
  record Complete(int[] ascending, double[] unitValues, double[] unitRanks, double length) {
    /** The population covariance with another complete column of the same areas; NaN with fewer than three. */
    double covariance(Complete other) {
      int n = ascending.length;
      if (n < 3) {
        return Double.NaN;
      }
      return unitValues == null || other.unitValues == null ? 0
          : Correlations.dot(unitValues, other.unitValues) * length * other.length / n;
    }
  }

  private final Map<String, double[]> values = new LinkedHashMap<>();
  private final Map<String, Complete> complete = new HashMap<>();

  NodeColumns(ScoreReport report) {
    for (String node : report.nodes()) {
      NodeRun run = report.runs().get(node);
      values.put(node, run.indicator() != null ? report.stage(Stage.NORMALISED, run.indicator()) : report.scores(node));
    }
    List<String> nodes = List.copyOf(values.keySet());
    Complete[] ordered = new Complete[nodes.size()];
    // each column is ordered on its own: in parallel, each in its slot
    java.util.stream.IntStream.range(0, ordered.length).parallel()
        .forEach(k -> ordered[k] = order(values.get(nodes.get(k))));
    for (int k = 0; k < ordered.length; k++) {
      if (ordered[k] != null) {
        complete.put(nodes.get(k), ordered[k]);
      }
    }
  }

  /** The node's values, NaN where missing. */
  double[] values(String node) {
    return values.get(node);
  }

  /** The node's shared measures; null when its column has a gap or an infinity. */
  Complete complete(String node) {
    return complete.get(node);
  }

  /** Pearson's r of two nodes' columns; NaN when undefined. */
  double pearson(String a, String b) {
    Complete ca = complete.get(a);
    Complete cb = complete.get(b);
    return ca != null && cb != null ? unitCorrelation(ca.unitValues, cb.unitValues)
        : Correlations.pearson(values.get(a), values.get(b));
  }

  /** Spearman's rho of two nodes' columns; NaN when undefined. */
  double spearman(String a, String b) {
    Complete ca = complete.get(a);
    Complete cb = complete.get(b);
    return ca != null && cb != null ? unitCorrelation(ca.unitRanks, cb.unitRanks)
        : Correlations.spearman(values.get(a), values.get(b));
  }

  private static double unitCorrelation(double[] a, double[] b) {
    return a == null || b == null ? Double.NaN : Math.max(-1, Math.min(1, Correlations.dot(a, b)));
  }

  private static Complete order(double[] x) {
    int n = x.length;
    for (double v : x) {
      if (!Double.isFinite(v)) {
        return null;
      }
    }
    if (n == 0) {
      return null;
    }
    int[] descendingRank = new int[n];
    new Ranker(n).rank(x, descendingRank); // 1 = largest, ties by position
    int[] ascending = new int[n];
    for (int i = 0; i < n; i++) {
      ascending[n - descendingRank[i]] = i;
    }
    double[] ranks = new double[n];
    for (int start = 0; start < n; ) { // runs of equal values share their average rank
      int end = start + 1;
      double v = x[ascending[start]];
      while (end < n && x[ascending[end]] == v) {
        end++;
      }
      double average = (start + 1 + end) / 2.0;
      for (int k = start; k < end; k++) {
        ranks[ascending[k]] = average;
      }
      start = end;
    }
    double[] unitValues = new double[n];
    double length = Correlations.unitLength(x, unitValues);
    return new Complete(ascending, length > 0 ? unitValues : null, Correlations.unit(ranks), length);
  }
}
