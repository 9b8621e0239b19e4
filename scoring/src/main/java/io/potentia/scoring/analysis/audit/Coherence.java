package io.potentia.scoring.analysis.audit;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.internal.Correlations;
import io.potentia.scoring.result.NodeRun;
import io.potentia.scoring.result.ScoreReport;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Whether each pillar of a scored framework is one thing (OECD/JRC Handbook 2008, steps 4 and 5;
 * COINr's {@code get_corr}, {@code get_cronbach} and {@code get_PCA}), read from a {@link
 * ScoreReport}: an indicator's values are its normalised ones (directions applied, so a cost
 * indicator that behaves correlates positively), a node's are its scores.
 *
 * <ul>
 *   <li>Per indicator: Pearson's and Spearman's correlation with its parent node and with the
 *       index, over the areas with both values; flagged {@link Flag#NEGATIVE} when the Pearson
 *       correlation with its parent is below 0 and {@link Flag#WEAK} when below {@code weak}.
 *   <li>Per pair of siblings: both correlations; {@link Flag#COLLINEAR} when {@code |r| >=
 *       collinear} (0.9 by default), since two near-copies double-count one thing.
 *   <li>Per inner node, over the areas where every child has a value: {@link CronbachAlpha}, as
 *       given and standardised; and the {@link PrincipalComponents} of the children: each
 *       component's share of the variance and the first component's loadings.
 * </ul>
 *
 * <p>A statistic that is undefined (a constant column, fewer than three areas with every value,
 * a node with one child) is empty, never NaN.
 */
public final class Coherence {
  /** What the audit flags. */
  public enum Flag {
    /** An indicator that moves against its pillar. */
    NEGATIVE,
    /** An indicator that barely moves with its pillar. */
    WEAK,
    /** Two siblings so alike that one of them counts twice. */
    COLLINEAR
  }

  /**
   * An indicator against its parent node and the index.
   *
   * @param indicator the indicator
   * @param node the leaf node that scores it
   * @param parent its parent node
   * @param pearsonParent Pearson's r with the parent's scores
   * @param spearmanParent Spearman's rho with the parent's scores
   * @param pearsonIndex Pearson's r with the index
   * @param spearmanIndex Spearman's rho with the index
   * @param flags {@link Flag#NEGATIVE}, {@link Flag#WEAK}
   */
  public record IndicatorFit(String indicator, String node, String parent, OptionalDouble pearsonParent,
      OptionalDouble spearmanParent, OptionalDouble pearsonIndex, OptionalDouble spearmanIndex, Set<Flag> flags) {
    /**
     * Copies the flags.
     *
     * @param indicator the indicator
     * @param node the leaf node
     * @param parent its parent node
     * @param pearsonParent r with the parent
     * @param spearmanParent rho with the parent
     * @param pearsonIndex r with the index
     * @param spearmanIndex rho with the index
     * @param flags the flags
     */
    public IndicatorFit {
      flags = Set.copyOf(flags);
    }
  }

  /**
   * Two children of one node.
   *
   * @param parent the node
   * @param first the first child
   * @param second the second child, after the first in the node's order
   * @param pearson Pearson's r
   * @param spearman Spearman's rho
   * @param collinear whether {@code |r|} reaches the collinearity threshold
   */
  public record Pair(String parent, String first, String second, OptionalDouble pearson, OptionalDouble spearman,
      boolean collinear) {}

  /**
   * An inner node's internal consistency and dimensionality.
   *
   * @param node the node
   * @param children its children
   * @param completeAreas the areas where every child has a value, over which the rest is computed
   * @param cronbachAlpha Cronbach's alpha of the children's values; empty with one child, fewer
   *     than three complete areas, a child that does not vary, or no variance of the sum
   * @param standardisedAlpha Cronbach's alpha of the standardised values; empty as the other
   * @param varianceShares each principal component's share of the variance, largest first; empty
   *     when the correlation matrix is undefined
   * @param firstLoadings each child's loading on the first component, in child order; empty when
   *     {@code varianceShares} is
   */
  public record NodeFit(String node, List<String> children, int completeAreas, OptionalDouble cronbachAlpha,
      OptionalDouble standardisedAlpha, List<Double> varianceShares, Map<String, Double> firstLoadings) {
    /**
     * Copies the collections.
     *
     * @param node the node
     * @param children its children
     * @param completeAreas the complete areas
     * @param cronbachAlpha alpha
     * @param standardisedAlpha standardised alpha
     * @param varianceShares the components' shares
     * @param firstLoadings the first component's loadings
     */
    public NodeFit {
      children = List.copyOf(children);
      varianceShares = List.copyOf(varianceShares);
      firstLoadings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(firstLoadings));
    }
  }

  /**
   * The limits of the flags.
   *
   * @param weak the correlation with the parent below which an indicator is weak, in [-1, 1]
   * @param collinear the {@code |r|} between siblings from which they are collinear, in (0, 1]
   */
  public record Thresholds(double weak, double collinear) {
    /**
     * Checks the limits.
     *
     * @param weak the weak limit
     * @param collinear the collinear limit
     * @throws InvalidInputException naming a limit out of range
     */
    public Thresholds {
      if (!(weak >= -1 && weak <= 1)) {
        throw InvalidInputException.at("weak", "coherence: the weak-correlation limit " + weak + " is not in [-1, 1]");
      }
      if (!(collinear > 0 && collinear <= 1)) {
        throw InvalidInputException.at("collinear", "coherence: the collinearity limit " + collinear
            + " is not in (0, 1]");
      }
    }

    /**
     * Weak below 0.3, collinear from 0.9.
     *
     * @return the defaults
     */
    public static Thresholds defaults() {
      return new Thresholds(0.3, 0.9);
    }
  }

  private final List<IndicatorFit> indicators;
  private final List<Pair> pairs;
  private final List<NodeFit> nodes;

  private Coherence(List<IndicatorFit> indicators, List<Pair> pairs, List<NodeFit> nodes) {
    this.indicators = List.copyOf(indicators);
    this.pairs = List.copyOf(pairs);
    this.nodes = List.copyOf(nodes);
  }

  /**
   * Audits a scored framework.
   *
   * @param report the report of one year
   * @param thresholds the limits of the flags
   * @return the coherence of every indicator, sibling pair and inner node
   */
  public static Coherence of(ScoreReport report, Thresholds thresholds) {
    return of(report, new NodeColumns(report), thresholds);
  }

  /** Audits a scored framework whose columns are already ordered, as the whole audit shares them. */
  static Coherence of(ScoreReport report, NodeColumns columns, Thresholds thresholds) {
    String root = report.root();
    List<String> inner = report.nodes().stream().filter(n -> !report.runs().get(n).children().isEmpty()).toList();
    // the nodes are independent: each one's correlations in its own slot, in parallel
    Siblings[] siblings = new Siblings[inner.size()];
    java.util.stream.IntStream.range(0, siblings.length).parallel()
        .forEach(k -> siblings[k] = Siblings.of(report.runs().get(inner.get(k)).children(), columns));
    List<IndicatorFit> fits = new ArrayList<>();
    List<Pair> pairs = new ArrayList<>();
    List<NodeFit> nodes = new ArrayList<>();
    for (int k = 0; k < inner.size(); k++) {
      String node = inner.get(k);
      List<String> children = report.runs().get(node).children();
      for (String child : children) {
        NodeRun c = report.runs().get(child);
        if (c.indicator() != null) {
          double r = columns.pearson(child, node);
          Set<Flag> flags = EnumSet.noneOf(Flag.class);
          if (r < 0) {
            flags.add(Flag.NEGATIVE);
          }
          if (r < thresholds.weak()) {
            flags.add(Flag.WEAK);
          }
          fits.add(new IndicatorFit(c.indicator(), child, node, Finite.orEmpty(r),
              Finite.orEmpty(columns.spearman(child, node)), Finite.orEmpty(columns.pearson(child, root)),
              Finite.orEmpty(columns.spearman(child, root)), flags));
        }
      }
      Siblings s = siblings[k];
      for (int i = 0; i < children.size(); i++) {
        for (int j = i + 1; j < children.size(); j++) {
          double r = s.pearson[i][j];
          pairs.add(new Pair(node, children.get(i), children.get(j), Finite.orEmpty(r), Finite.orEmpty(s.spearman[i][j]),
              Math.abs(r) >= thresholds.collinear()));
        }
      }
      nodes.add(nodeFit(node, children, columns, s));
    }
    return new Coherence(fits, pairs, nodes);
  }

  /**
   * The Pearson and Spearman correlations of every two children of a node, over the areas where
   * both have a value; NaN where undefined. {@code complete} when no child has a gap, so that every
   * pair's areas are all the areas.
   */
  private record Siblings(double[][] pearson, double[][] spearman, boolean complete) {
    static Siblings of(List<String> children, NodeColumns columns) {
      int k = children.size();
      boolean complete = true;
      for (String child : children) {
        complete &= columns.complete(child) != null;
      }
      double[][] pearson = new double[k][k];
      double[][] spearman = new double[k][k];
      for (int i = 0; i < k; i++) {
        pearson[i][i] = spearman[i][i] = 1;
        for (int j = i + 1; j < k; j++) {
          pearson[i][j] = pearson[j][i] = columns.pearson(children.get(i), children.get(j));
          spearman[i][j] = spearman[j][i] = columns.spearman(children.get(i), children.get(j));
        }
      }
      return new Siblings(pearson, spearman, complete);
    }
  }

  private static NodeFit nodeFit(String node, List<String> children, NodeColumns columns, Siblings siblings) {
    int areas = columns.values(node).length;
    int k = children.size();
    double[][] x = new double[k][];
    int completeAreas = areas;
    if (siblings.complete()) {
      for (int j = 0; j < k; j++) {
        x[j] = columns.values(children.get(j));
      }
    } else {
      List<Integer> complete = new ArrayList<>();
      for (int a = 0; a < areas; a++) {
        boolean all = true;
        for (String child : children) {
          all &= !Double.isNaN(columns.values(child)[a]);
        }
        if (all) {
          complete.add(a);
        }
      }
      completeAreas = complete.size();
      for (int j = 0; j < k; j++) {
        double[] v = columns.values(children.get(j));
        x[j] = new double[completeAreas];
        for (int i = 0; i < completeAreas; i++) {
          x[j][i] = v[complete.get(i)];
        }
      }
    }
    boolean defined = k >= 2 && completeAreas >= 3;
    for (double[] column : x) {
      defined = defined && varies(column);
    }
    OptionalDouble alpha = OptionalDouble.empty();
    OptionalDouble standardised = OptionalDouble.empty();
    List<Double> shares = List.of();
    Map<String, Double> loadings = new LinkedHashMap<>();
    if (defined) {
      alpha = alpha(x);
      // over the complete areas; the siblings' matrix is that one when no child has a gap
      double[][] r = siblings.complete() ? siblings.pearson() : Correlations.completeMatrix(x);
      standardised = OptionalDouble.of(CronbachAlpha.standardised(r, k));
      PrincipalComponents pca = PrincipalComponents.ofCorrelations(r);
      shares = pca.varianceShares();
      double[] first = pca.loadings(0);
      for (int j = 0; j < k; j++) {
        loadings.put(children.get(j), first[j]);
      }
    }
    return new NodeFit(node, children, completeAreas, alpha, standardised, shares, loadings);
  }

  /**
   * Whether a column of present values holds two different ones and no infinity: exactly when its
   * standard deviation is finite and above 0.
   */
  private static boolean varies(double[] column) {
    boolean differs = false;
    for (double v : column) {
      if (Double.isInfinite(v)) {
        return false;
      }
      differs |= v != column[0];
    }
    return differs;
  }

  /** Alpha, empty when the sum of the children does not vary (two children that mirror each other). */
  private static OptionalDouble alpha(double[][] x) {
    try {
      return OptionalDouble.of(CronbachAlpha.of(x));
    } catch (InvalidInputException constantSum) {
      return OptionalDouble.empty();
    }
  }


  /**
   * Every indicator against its parent and the index, in the report's node order.
   *
   * @return the fits
   */
  public List<IndicatorFit> indicators() {
    return indicators;
  }

  /**
   * Every pair of siblings.
   *
   * @return the pairs, by parent in the report's node order
   */
  public List<Pair> pairs() {
    return pairs;
  }

  /**
   * Every inner node, children before parents.
   *
   * @return the node fits
   */
  public List<NodeFit> nodes() {
    return nodes;
  }
}
