package io.potentia.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.area.AreaLevel;
import io.potentia.scoring.analysis.planning.BudgetPriorities;
import io.potentia.scoring.analysis.uncertainty.MonteCarlo;
import io.potentia.scoring.analysis.sensitivity.RankSensitivity;
import io.potentia.scoring.analysis.sensitivity.SobolIndices;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan;
import io.potentia.scoring.result.ReportFixture;
import io.potentia.scoring.result.ScoreReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the report's charts say, read off its markup without a browser: every mark stands where
 * its value puts it. Positions are written to one decimal, so they are compared as written.
 */
class HtmlReportGeometryTest {
  private static final Pattern RECT = Pattern.compile(
      "<rect class=\"(\\w+)\" x=\"([-\\d.]+)\" y=\"([-\\d.]+)\" width=\"([-\\d.]+)\" height=\"([-\\d.]+)\" fill=\"([^\"]+)\"><title>([^<]*)</title>");
  private static final Pattern POLY = Pattern.compile(
      "<(?:polygon|polyline) class=\"(\\w+)\" points=\"([^\"]*)\" stroke=\"[^\"]*\" fill=\"[^\"]*\" stroke-width=\"1.5\"><title>([^<]*)</title>");
  private static final Pattern ROW = Pattern.compile("<tr><td>([^<]*)</td><td>([^<]*)</td><td>([^<]*)</td><td>([^<]*)</td></tr>");

  private static ReportFixture fixture;
  private static ScoreReport last;
  private static List<String> pillars;

  @BeforeAll
  static void drawTheReport() {
    fixture = new ReportFixture();
    last = fixture.reports.get(fixture.reports.size() - 1);
    pillars = last.runs().get(last.root()).children();
  }

  /**
   * The report drawn anew in each test rather than once for all: mutation testing runs only the
   * tests whose own code reaches a mutant, so the drawing must happen inside the test.
   */
  private static String page() {
    return new HtmlReport("Geometry & <scores>", fixture.reports, fixture.hierarchy, AreaLevel.MILITARY_REGION,
        List.of("seeded data", "a \"quoted\" source")).html();
  }

  private static String chart(String page, String id) {
    int from = page.indexOf("id=\"" + id + "\"");
    assertTrue(from >= 0, "chart " + id + " is drawn");
    return page.substring(from, page.indexOf("</svg>", from));
  }

  private static List<Matcher> rects(String svg, String cssClass) {
    List<Matcher> out = new ArrayList<>();
    Matcher m = RECT.matcher(svg);
    while (m.find()) {
      if (m.group(1).equals(cssClass)) {
        out.add(RECT.matcher(m.group()));
        out.get(out.size() - 1).find();
      }
    }
    return out;
  }

