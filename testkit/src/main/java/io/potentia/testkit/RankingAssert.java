package io.potentia.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.potentia.scoring.rank.RankingResult;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/** Fluent assertions on a {@link RankingResult}; start with {@link PotentiaAssertions#assertThat(RankingResult)}. */
public final class RankingAssert {
  private final RankingResult result;

  RankingAssert(RankingResult result) {
    if (result == null) {
      throw new AssertionFailedError("expected a ranking result but was null");
    }
    this.result = result;
  }

  /**
   * Asserts that an alternative ranks first.
   *
   * @param alternative the alternative
   * @return this assertion
   */
  public RankingAssert ranksFirst(String alternative) {
    int i = index(alternative);
    assertEquals(1.0, result.ranks().get(i), result.method() + ": rank of '" + alternative + "'; ranks " + result.ranks());
    return this;
  }

  /**
   * Asserts the ranks, in the order of the alternatives.
   *
   * @param ranks the expected ranks
   * @return this assertion
   */
  public RankingAssert hasRanks(double... ranks) {
    assertArrayEquals(ranks, result.ranks().stream().mapToDouble(Double::doubleValue).toArray(), result.method() + ": ranks");
    return this;
  }

  /**
   * Asserts the scores, in the order of the alternatives, within a tolerance.
   *
   * @param scores the expected scores
   * @param tolerance the allowed difference
   * @return this assertion
   */
  public RankingAssert hasScores(double[] scores, double tolerance) {
    assertArrayEquals(scores, result.scoreArray(), tolerance, result.method() + ": scores");
    return this;
  }

  /**
   * Asserts that the order of two alternatives is preserved: {@code better} ranks above {@code worse}.
   *
   * @param better the alternative expected to rank higher
   * @param worse the alternative expected to rank lower
   * @return this assertion
   */
  public RankingAssert ranksAbove(String better, String worse) {
    double b = result.ranks().get(index(better));
    double w = result.ranks().get(index(worse));
    if (!(b < w)) {
      throw new AssertionFailedError(result.method() + ": '" + better + "' ranks " + b + ", not above '" + worse + "' at " + w);
    }
    return this;
  }

  private int index(String alternative) {
    List<String> alternatives = result.alternatives();
    int i = alternatives.indexOf(alternative);
    if (i < 0) {
      throw new AssertionFailedError("no alternative '" + alternative + "'; the result has " + alternatives);
    }
    return i;
  }
}
