package io.potentia.scoring.analysis.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.analysis.TwoIndicatorIndex;
import io.potentia.scoring.result.ScoreReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lead of x (the driver) on y in the {@link TwoIndicatorIndex}, whose scores are the values
 * over 100.
 */
class PoliticalLeadTest {
  private static List<ScoreReport> reports(Dataset data, int... years) {
    ScoringPipeline pipeline = TwoIndicatorIndex.pipeline(TwoIndicatorIndex.flat(),
        TwoIndicatorIndex.spec("arithmetic-mean").build());
    List<ScoreReport> out = new ArrayList<>();
    for (int year : years) {
      out.add(pipeline.score(data, year));
    }
    return out;
  }

  /**
   * Hand-worked: the pairs are the panel of {@code WithinEstimatorTest}, in hundredths. Area A:
   * x = 0, 2, 4 in 2020-2022 and y = 10, 11, 16, 23 in 2020-2023, so the changes 1, 5, 7 follow x =
   * 0, 2, 4. Area B: x = 1, 3 in 2021-2022 and y = 30, 30, 34 in 2021-2023, changes 0, 4 after x =
   * 1, 3; B has no 2020 values, so its 2020-2021 change is not scored and is listed, as are the
   * three changes of C, observed in 2020 only. Hence b = 1.6 with clustered SE 0.16 and classical
   * SE sqrt(8/150) (x and the changes share the factor 1/100 of the scores, which cancels).
   */
  @Test
  void pairsEachYearsDriverScoreWithTheFollowersNextChange() {
    Dataset.Builder b = Dataset.builder();
    double[] ax = {0, 2, 4, 10};
    double[] ay = {10, 11, 16, 23};
    double[] bx = {1, 3, 50};
    double[] by = {30, 30, 34};
    for (int t = 0; t < 4; t++) {
      b.put("A", "t.x", 2020 + t, ax[t]).put("A", "t.y", 2020 + t, ay[t]);
    }
    for (int t = 0; t < 3; t++) {
      b.put("B", "t.x", 2021 + t, bx[t]).put("B", "t.y", 2021 + t, by[t]);
    }
    b.put("C", "t.x", 2020, 5).put("C", "t.y", 2020, 5);
    PoliticalLead.Lead lead = PoliticalLead.test(reports(b.build(), 2023, 2020, 2021, 2022), "x", List.of("y"));
    assertEquals(List.of(2020, 2021, 2022, 2023), lead.years());
    PoliticalLead.Row row = lead.rows().get(0);
    assertEquals(1.6, row.estimate().coefficient(), 1e-9);
    assertEquals(0.16, row.estimate().standardError(), 1e-9);
    assertEquals(Math.sqrt(8.0 / 150), row.estimate().classicalStandardError(), 1e-9);
    assertEquals(5, row.estimate().observations());
    assertEquals(2, row.estimate().areas());
    assertEquals(List.of("B 2021", "C 2021", "C 2022", "C 2023"), row.notScored());
  }

  @Test
  void refusesADriverAmongTheFollowersAndYearsWithoutAConsecutivePair() {
    Dataset.Builder b = TwoIndicatorIndex.fourAreas();
    InvalidInputException self = assertThrows(InvalidInputException.class,
        () -> PoliticalLead.test(reports(b.build(), TwoIndicatorIndex.YEAR), "x", List.of("x", "y")));
    assertTrue(self.getMessage().contains("not the driver 'x'"), self.getMessage());
    InvalidInputException one = assertThrows(InvalidInputException.class,
        () -> PoliticalLead.test(reports(b.build(), TwoIndicatorIndex.YEAR), "x", List.of("y")));
    assertTrue(one.getMessage().contains("no two consecutive years"), one.getMessage());
  }
}
