package io.potentia.scoring.analysis.sensitivity;

import io.potentia.scoring.analysis.TwoIndicatorIndex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.scoring.analysis.sensitivity.MethodologyComparison.AreaChange;
import io.potentia.scoring.analysis.sensitivity.MethodologyComparison.Comparison;
import io.potentia.scoring.result.ScoreReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link TwoIndicatorIndex} aggregated by the arithmetic mean (a) or the geometric mean (b).
 * Worked by hand:
 *
 * <pre>
 * area   x   y   a = (x+y)/200   rank a   b = sqrt(xy)/100   rank b
 * A     90  12   0.51            2        0.3286             3
 * B     50  50   0.50            3        0.50               2
 * C     60  45   0.525           1        0.5196             1
 * D     20  20   0.20            4        0.20               4
 * </pre>
 *
 * Rank vectors (2, 3, 1, 4) and (3, 2, 1, 4): Spearman 1 - 6 * 2 / (4 * 15) = 0.8; one discordant
 * pair of six, Kendall (5 - 1) / 6 = 2/3.
 */
class MethodologyComparisonTest {
  private static ScoreReport score(Dataset data, String aggregation) {
    return TwoIndicatorIndex.pipeline(TwoIndicatorIndex.flat(), TwoIndicatorIndex.spec(aggregation).build())
        .score(data, TwoIndicatorIndex.YEAR);
  }

  private static Dataset.Builder fourAreas() {
    return TwoIndicatorIndex.fourAreas();
  }

  @Test
  void theArithmeticAndGeometricIndicesDifferAsWorkedByHand() {
    Dataset data = fourAreas().build();
    Comparison c = MethodologyComparison.compare(score(data, "arithmetic-mean"), score(data, "geometric-mean"));

    assertEquals(List.of("A", "B", "C", "D"), c.changes().stream().map(AreaChange::area).toList());
    AreaChange a = c.changes().get(0);
    assertEquals(0.51, a.scoreA(), 1e-12);
    assertEquals(Math.sqrt(90 * 12) / 100, a.scoreB(), 1e-12);
    assertEquals(Math.sqrt(90 * 12) / 100 - 0.51, a.scoreChange(), 1e-12);
    assertEquals(-1, a.rankChange(), "A falls from 2nd to 3rd");
    assertEquals(1, c.changes().get(1).rankChange(), "B rises from 3rd to 2nd");
    assertEquals(0, c.changes().get(2).rankChange());
    assertEquals(0.8, c.spearman(), 1e-12);
    assertEquals(2.0 / 3, c.kendall(), 1e-12);
    assertEquals(0.5, c.meanAbsoluteRankShift(), 1e-12);
    assertEquals(1, c.maxAbsoluteRankShift());
    assertEquals(List.of(), c.notComparable());
  }

  @Test
  void aReportComparedWithItselfAgreesPerfectly() {
    ScoreReport r = score(fourAreas().build(), "geometric-mean");
    Comparison c = MethodologyComparison.compare(r, r);
    assertEquals(1, c.spearman(), 1e-12);
    assertEquals(1, c.kendall(), 1e-12);
    assertEquals(0, c.maxAbsoluteRankShift());
    c.changes().forEach(change -> assertEquals(0, change.scoreChange()));
  }

  @Test
  void anAreaWithoutAnIndexScoreIsListedNotCompared() {
    // the means average the children present: only an area missing every indicator has no index score
    Dataset data = fourAreas().putMissing("E", "t.x", 2024).putMissing("E", "t.y", 2024).build();
    ScoreReport a = score(data, "arithmetic-mean");
    assertTrue(Double.isNaN(a.score("index", "E")), "no imputation: E has no index score");

    Comparison c = MethodologyComparison.compare(a, score(data, "geometric-mean"));

    assertEquals(List.of("E"), c.notComparable());
    assertEquals(4, c.changes().size());
  }

  @Test
  void reportsOfDifferentAreasAreRejectedNamingTheArea() {
    ScoreReport four = score(fourAreas().build(), "arithmetic-mean");
    ScoreReport five = score(fourAreas().put("E", "t.x", 2024, 1).put("E", "t.y", 2024, 2).build(), "arithmetic-mean");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> MethodologyComparison.compare(four, five));
    assertTrue(e.getMessage().contains("area 'E' is scored in only one of the two reports"), e.getMessage());
  }
}