  private static Map<String, double[][]> polys(String svg, String cssClass) {
    Map<String, double[][]> out = new LinkedHashMap<>();
    Matcher m = POLY.matcher(svg);
    while (m.find()) {
      if (m.group(1).equals(cssClass)) {
        String[] points = m.group(2).trim().split(" ");
        double[][] xy = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
          String[] p = points[i].split(",");
          xy[i] = new double[] {Double.parseDouble(p[0]), Double.parseDouble(p[1])};
        }
        out.put(m.group(3), xy);
      }
    }
    return out;
  }

  private static double max(double[] x) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      m = Math.max(m, v);
    }
    return m;
  }

  private static double min(double[] x) {
    double m = Double.POSITIVE_INFINITY;
    for (double v : x) {
      m = Math.min(m, v);
    }
    return m;
  }

  @Test
  void theHeadingAndSummaryNameTheTitleEscapedAndTheRankedYear() {
    String html = page();
    assertTrue(html.contains("<title>Geometry &amp; &lt;scores&gt;</title>"), "the title is escaped");
    assertTrue(html.contains("<p>12 areas, 3 year(s), ranked in 2022.</p>"), html.substring(0, 800));
    assertTrue(html.contains("<h2>By military region</h2>"));
  }

  @Test
  void rankingBarsRunInRankOrderWithLengthsProportionalToTheIndex() {
    String html = page();
    String svg = chart(html, "ranking");
    List<String> order = last.ranking(last.root());
    List<Matcher> bars = rects(svg, "bar");
    assertEquals(order.size(), bars.size());
    double top = max(last.scores(last.root()));
    for (int k = 0; k < bars.size(); k++) {
      Matcher bar = bars.get(k);
      double v = last.score(last.root(), order.get(k));
      assertEquals(order.get(k) + ": " + v, bar.group(7));
      assertEquals(Svg.n(150), bar.group(2));
      assertEquals(Svg.n(10 + k * 16 + 2), bar.group(3));
      assertEquals(Svg.n(550 * v / top), bar.group(4), "bar of " + order.get(k));
      assertEquals(Svg.n(12), bar.group(5));
      assertTrue(svg.contains(">" + (k + 1) + ". " + order.get(k) + "</text>"), "label of rank " + (k + 1));
      assertTrue(svg.contains(">" + String.format(java.util.Locale.ROOT, "%.1f", v) + "</text>"), "value of " + order.get(k));
    }
    assertEquals(Svg.n(550), bars.get(0).group(4), "the leader's bar is full length");
  }

  @Test
  void eachRadarPutsAPillarAtItsShareOfThatPillarsBestScore() {
    String html = page();
    Map<String, double[][]> profiles = polys(html, "profile");
    assertEquals(last.areas().size(), profiles.size());
    int n = pillars.size();
    for (String area : last.areas()) {
      double[][] points = profiles.get(area);
      assertEquals(n, points.length, area);
      for (int i = 0; i < n; i++) {
        double t = last.score(pillars.get(i), area) / max(last.scores(pillars.get(i)));
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        assertEquals(85 + 60 * t * Math.cos(angle), points[i][0], 0.051, area + " " + pillars.get(i) + " x");
        assertEquals(93 + 60 * t * Math.sin(angle), points[i][1], 0.051, area + " " + pillars.get(i) + " y");
      }
    }
    double[][] grid = polys(html.replaceAll("(<polygon class=\"grid\"[^>]*>)", "$1<title>grid</title>"), "grid").get("grid");
    assertEquals(n, grid.length);
    assertEquals(85, grid[0][0], 0.051, "the first pillar's axis points straight up");
    assertEquals(33, grid[0][1], 0.051);
  }

  @Test
  void heatMapCellsAreColouredByTheirPlaceBetweenThePillarsLowestAndHighestScore() {
    String html = page();
    String svg = chart(html, "heatmap");
    List<String> order = last.ranking(last.root());
    List<Matcher> cells = rects(svg, "cell");
    assertEquals(order.size() * pillars.size(), cells.size());
    int c = 0;
    for (int k = 0; k < order.size(); k++) {
      for (int j = 0; j < pillars.size(); j++) {
        Matcher cell = cells.get(c++);
        double[] all = last.scores(pillars.get(j));
        double v = last.score(pillars.get(j), order.get(k));
        assertEquals(order.get(k) + ", " + pillars.get(j) + ": " + v, cell.group(7));
        assertEquals(Svg.n(110 + j * 70), cell.group(2));
        assertEquals(Svg.n(90 + k * 22), cell.group(3));
        assertEquals(Svg.scale((v - min(all)) / (max(all) - min(all))), cell.group(6), cell.group(7));
      }
    }
    for (String p : pillars) {
      assertTrue(svg.contains(">" + p + "</text>"), "column heading " + p);
    }
  }

  @Test
  void trendLinesPlotEachAreasIndexAcrossTheYearsOnOneScaleFromZero() {
    String html = page();
    Map<String, double[][]> trends = polys(chart(html, "trends"), "trend");
    assertEquals(last.areas().size(), trends.size());
    double top = 0;
    double bottom = 0;
    for (ScoreReport y : fixture.reports) {
      top = Math.max(top, max(y.scores(y.root())));
      bottom = Math.min(bottom, min(y.scores(y.root())));
    }
    for (String area : last.areas()) {
      double[][] points = trends.get(area);
      assertEquals(ReportFixture.YEARS, points.length, area);
      for (int t = 0; t < ReportFixture.YEARS; t++) {
        ScoreReport y = fixture.reports.get(t);
        assertEquals(50 + 680.0 * t / 2, points[t][0], 0.051, area + " in " + y.year());
        assertEquals(290 - 280 * (y.score(y.root(), area) - bottom) / (top - bottom), points[t][1], 0.051, area + " in " + y.year());
      }
    }
    for (int t = 0; t < ReportFixture.YEARS; t++) {
      assertTrue(chart(html, "trends").contains(">" + (2020 + t) + "</text>"), "axis label " + (2020 + t));
    }
  }

  @Test
  void aSingleYearsTrendIsAShortLevelMark() {
    String one = new HtmlReport("One year", List.of(last), null, AreaLevel.MILITARY_REGION, List.of()).html();
    for (double[][] points : polys(chart(one, "trends"), "trend").values()) {
      assertEquals(2, points.length);
      assertEquals(67, points[0][0], 0.051);
      assertEquals(73, points[1][0], 0.051);
      assertEquals(points[0][1], points[1][1]);
    }
    assertTrue(!one.contains("id=\"rollup\""), "no hierarchy, no roll-up");
  }

  @Test
  void rollUpBarsArePopulationWeightedMeansOfEachRegionsProvinces() {
    String html = page();
    List<Matcher> bars = rects(chart(html, "rollup"), "region");
    assertEquals(3, bars.size());
    double[] expected = new double[3];
    for (int r = 0; r < 3; r++) {
      double weighted = 0;
      double population = 0;
      for (int p = r; p < ReportFixture.AREAS; p += 3) {
        double people = 100_000 + p * 1000;
        weighted += people * last.score(last.root(), "P" + p);
        population += people;
      }
      expected[r] = weighted / population;
    }
    double top = max(expected);
    for (int r = 0; r < 3; r++) {
      Matcher bar = bars.get(r);
      String[] title = bar.group(7).split(": ");
      assertEquals("Region " + r, title[0]);
      assertEquals(expected[r], Double.parseDouble(title[1]), 1e-9);
      assertEquals(Svg.n(480 * expected[r] / top), bar.group(4));
      assertEquals(Svg.palette(r + 1), bar.group(6));
    }
  }

  @Test
  void theStrengthsTableNamesEachAreasStrongestAndWeakestPillarInRankOrder() {
    String html = page();
    String table = html.substring(html.indexOf("<table id=\"strengths\">"), html.indexOf("</table>", html.indexOf("id=\"strengths\"")));
    Matcher row = ROW.matcher(table);
    List<String> order = last.ranking(last.root());
    for (String area : order) {
      assertTrue(row.find(), "a row for " + area);
      String strongest = pillars.get(0);
      String weakest = pillars.get(0);
      for (String p : pillars) {
        strongest = last.score(p, area) > last.score(strongest, area) ? p : strongest;
        weakest = last.score(p, area) < last.score(weakest, area) ? p : weakest;
      }
      assertEquals(area, row.group(1));
      assertEquals(String.format(java.util.Locale.ROOT, "%.0f", last.rank(last.root(), area)), row.group(2));
      assertEquals(strongest, row.group(3), area);
      assertEquals(weakest, row.group(4), area);
    }
  }

  @Test
  void theMethodologyGivesTheSpecTheSourcesEscapedTheFrameworkAndTheInputHash() {
    String html = page();
    assertTrue(html.contains("<li>seeded data</li><li>a &quot;quoted&quot; source</li>"), "the provenance, escaped");
    assertTrue(html.contains("Framework '" + last.frameworkId() + "'; " + last.imputed().size() + " values imputed and "
        + last.gaps().size() + " gaps left in 2022"));
    assertTrue(html.contains("<code>" + last.inputHash() + "</code>"));
    assertTrue(html.contains("(" + last.tiePolicy() + ")"));
    assertTrue(html.contains("<pre id=\"spec\">{"), "the spec as JSON");
  }

  @Test
  void rankIntervalsPlaceEachAreasWhiskerMedianAndNominalTickOnTheRankAxis() {
    MonteCarlo.Result mc = MonteCarlo.run(fixture.pipeline, fixture.dataset, last.year(),
        UncertaintyPlan.builder().replications(30).weights(UncertaintyPlan.WeightRange.of(0.5, 1.5)).build(),
        null, null);
    String page = new HtmlReport("t", fixture.reports, null, AreaLevel.MILITARY_REGION, List.of()).withUncertainty(mc).html();
    assertTrue(page.contains("<p>30 Monte Carlo replications; whiskers from the 5th to the 95th percentile rank"), "described");
    String svg = chart(page, "rank-intervals");
    MonteCarlo.NodeRanks ranks = mc.nodes().get(last.root());
    int median = mc.percentiles().indexOf(50.0);
    int top = ranks.percentiles().length - 1;
    List<String> order = last.ranking(last.root());
    List<Matcher> medians = rects(svg, "median");
    assertEquals(order.size(), medians.size());
    for (int k = 0; k < order.size(); k++) {
      int i = last.areas().indexOf(order.get(k));
      double y = 10 + k * 16 + 8;
      double at = 150 + 590 * (ranks.percentiles()[median][i] - 1) / 11;
      assertEquals(Svg.n(at - 3), medians.get(k).group(2), order.get(k));
      assertEquals(Svg.n(y - 3), medians.get(k).group(3), order.get(k));
      double lo = 150 + 590 * (ranks.percentiles()[0][i] - 1) / 11;
      double hi = 150 + 590 * (ranks.percentiles()[top][i] - 1) / 11;
      double nominal = 150 + 590 * (ranks.nominal()[i] - 1) / 11;
      assertTrue(svg.contains("<line x1=\"" + Svg.n(lo) + "\" y1=\"" + Svg.n(y) + "\" x2=\"" + Svg.n(hi) + "\" y2=\""
          + Svg.n(y) + "\""), "the whisker of " + order.get(k));
      assertTrue(svg.contains("<line x1=\"" + Svg.n(nominal) + "\" y1=\"" + Svg.n(y - 6) + "\" x2=\"" + Svg.n(nominal)
          + "\" y2=\"" + Svg.n(y + 6) + "\" stroke=\"#d62728\"/>"), "the nominal tick of " + order.get(k));
      assertTrue(lo <= at + 3 && at - 3 <= hi, "the median lies within the interval");
    }
    assertTrue(svg.contains(">rank 12</text>"));
  }

  @Test
  void aMonteCarloRunOfOtherAreasIsRejected() {
    MonteCarlo.Result mc = MonteCarlo.run(fixture.pipeline, fixture.dataset.restrictTo(
        List.of("P0", "P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8")),
        last.year(), UncertaintyPlan.builder().replications(5).build(), null, null);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> new HtmlReport("t", fixture.reports, null, AreaLevel.MILITARY_REGION, List.of()).withUncertainty(mc));
    assertTrue(e.getMessage().contains("[P0, P1, P2, P3, P4, P5, P6, P7, P8]"), e.getMessage());
    assertThrows(InvalidInputException.class, () -> new HtmlReport("t", List.of(), null, AreaLevel.MILITARY_REGION, List.of()));
  }

  @Test
  void sobolBarsAreAsLongAsTheirIndicesOnTheUnitScaleWithTheirIntervalsDrawnOver() {
    SobolIndices.Interval[] first = {new SobolIndices.Interval(0.25, 0.1, 0.4), new SobolIndices.Interval(-0.05, -0.2, 0.1)};
    SobolIndices.Interval[] total = {new SobolIndices.Interval(0.5, 0.3, 0.7), new SobolIndices.Interval(1.2, 0.9, 1.5)};
    RankSensitivity.Result sobol = new RankSensitivity.Result(List.of("weight:a", "weight:b"),
        new SobolIndices.OutputIndices(first, total, 2.0, false), 400);
    String page = new HtmlReport("t", fixture.reports, null, AreaLevel.MILITARY_REGION, List.of()).withSensitivity(sobol).html();
    assertTrue(page.contains("Sobol indices of the mean absolute rank shift, 400 model runs"));
    String svg = chart(page, "sobol");
    List<Matcher> firsts = rects(svg, "first");
    List<Matcher> totals = rects(svg, "total");
    assertEquals(Svg.n(125), firsts.get(0).group(4), "0.25 of 500");
    assertEquals(Svg.n(0), firsts.get(1).group(4), "a negative estimate is drawn at zero");
    assertEquals(Svg.n(250), totals.get(0).group(4));
    assertEquals(Svg.n(500), totals.get(1).group(4), "an estimate above one is drawn at one");
    assertTrue(firsts.get(0).group(7).equals("weight:a: first order 0.25 [0.1, 0.4]"), firsts.get(0).group(7));
    assertTrue(svg.contains("<line x1=\"" + Svg.n(250) + "\" y1=\"" + Svg.n(24.5) + "\" x2=\"" + Svg.n(400) + "\""),
        "the first-order interval of weight:a, from 0.1 to 0.4");
    assertTrue(svg.contains("<line x1=\"" + Svg.n(200) + "\" y1=\"" + Svg.n(50.5) + "\" x2=\"" + Svg.n(250) + "\""),
        "an interval reaching below zero is cut at zero");
    assertTrue(svg.contains("<line x1=\"" + Svg.n(650) + "\" y1=\"" + Svg.n(40.5) + "\" x2=\"" + Svg.n(700) + "\""),
        "an interval reaching past one is cut at one");
  }

  @Test
  void theRoadmapTableListsEachFundedProjectWithItsYearAndGain() {
    BudgetPriorities.Roadmap roadmap = new BudgetPriorities.Roadmap(List.of(new BudgetPriorities.Funded("clinic-P3", 2023, 0.42),
        new BudgetPriorities.Funded("road <P7>", 2024, 0.17)), 51.0, 51.59, 30, BudgetPriorities.Method.GREEDY, true);
    String page = new HtmlReport("t", fixture.reports, null, AreaLevel.MILITARY_REGION, List.of()).withRoadmap(roadmap).html();
    assertTrue(page.contains("<p>GREEDY search: 2 projects funded for 30.00; the objective goes from 51.000 to 51.590.</p>"),
        page.substring(page.indexOf("Budget roadmap")));
    assertTrue(page.contains("<tr><td>2023</td><td>clinic-P3</td><td>0.4200</td></tr>"));
    assertTrue(page.contains("<tr><td>2024</td><td>road &lt;P7&gt;</td><td>0.1700</td></tr>"));
  }

  @Test
  void theColourScaleRunsFromRedThroughYellowToGreenAndGreysOutWhatIsMissing() {
    assertEquals("#d73027", Svg.scale(0));
    assertEquals("#d77b3b", Svg.scale(0.25));
    assertEquals("#d7c64f", Svg.scale(0.5));
    assertEquals("#82b24a", Svg.scale(0.75));
    assertEquals("#2d9e45", Svg.scale(1));
    assertEquals("#d73027", Svg.scale(-3), "below the scale is its low end");
    assertEquals("#2d9e45", Svg.scale(7), "above the scale is its high end");
    assertEquals("#cccccc", Svg.scale(Double.NaN));
    assertEquals("#1f77b4", Svg.palette(0));
    assertEquals("#17becf", Svg.palette(9));
    assertEquals("#1f77b4", Svg.palette(10), "the palette repeats");
    assertEquals("#17becf", Svg.palette(-1));
    assertEquals("a &amp; b &lt;c&gt; &quot;d&quot;", Svg.esc("a & b <c> \"d\""));
    assertEquals("-0.1", Svg.n(-0.06));
  }

  private static String text(double x, double y, String anchor, double size, String content) {
    return "<text x=\"" + Svg.n(x) + "\" y=\"" + Svg.n(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"" + Svg.n(size)
        + "\">" + Svg.esc(content) + "</text>";
  }

  private static String line(double x1, double y1, double x2, double y2, String stroke) {
    return "<line x1=\"" + Svg.n(x1) + "\" y1=\"" + Svg.n(y1) + "\" x2=\"" + Svg.n(x2) + "\" y2=\"" + Svg.n(y2)
        + "\" stroke=\"" + stroke + "\"/>";
  }

  private static String frame(String id, double width, double height) {
    return "id=\"" + id + "\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + Svg.n(width) + " "
        + Svg.n(height) + "\" width=\"" + Svg.n(width) + "\" height=\"" + Svg.n(height) + "\"";
  }

  private static void assertHas(String svg, String snippet) {
    assertTrue(svg.contains(snippet), () -> "missing " + snippet);
  }

  /** Every label, axis and frame stands where the layout puts it. */
  @Test
  void labelsAxesAndFramesStandWhereTheLayoutPutsThem() {
    String html = page();
    List<String> order = last.ranking(last.root());
    int n = order.size();
    String ranking = chart(html, "ranking");
    assertHas(html, frame("ranking", 760, n * 16 + 30));
    for (int k = 0; k < n; k++) {
      double v = last.score(last.root(), order.get(k));
      assertHas(ranking, text(144, 10 + k * 16 + 11, "end", 11, (k + 1) + ". " + order.get(k)));
      assertHas(ranking, text(705, 10 + k * 16 + 11, "start", 11, String.format(java.util.Locale.ROOT, "%.1f", v)));
    }

    String heat = chart(html, "heatmap");
    assertHas(html, frame("heatmap", 110 + pillars.size() * 70 + 10, 90 + n * 22 + 10));
    for (int j = 0; j < pillars.size(); j++) {
      assertHas(heat, text(110 + j * 70 + 35, 82, "middle", 10, pillars.get(j)));
    }
    for (int k = 0; k < n; k++) {
      assertHas(heat, text(104, 90 + k * 22 + 15, "end", 10, order.get(k)));
    }
    for (Matcher cell : rects(heat, "cell")) {
      assertEquals(Svg.n(68), cell.group(4));
      assertEquals(Svg.n(20), cell.group(5));
    }

    String area = order.get(0);
    String radar = chart(html, "radar-" + area);
    assertHas(html, frame("radar-" + area, 170, 180));
    assertHas(radar, text(85, 12, "middle", 11, area));
    for (int i = 0; i < pillars.size(); i++) {
      double angle = -Math.PI / 2 + 2 * Math.PI * i / pillars.size();
      String label = pillars.get(i).substring(0, Math.min(4, pillars.get(i).length()));
      assertHas(radar, text(85 + 70 * Math.cos(angle), 93 + 70 * Math.sin(angle) + 3, "middle", 8, label));
      assertHas(radar, line(85, 93, 85 + 60 * Math.cos(angle), 93 + 60 * Math.sin(angle), "#ddd"));
    }

    String trends = chart(html, "trends");
    assertHas(html, frame("trends", 760, 320));
    assertHas(trends, line(50, 290, 750, 290, "#888"));
    assertHas(trends, line(50, 10, 50, 290, "#888"));
    for (int t = 0; t < ReportFixture.YEARS; t++) {
      assertHas(trends, text(50 + 680.0 * t / 2, 306, "middle", 10, Integer.toString(2020 + t)));
    }

    String rollUp = chart(html, "rollup");
    assertHas(html, frame("rollup", 760, 3 * 22 + 20));
    List<Matcher> bars = rects(rollUp, "region");
    for (int r = 0; r < 3; r++) {
      assertHas(rollUp, text(214, 10 + r * 22 + 14, "end", 11, "Region " + r));
      assertEquals(Svg.n(220), bars.get(r).group(2));
      assertEquals(Svg.n(10 + r * 22 + 3), bars.get(r).group(3));
      assertEquals(Svg.n(16), bars.get(r).group(5));
      String value = bars.get(r).group(7).split(": ")[1];
      assertHas(rollUp, text(705, 10 + r * 22 + 14, "start", 11, String.format(java.util.Locale.ROOT, "%.1f",
          Double.parseDouble(value))));
    }
  }

  @Test
  void theRankIntervalAndSobolChartsLabelTheirAxesAndRows() {
    MonteCarlo.Result mc = MonteCarlo.run(fixture.pipeline, fixture.dataset, last.year(),
        UncertaintyPlan.builder().replications(10).build(), null, null);
    SobolIndices.Interval half = new SobolIndices.Interval(0.5, 0.4, 0.6);
    RankSensitivity.Result sobol = new RankSensitivity.Result(List.of("weight:a", "weight:b", "weight:c"),
        new SobolIndices.OutputIndices(new SobolIndices.Interval[] {half, half, half},
            new SobolIndices.Interval[] {half, half, half}, 1.0, false), 50);
    String page = new HtmlReport("t", fixture.reports, null, AreaLevel.MILITARY_REGION, List.of()).withUncertainty(mc)
        .withSensitivity(sobol).html();
    List<String> order = last.ranking(last.root());
    int n = order.size();
    String intervals = chart(page, "rank-intervals");
    assertHas(page, frame("rank-intervals", 760, n * 16 + 40));
    assertHas(intervals, text(150, n * 16 + 32, "start", 10, "rank 1"));
    assertHas(intervals, text(740, n * 16 + 32, "end", 10, "rank " + n));
    MonteCarlo.NodeRanks ranks = mc.nodes().get(last.root());
    int top = ranks.percentiles().length - 1;
    for (int k = 0; k < n; k++) {
      int i = last.areas().indexOf(order.get(k));
      double y = 10 + k * 16 + 8;
      assertHas(intervals, text(144, y + 4, "end", 11, order.get(k)));
      double lo = 150 + 590 * (ranks.percentiles()[0][i] - 1) / (n - 1);
      double hi = 150 + 590 * (ranks.percentiles()[top][i] - 1) / (n - 1);
      assertHas(intervals, line(lo, y - 4, lo, y + 4, Svg.palette(0)));
      assertHas(intervals, line(hi, y - 4, hi, y + 4, Svg.palette(0)));
    }

    String chart = chart(page, "sobol");
    assertHas(page, frame("sobol", 760, 3 * 26 + 30));
    assertHas(chart, text(200, 3 * 26 + 24, "middle", 10, "0"));
    assertHas(chart, text(700, 3 * 26 + 24, "middle", 10, "1"));
    List<Matcher> firsts = rects(chart, "first");
    List<Matcher> totals = rects(chart, "total");
    for (int j = 0; j < 3; j++) {
      double y = 8 + j * 26;
      assertHas(chart, text(194, y + 14, "end", 11, sobol.factors().get(j)));
      assertEquals(Svg.n(200), totals.get(j).group(2));
      assertEquals(Svg.n(y + 2), totals.get(j).group(3));
      assertEquals(Svg.n(9), totals.get(j).group(5));
      assertEquals(Svg.n(y + 12), firsts.get(j).group(3));
      assertHas(chart, line(400, y + 6.5, 500, y + 6.5, "#333"));
    }
  }

  @Test
  void aReportIsWrittenAsItsHtml(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("report.html");
    HtmlReport report = new HtmlReport("Written", fixture.reports, null, AreaLevel.MILITARY_REGION, List.of());
    report.write(file);
    assertEquals(report.html(), java.nio.file.Files.readString(file));
  }
}
