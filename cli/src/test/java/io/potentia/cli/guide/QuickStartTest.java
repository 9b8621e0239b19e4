package io.potentia.cli.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.potentia.core.area.Area;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.core.data.DatasetCsv;
import io.potentia.core.framework.DefaultFramework;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.result.ScoreReport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's ten-line quick start, region {@code quick-start}: it scores the bundled synthetic
 * provinces. The README shows it as run from the repository's root; here the folder is the same
 * one seen from the cli module.
 */
class QuickStartTest {

  static ScoreReport quickStart(Path folder) {
    // region::quick-start
    IndicatorCatalogue catalogue = IndicatorCatalogue.builtIn();
    AreaHierarchy areas = AreaHierarchy.read(folder.resolve("synthetic-areas.json"));
    List<String> provinces = areas.at(AreaLevel.PROVINCE).stream().map(Area::id).toList();
    Dataset data = DatasetCsv.read(folder.resolve("synthetic-dataset.csv"), catalogue).restrictTo(provinces);
    ScoringPipeline pipeline = ScoringPipeline.builder()
        .framework(DefaultFramework.of(catalogue, AreaLevel.PROVINCE))   // built-in catalogue by default
        .hierarchy(areas, AreaLevel.MILITARY_REGION)                     // provinces in their military regions
        .build();                                                        // the methodology check runs here
    ScoreReport report = pipeline.score(data, 2023);
    System.out.println(report.ranking("index"));                         // provinces, best first
    // end::quick-start
    return report;
  }

  @Test
  void theQuickStartScoresEveryBundledProvince() {
    ScoreReport report = quickStart(Guide.DATA);
    assertEquals(42, report.ranking("index").size(), "42 synthetic provinces");
    assertEquals(1.0, report.rank("index", report.ranking("index").get(0)));
  }
}
