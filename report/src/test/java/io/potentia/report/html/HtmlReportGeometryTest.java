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
import java.util.List;
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
  private static final Pattern ROW = Pattern.compile(
      "<tr><td title=\"([^\"]*)\">([^<]*)</td><td>([^<]*)</td><td>([^<]*)</td><td>([^<]*)</td></tr>");

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

  private static double max(double[] x) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      m = Math.max(m, v);
    }
    return m;
  }

  @Test
  void theHeadingAndSummaryNameTheTitleEscapedAndTheRankedYear() {
    String html = page();
    assertTrue(html.contains("<title>Geometry &amp; &lt;scores&gt;</title>"), "the title is escaped");
    assertTrue(html.contains("<p>12 areas, 3 year(s), ranked in 2022.</p>"), html.substring(0, 800));
    assertTrue(html.contains("<h2>Index by military region (population-weighted mean)</h2>"));
  }

  @Test
  void withoutAHierarchyThereIsNoRollUp() {
    String one = new HtmlReport("One year", List.of(last), null, AreaLevel.MILITARY_REGION, List.of()).html();
    assertTrue(!one.contains("id=\"rollup\""), "no hierarchy, no roll-up");
    assertTrue(one.contains("id=\"strengths\""), "the strengths table still");
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
      assertEquals("Region " + r + " (R" + r + "): " + Labels.of("en").number(expected[r], 1), bar.group(7),
          "the region's name, its code, and its mean to one decimal");
      assertEquals(Svg.n(480 * expected[r] / top), bar.group(4));
      assertEquals(Svg.palette(0), bar.group(6));
    }
    String table = html.substring(html.indexOf("<table id=\"rollup-data\">"));
    for (int r = 0; r < 3; r++) {
      assertTrue(table.contains("<tr><td>Region " + r + "</td><td class=\"num\">" + Labels.of("en").number(expected[r], 1)
          + "</td></tr>"), "the data table's row of region " + r);
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
      Labels en = Labels.of("en");
      assertEquals(area, row.group(1), "the code on hover");
      assertEquals(fixture.hierarchy.area(area).name(), row.group(2), "the name shown");
      assertEquals(String.format(java.util.Locale.ROOT, "%.0f", last.rank(last.root(), area)), row.group(3));
      assertEquals(en.textOr("pillar." + strongest, strongest), row.group(4), area);
      assertEquals(en.textOr("pillar." + weakest, weakest), row.group(5), area);
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
          + "\" y2=\"" + Svg.n(y + 6) + "\" stroke=\"" + Svg.palette(3) + "\"/>"), "the nominal tick of " + order.get(k));
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
    assertEquals("weight of a: first order 0.250 [0.100, 0.400]", firsts.get(0).group(7));
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
    assertTrue(page.contains("<p>Greedy search: 2 projects funded for 30.00; the objective goes from 51.000 to 51.590.</p>"),
        page.substring(page.indexOf("Budget roadmap")));
    assertTrue(page.contains("<tr><td>2023</td><td>clinic-P3</td><td>0.4200</td></tr>"));
    assertTrue(page.contains("<tr><td>2024</td><td>road &lt;P7&gt;</td><td>0.1700</td></tr>"));
  }

  @Test
  void theColourScalesAreColourBlindSafeAndGreyOutWhatIsMissing() {
    // cividis at its five stops (Nuñez et al. 2018), the ends held beyond [0, 1]
    assertEquals("#00224e", Svg.scale(0));
    assertEquals("#414d6b", Svg.scale(0.25));
    assertEquals("#7c7b78", Svg.scale(0.5));
    assertEquals("#bcaf6f", Svg.scale(0.75));
    assertEquals("#fee838", Svg.scale(1));
    assertEquals("#5f6472", Svg.scale(0.375), "halfway between the second and third stops, rounded per channel");
    assertEquals("#00224e", Svg.scale(-3), "below the scale is its low end");
    assertEquals("#fee838", Svg.scale(7), "above the scale is its high end");
    assertEquals("#cccccc", Svg.scale(Double.NaN));
    assertEquals("#ffffff", Svg.ink(0.2), "white ink on the dark half");
    assertEquals("#000000", Svg.ink(0.8), "black ink on the light half");
    // ColorBrewer PuOr for correlations: purple at -1, light grey at 0, orange at +1
    assertEquals("#5e3c99", Svg.diverging(-1));
    assertEquals("#f7f7f7", Svg.diverging(0));
    assertEquals("#e66101", Svg.diverging(1));
    assertEquals("#cccccc", Svg.diverging(Double.NaN));
    // Okabe-Ito
    assertEquals("#0072b2", Svg.palette(0));
    assertEquals("#000000", Svg.palette(7));
    assertEquals("#0072b2", Svg.palette(8), "the palette repeats");
    assertEquals("#000000", Svg.palette(-1));
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

  /** Every label, axis and frame of the roll-up stands where the layout puts it. */
  @Test
  void labelsAxesAndFramesStandWhereTheLayoutPutsThem() {
    String html = page();
    String rollUp = chart(html, "rollup");
    assertHas(html, frame("rollup", 760, 3 * 22 + 20));
    List<Matcher> bars = rects(rollUp, "region");
    for (int r = 0; r < 3; r++) {
      assertHas(rollUp, text(214, 10 + r * 22 + 14, "end", 11, "Region " + r));
      assertEquals(Svg.n(220), bars.get(r).group(2));
      assertEquals(Svg.n(10 + r * 22 + 3), bars.get(r).group(3));
      assertEquals(Svg.n(16), bars.get(r).group(5));
      String value = bars.get(r).group(7).split(": ")[1];
      assertHas(rollUp, text(705, 10 + r * 22 + 14, "start", 11, value));
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
      assertHas(chart, text(194, y + 14, "end", 11, "weight of " + sobol.factors().get(j).substring(7)));
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
