package io.potentia.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.scoring.result.ScoreReport;
import java.util.Arrays;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/** Fluent assertions on a {@link ScoreReport}; start with {@link PotentiaAssertions#assertThat(ScoreReport)}. */
public final class ScoreReportAssert {
  private final ScoreReport report;
  private String node;

  ScoreReportAssert(ScoreReport report) {
    if (report == null) {
      throw new AssertionFailedError("expected a score report but was null");
    }
    this.report = report;
    this.node = report.root();
  }

  /**
   * Selects the node the following assertions are about (the root by default).
   *
   * @param nodeId the node id
   * @return this assertion
   */
  public ScoreReportAssert node(String nodeId) {
    if (!report.nodes().contains(nodeId)) {
      throw new AssertionFailedError("the report has no node '" + nodeId + "'; it has " + report.nodes());
    }
    this.node = nodeId;
    return this;
  }

  /**
   * Asserts that the report scores exactly these areas, in this order.
   *
   * @param areas the expected areas
   * @return this assertion
   */
  public ScoreReportAssert hasAreas(String... areas) {
    assertEquals(List.of(areas), report.areas(), "areas of the report");
    return this;
  }

  /**
   * Asserts that an area ranks first on the selected node.
   *
   * @param area the area
   * @return this assertion
   */
  public ScoreReportAssert ranksFirst(String area) {
    assertEquals(1.0, report.rank(node, area), "rank of '" + area + "' on node '" + node + "'; ranking "
        + report.ranking(node));
    return this;
  }

  /**
   * Asserts the ranking of the selected node begins with these areas.
   *
   * @param areas the expected leaders, best first
   * @return this assertion
   */
  public ScoreReportAssert rankingStartsWith(String... areas) {
    List<String> ranking = report.ranking(node);
    assertEquals(List.of(areas), ranking.subList(0, Math.min(areas.length, ranking.size())),
        "ranking of node '" + node + "'");
    return this;
  }

  /**
   * Asserts that no area's score on the selected node is missing.
   *
   * @return this assertion
   */
  public ScoreReportAssert hasNoMissingScores() {
    double[] s = report.scores(node);
    for (int a = 0; a < s.length; a++) {
      assertTrue(!Double.isNaN(s[a]), "score of '" + report.areas().get(a) + "' on node '" + node + "' is missing");
    }
    return this;
  }

  /**
   * Asserts that every present score of the selected node lies in {@code [lower, upper]}.
   *
   * @param lower the lowest allowed score
   * @param upper the highest allowed score
   * @return this assertion
   */
  public ScoreReportAssert scoresWithin(double lower, double upper) {
    double[] s = report.scores(node);
    for (int a = 0; a < s.length; a++) {
      if (!Double.isNaN(s[a]) && (s[a] < lower || s[a] > upper)) {
        throw new AssertionFailedError("score of '" + report.areas().get(a) + "' on node '" + node + "' is " + s[a]
            + ", outside [" + lower + ", " + upper + "]");
      }
    }
    return this;
  }

  /**
   * Asserts that the contributions of the selected node's children to an area's score sum to its
   * score (true of an arithmetic mean).
   *
   * @param area the area
   * @param tolerance the allowed difference
   * @return this assertion
   */
  public ScoreReportAssert contributionsAddUp(String area, double tolerance) {
    double sum = report.contributions(node, area).values().stream().mapToDouble(Double::doubleValue).sum();
    assertEquals(report.score(node, area), sum, tolerance, "sum of contributions to '" + area + "' on node '" + node + "'");
    return this;
  }

  /**
   * Assertions on one area's score of the selected node.
   *
   * @param area the area
   * @return the score assertion
   */
  public ScoreAssert scoreOf(String area) {
    return new ScoreAssert(this, report.score(node, area), "score of '" + area + "' on node '" + node + "'");
  }

  /**
   * The scores of the selected node, for assertions of one's own.
   *
   * @return a copy of the scores, in area order
   */
  public double[] scores() {
    return report.scores(node);
  }

  /** Assertions on one score, returning to the report assertion when done. */
  public static final class ScoreAssert {
    private final ScoreReportAssert parent;
    private final double actual;
    private final String what;

    ScoreAssert(ScoreReportAssert parent, double actual, String what) {
      this.parent = parent;
      this.actual = actual;
      this.what = what;
    }

    /**
     * Asserts the score is within {@code tolerance} of {@code expected}.
     *
     * @param expected the expected score
     * @param tolerance the allowed difference
     * @return the report assertion
     */
    public ScoreReportAssert isCloseTo(double expected, double tolerance) {
      assertEquals(expected, actual, tolerance, what);
      return parent;
    }

    /**
     * Asserts the score is missing.
     *
     * @return the report assertion
     */
    public ScoreReportAssert isMissing() {
      assertTrue(Double.isNaN(actual), what + " is " + actual + ", expected missing");
      return parent;
    }
  }

  @Override
  public String toString() {
    return "ScoreReportAssert[" + report.year() + ", node " + node + ", " + Arrays.toString(report.scores(node)) + "]";
  }
}
