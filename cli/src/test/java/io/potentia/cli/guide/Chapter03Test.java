package io.potentia.cli.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.core.data.DatasetCsv;
import io.potentia.core.framework.DefaultFramework;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.rank.DecisionProblem;
import io.potentia.scoring.rank.RankingMethods;
import io.potentia.scoring.rank.RankingResult;
import io.potentia.scoring.result.ScoreReport;
import io.potentia.scoring.result.ScoreReports;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.spec.StrategySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chapter 3, score and explain: the regions {@code pipeline}, {@code explain}, {@code years} and {@code matrix}. */
class Chapter03Test {
  private final IndicatorCatalogue catalogue = IndicatorCatalogue.builtIn();
  private final AreaHierarchy areas = AreaHierarchy.read(Guide.DATA.resolve("synthetic-areas.json"));
  private final Dataset data = DatasetCsv.read(Guide.DATA.resolve("synthetic-dataset.csv"), catalogue)
      .restrictTo(areas.at(AreaLevel.PROVINCE).stream().map(a -> a.id()).toList());

  private ScoringPipeline pipeline() {
    // region::pipeline
    ScoringPipeline pipeline = ScoringPipeline.builder()
        .framework(DefaultFramework.of(catalogue, AreaLevel.PROVINCE))
        .catalogue(catalogue)                                     // the framework's indicators
        .spec(StrategySpec.builder()
            .imputation(StepSpec.of("group-mean"))                // mean of the military region
            .normalisation(StepSpec.of("min-max"))                // to [0, 100]
            .aggregation(StepSpec.of("arithmetic-mean"))
            .scenario("wartime")
            .build())
        .hierarchy(areas, AreaLevel.MILITARY_REGION)
        .build();                                                 // the methodology check runs here
    // end::pipeline
    return pipeline;
  }

  @Test
  void aReportRanksExplainsAndWritesItself(@TempDir Path dir) {
    ScoringPipeline pipeline = pipeline();
    Path out = dir.resolve("report.json");
    // region::explain
    ScoreReport report = pipeline.score(data, 2023);
    List<String> ranking = report.ranking("index");                        // areas, best first
    double score = report.score("index", "SYN-P01");
    Map<String, Double> parts = report.contributions("index", "SYN-P01");  // what each pillar adds
    ScoreReports.writeJson(report, out);                                   // spec, input hash, every stage
    // end::explain
    assertEquals(42, ranking.size());
    assertEquals(score, parts.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9,
        "an arithmetic mean's contributions sum to its score");
    assertTrue(Files.exists(out));
  }

  @Test
  void everyYearIsScoredWithTheSameMethodology() {
    ScoringPipeline pipeline = pipeline();
    // region::years
    List<ScoreReport> years = pipeline.scoreAllYears(data);     // 2019 to 2023, one report a year
    // end::years
    assertEquals(5, years.size());
    assertEquals(2019, years.get(0).year());
  }

  @Test
  void aPlainDecisionMatrixIsRankedByName() {
    Path folder = Guide.DATA;
    // region::matrix
    DecisionProblem problem = DecisionProblem.read(folder.resolve("problem-depot.json"));
    RankingResult vikor = RankingMethods.vikor(0.5).rank(problem);
    List<Double> ranks = vikor.ranks();                         // 1 = best; VIKOR: the lowest score is best
    // end::matrix
    assertEquals(problem.alternatives().size(), ranks.size());
  }
}
