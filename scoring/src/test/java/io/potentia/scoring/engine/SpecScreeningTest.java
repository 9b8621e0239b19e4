package io.potentia.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.analysis.audit.CoherenceTest;
import io.potentia.scoring.check.Screening;
import io.potentia.scoring.result.ScoreReport;
import io.potentia.scoring.result.ScoreReports;
import io.potentia.scoring.spec.StrategySpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A screening rule declared in the spec takes effect when scoring, and the report says what it did. */
class SpecScreeningTest {
  /** A0 keeps one of its five indicators, A1 two; the rest keep every value. */
  private static Dataset gappy() {
    Dataset.Builder b = Dataset.builder().label("synthetic, seeded");
    CoherenceTest.dataset(3, 0).observations().forEach(o -> {
      boolean drop = o.area().equals("A0") && !o.indicator().equals("x.a")
          || o.area().equals("A1") && !o.indicator().equals("x.a") && !o.indicator().equals("x.d");
      if (drop) {
        b.putMissing(o.area(), o.indicator(), o.year());
      } else {
        b.add(o);
      }
    });
    return b.build();
  }

  private static StrategySpec spec(String screening) {
    return PotentiaJson.readString("spec.json", "{\"imputation\": {\"name\": \"mean\"}, \"screening\": " + screening
        + "}", StrategySpec.class);
  }

  @Test
  void anAreaBelowTheSpecsMinimumIsLeftOutOfScoringAndListedWithItsReason() {
    ScoringPipeline pipeline = CoherenceTest.pipeline(spec("{\"minShare\": 0.5, \"action\": \"exclude\"}"));
    ScoreReport report = pipeline.score(gappy(), 2024);
    assertFalse(report.areas().contains("A0"));
    assertFalse(report.areas().contains("A1"));
    assertEquals(38, report.areas().size());
    assertEquals(List.of("A0", "A1"), report.screened().stream().map(Screening.Screened::area).toList());
    assertEquals(List.of("1 of 5 indicators (20.0%), below the minimum 50.0%"), report.screened().get(0).reasons());
    assertEquals(Screening.Action.EXCLUDE, report.screened().get(0).action());
    ScoreReport all = pipeline.scoreAllYears(gappy()).get(0);
    assertEquals(report.areas(), all.areas(), "scoreAllYears screens each year as score does");
    assertEquals(report.screened(), all.screened());
    assertArrayEquals(report.scores("index"), all.scores("index"), 0);
  }

  @Test
  void aFlaggingRuleScoresTheAreaAndListsIt() {
    ScoreReport report = CoherenceTest.pipeline(
        spec("{\"minShare\": 0.5, \"minPillarShare\": 0.5, \"action\": \"flag\"}")).score(gappy(), 2024);
    assertEquals(40, report.areas().size());
    assertEquals(List.of("A0", "A1"), report.screened().stream().map(Screening.Screened::area).toList());
    assertTrue(report.screened().get(1).reasons().contains("1 of 3 indicators of 'p' (33.3%), below the minimum 50.0%"),
        report.screened().get(1).reasons().toString());
  }

  @Test
  void theScreenedAreasTravelWithTheReportsJson(@TempDir Path dir) {
    ScoreReport report = CoherenceTest.pipeline(spec("{\"minShare\": 0.5, \"action\": \"exclude\"}"))
        .score(gappy(), 2024);
    Path file = dir.resolve("report.json");
    ScoreReports.writeJson(report, file);
    assertEquals(report.screened(), ScoreReports.read(file).screened());
  }

  @Test
  void aRuleWithoutItsMinimumOrWithABadActionIsRefusedByName() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> spec("{\"action\": \"exclude\"}"));
    assertTrue(e.getMessage().contains("screening: the minimum share is required"), e.getMessage());
    e = assertThrows(InvalidInputException.class, () -> spec("{\"minShare\": 0.5, \"action\": \"drop\"}"));
    assertTrue(e.getMessage().contains("drop"), e.getMessage());
    e = assertThrows(InvalidInputException.class, () -> spec("{\"minShare\": 2, \"action\": \"flag\"}"));
    assertTrue(e.getMessage().contains("the minimum share 2.0 is not in [0, 1]"), e.getMessage());
  }

  @Test
  void aRuleThatExcludesEveryAreaIsRefusedWithTheFirstReason() {
    ScoringPipeline pipeline = CoherenceTest.pipeline(spec("{\"minShare\": 1, \"action\": \"exclude\"}"));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> pipeline.score(CoherenceTest.dataset(4, 0.9), 2024));
    assertTrue(e.getMessage().contains("the spec's screening rule excludes every area in 2024"), e.getMessage());
  }
}
