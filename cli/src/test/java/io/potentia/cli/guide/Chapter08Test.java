package io.potentia.cli.guide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.report.ResultTables;
import io.potentia.report.html.HtmlReport;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.analysis.readiness.ClassScheme;
import io.potentia.scoring.result.ScoreReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chapter 8, the report: the region {@code html}. */
class Chapter08Test {
  private final ScoringPipeline pipeline = Bundled.PIPELINE;
  private final Dataset data = Bundled.DATA;
  private final AreaHierarchy areas = Bundled.AREAS;

  @Test
  void theReportIsOneSelfContainedFile(@TempDir Path out) throws Exception {
    Path folder = Guide.DATA;
    // region::html
    List<ScoreReport> years = pipeline.scoreAllYears(data);
    ScoreReport latest = years.get(years.size() - 1);
    new HtmlReport("Defence potential (SYNTHETIC DATA)", years, areas, AreaLevel.MILITARY_REGION, data.labels())
        .withClasses(ClassScheme.read(folder.resolve("classes-mr-sort.json")).classify(latest))
        .withLanguage("vi")                                         // headings, labels and numbers in Vietnamese
        .write(out.resolve("report.html"));                         // ECharts inlined: opens offline
    ResultTables.scores(years).write(out.resolve("scores.csv"));    // every node's score and rank, every year
    // end::html
    String page = Files.readString(out.resolve("report.html"));
    assertTrue(page.contains("<table id=\"classes\">") && !page.contains("src=\"http"), "classes, and nothing fetched");
    assertTrue(Files.readAllLines(out.resolve("scores.csv")).size() > 42 * 5, "a row per area, year and node at least");
  }
}
