package io.potentia.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.DefaultFramework;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.scoring.analysis.audit.Audit;
import io.potentia.scoring.analysis.audit.Coherence;
import io.potentia.scoring.analysis.planning.BudgetPriorities;
import io.potentia.scoring.analysis.uncertainty.MonteCarlo;
import io.potentia.scoring.analysis.sensitivity.RankSensitivity;
import io.potentia.scoring.analysis.sensitivity.SobolIndices;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.result.ReportFixture;
import io.potentia.scoring.result.ScoreReport;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the HTML report in headless Chromium (Debian's chromium package, which .ci/run installs)
 * and checks that every chart is drawn: the rendered DOM holds each chart with one mark per area
 * (or region, or cell), and the screenshot is not blank.
 */
class HtmlReportTest {
  private static final int AREAS = ReportFixture.AREAS;
  private static AreaHierarchy hierarchy;
  private static List<ScoreReport> reports;
  private static Dataset dataset;

  @BeforeAll
  static void scoreSomeProvinces() {
    ReportFixture fixture = new ReportFixture();
    hierarchy = fixture.hierarchy;
    reports = fixture.reports;
    dataset = fixture.dataset;
  }

  @Test
  void theReportIsOneSelfContainedFile() {
    String html = new HtmlReport("Test report", reports, hierarchy, AreaLevel.MILITARY_REGION, List.of("test data")).html();
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(!Pattern.compile("(src|href)\\s*=\\s*[\"']?(https?:)?//").matcher(html).find(),
        "nothing loaded from the network: no src or href to a URL");
    assertTrue(html.contains("<script>" + ECharts.script() + "</script>"), "ECharts inlined whole, from its WebJar");
    assertEquals(AREAS + 1, count(between(html, "id=\"trend-table\"", "</table>"), "<tr>"),
        "the trends' data as a table beside the charts: a header and a row per area");
    assertEquals(AREAS, count(between(html, "id=\"ranking-table\"", "</table>"), "<tr data-area="), "a table row per area");
    String body = html.substring(html.indexOf("</head>"));
    assertEquals(1, count(body, "<svg "), "the roll-up alone is drawn here; ECharts draws the ranking, profiles and trends");
    assertEquals(1, count(body, "data-table=\"rollup-data\"") , "the roll-up names its data table");
    assertEquals(1 + 3, count(between(html, "<table id=\"rollup-data\">", "</table>"), "<tr>"), "a header and a row per region");
  }

  @Test
  void chromiumDrawsEveryChart(@TempDir Path dir) throws Exception {
    Path chromium = Path.of("/usr/bin/chromium");
    assumeTrue(Files.isExecutable(chromium), "skipped: Debian's chromium is not installed (.ci/run installs it)");
    Path file = dir.resolve("report.html");
    new HtmlReport("Test report", reports, hierarchy, AreaLevel.MILITARY_REGION, List.of("test data")).write(file);
    String dom = run(dir, chromium.toString(), "--dump-dom", file.toUri().toString());
    assertTrue(between(dom, "id=\"chart-ranking\"", "id=\"profile\"").contains("<svg"), "ECharts drew the ranking chart");
    assertEquals(3, count(between(dom, "id=\"trend-multiples\"", "id=\"trend-table\""), "class=\"chart multiple\""),
        "a small multiple per military region");
    assertEquals(3, count(between(dom, "id=\"rollup\"", "</svg>"), "class=\"region\""), "a bar per military region");
    assertTrue(dom.contains("id=\"strengths\"") && dom.contains("id=\"spec\""), "the tables and the methodology");

    Path png = dir.resolve("report.png");
    run(dir, chromium.toString(), "--screenshot=" + png, "--window-size=1280,3000", file.toUri().toString());
    BufferedImage image = ImageIO.read(png.toFile());
    assertTrue(image != null && image.getWidth() > 1000, "a screenshot was taken");
    long coloured = 0;
    for (int y = 0; y < image.getHeight(); y += 4) {
      for (int x = 0; x < image.getWidth(); x += 4) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
          coloured++;
        }
      }
    }
    assertTrue(coloured > 2000, "the charts are drawn in colour: " + coloured + " coloured sample points");
  }

  @Test
  void rankIntervalsSobolIndicesAndARoadmapAreDrawnWhenGiven(@TempDir Path dir) throws Exception {
    ScoreReport last = reports.get(reports.size() - 1);
    ScoringPipeline pipeline = ScoringPipeline.builder().framework(DefaultFramework.of(IndicatorCatalogue.builtIn(), AreaLevel.PROVINCE))
        .build();
    Dataset data = dataset;
    MonteCarlo.Result mc = MonteCarlo.run(pipeline, data, last.year(), UncertaintyPlan.builder().replications(40)
        .weights(UncertaintyPlan.WeightRange.of(0.5, 1.5)).build(), null, null);
    RankSensitivity.Result sobol = RankSensitivity.ofPillarWeights(pipeline, data, last.year(), 0.5, 1.5,
        new SobolIndices.Config(7, 8, SobolIndices.Estimator.JANSEN_1999, 20, 0.9, 1));
    BudgetPriorities.Roadmap roadmap = new BudgetPriorities.Roadmap(List.of(new BudgetPriorities.Funded("clinic-P3", 2023, 0.42),
        new BudgetPriorities.Funded("road-P7", 2024, 0.17)), 51.0, 51.59, 30, BudgetPriorities.Method.EXACT, true);
    HtmlReport report = new HtmlReport("Test report", reports, hierarchy, AreaLevel.MILITARY_REGION, List.of("test data"))
        .withUncertainty(mc).withSensitivity(sobol).withRoadmap(roadmap);
    String html = report.html();
    assertEquals(AREAS, count(between(html, "id=\"rank-intervals\"", "</svg>"), "class=\"median\""), "a median per area");
    assertEquals(7, count(between(html, "id=\"sobol\"", "</svg>"), "class=\"first\""), "a first-order bar per pillar");
    assertEquals(7, count(between(html, "id=\"sobol\"", "</svg>"), "class=\"total\""), "a total-order bar per pillar");
    assertTrue(between(html, "id=\"roadmap\"", "</table>").contains("clinic-P3"), "the roadmap lists the funded projects");
    assertTrue(html.contains("40 Monte Carlo replications"), "the run is described");

    Path chromium = Path.of("/usr/bin/chromium");
    if (Files.isExecutable(chromium)) {
      Path file = dir.resolve("report.html");
      report.write(file);
      String dom = run(dir, chromium.toString(), "--dump-dom", file.toUri().toString());
      assertEquals(AREAS, count(between(dom, "id=\"rank-intervals\"", "</svg>"), "class=\"median\""), "drawn by a browser");
    }
  }

  @Test
  void theAuditSectionDrawsAHeatMapPerNodeAndEveryIndicatorsWeightAndImportance() {
    ScoringPipeline pipeline = ScoringPipeline.builder()
        .framework(DefaultFramework.of(IndicatorCatalogue.builtIn(), AreaLevel.PROVINCE)).build();
    ScoreReport last = reports.get(reports.size() - 1);
    Audit audit = Audit.of(pipeline, dataset, last.year(), Audit.Settings.defaults());
    String html = new HtmlReport("Test report", reports, hierarchy, AreaLevel.MILITARY_REGION, List.of("test data"))
        .withAudit(audit).html();
    String section = between(html, "<section id=\"audit\">", "</section>");
    assertTrue(section.contains(AREAS + " areas; on average 100.0% of the"), "complete fixture data");
    long heatMaps = audit.coherence().nodes().stream().filter(n -> n.children().size() >= 2).count();
    assertEquals(heatMaps, count(section, "<svg id=\"audit-corr-"), "a heat map per node of two children or more");
    assertEquals(heatMaps, count(section, "<table id=\"audit-corr-"), "and its correlations as a table beside it");
    Coherence.NodeFit political = audit.coherence().nodes().stream().filter(n -> n.node().equals("political"))
        .findFirst().orElseThrow();
    int k = political.children().size();
    assertEquals(k * k, count(between(section, "id=\"audit-corr-political\"", "</svg>"), "class=\"corr\""));
    int indicators = audit.availability().indicators().size();
    assertEquals(indicators, count(between(section, "id=\"audit-weights\"", "</svg>"), "class=\"weight\""));
    assertEquals(indicators, count(between(section, "id=\"audit-weights\"", "</svg>"), "class=\"importance\""));
    assertEquals(audit.coherence().nodes().size() + 1, count(between(section, "id=\"audit-nodes\"", "</table>"), "<tr"));
    assertEquals(indicators + 1, count(between(section, "<table id=\"audit-weights-data\"", "</table>"), "<tr>"),
        "each indicator's weight and importance in the data table");
  }

  private static String run(Path dir, String... command) throws Exception {
    List<String> args = new ArrayList<>(List.of(command[0], "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + dir.resolve("profile")));
    args.addAll(List.of(command).subList(1, command.length));
    Process p = new ProcessBuilder(args).redirectError(new File(dir.toFile(), "chromium.err")).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
    return new String(out, StandardCharsets.UTF_8);
  }

  private static String between(String text, String start, String end) {
    int i = text.indexOf(start);
    assertTrue(i >= 0, "the page has " + start);
    return text.substring(i, text.indexOf(end, i));
  }

  private static int count(String text, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
