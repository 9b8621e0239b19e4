package io.potentia.testkit;

import io.potentia.scoring.rank.RankingResult;
import io.potentia.scoring.result.ScoreReport;

/**
 * Entry point of the fluent assertions for score reports and rankings:
 *
 * <pre>{@code
 * assertThat(report).node("index").ranksFirst("VN-HN").scoreOf("VN-HN").isCloseTo(71.4, 1e-6);
 * assertThat(report).node("index").hasNoMissingScores().scoresWithin(0, 100);
 * assertThat(topsis.rank(problem)).ranksFirst("A2").hasScores(new double[] {0.5, 0.617, 0.5}, 5e-4);
 * }</pre>
 *
 * Failures are {@link org.opentest4j.AssertionFailedError}s that show the expected and actual
 * values, so IDEs diff them.
 */
public final class PotentiaAssertions {
  private PotentiaAssertions() {}

  /**
   * Assertions on a score report.
   *
   * @param report the report
   * @return the assertion
   */
  public static ScoreReportAssert assertThat(ScoreReport report) {
    return new ScoreReportAssert(report);
  }

  /**
   * Assertions on a ranking result.
   *
   * @param result the result
   * @return the assertion
   */
  public static RankingAssert assertThat(RankingResult result) {
    return new RankingAssert(result);
  }
}
