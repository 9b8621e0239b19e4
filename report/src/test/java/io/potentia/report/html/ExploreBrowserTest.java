package io.potentia.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.framework.DefaultFramework;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.analysis.uncertainty.MonteCarlo;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan;
import io.potentia.scoring.result.ReportFixture;
import io.potentia.scoring.result.ScoreReport;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The interactive report in a real browser: Debian's chromium driven by Selenium through Debian's
 * chromium-driver (both installed by .ci/run). Skipped when they are absent locally; under CI=true
 * their absence fails the build.
 */
class ExploreBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static ReportFixture fixture;
  private static ChromeDriver driver;
  private static Path dir;

  @BeforeAll
  static void startBrowser() throws Exception {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!present && "true".equals(System.getenv("CI"))) {
      fail("CI=true but " + CHROMIUM + " or " + DRIVER + " is missing: .ci/run installs chromium and chromium-driver");
    }
    assumeTrue(present, "skipped: chromium and chromium-driver are not installed (.ci/run installs them)");
    fixture = new ReportFixture();
    dir = Files.createDirectories(Path.of("target", "explore-browser-test"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1280,1600", "--no-first-run", "--disable-background-networking", "--lang=en-GB");
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static HtmlReport report() {
    List<String> areas = fixture.reports.get(fixture.reports.size() - 1).areas();
    return new HtmlReport("Test report", fixture.reports, fixture.hierarchy, AreaLevel.MILITARY_REGION, List.of("test data"))
        .withMap(AreaMap.synthetic(areas, AreaMap.SYNTHETIC_SEED));
  }

  /** Opens a report, waits for the script to finish, and returns the milliseconds from navigation to ready. */
  private static long open(HtmlReport report, String name) {
    Path file = dir.resolve(name).toAbsolutePath();
    report.write(file);
    driver.get(file.toUri().toString());
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "true".equals(
        ((JavascriptExecutor) d).executeScript("return document.documentElement.dataset.ready")));
    return Long.parseLong((String) js("return document.documentElement.dataset.readyMs"));
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private static ScoreReport last() {
    return fixture.reports.get(fixture.reports.size() - 1);
  }

  @Test
  void thePageLoadsWithNoConsoleErrorAndBecomesInteractive() throws Exception {
    long ms = open(report(), "en.html");
    List<String> errors = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
        errors.add(e.getLevel() + " " + e.getMessage());
      }
    }
    assertEquals(List.of(), errors, "no console error or warning");
    System.out.println("[explore] report of " + ReportFixture.AREAS + " areas interactive " + ms + " ms after navigation, "
        + Files.size(dir.resolve("en.html")) / 1024 + " KiB");
    Files.write(dir.resolve("report-en.png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void theFlagshipReportsBecomeInteractiveWithNoConsoleError() throws Exception {
    // measured, not asserted: the figure is printed; the flagship's reports exist once `-Pexample package` ran
    for (String name : List.of("report-peacetime.html", "report-peacetime-vi.html", "report-wartime.html")) {
      Path flagship = Path.of("..", "examples", "target", "flagship", name).toAbsolutePath().normalize();
      assumeTrue(Files.isRegularFile(flagship), "skipped: run the flagship example first (-Pexample package)");
      driver.get(flagship.toUri().toString());
      new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "true".equals(
          ((JavascriptExecutor) d).executeScript("return document.documentElement.dataset.ready")));
      System.out.println("[explore] flagship " + name + ": " + Files.size(flagship) / 1024 + " KiB, interactive "
          + js("return document.documentElement.dataset.readyMs") + " ms after navigation");
      assertTrue(Files.size(flagship) < 3_000_000, name + " is under 3 MB: " + Files.size(flagship) + " bytes");
      List<String> errors = new ArrayList<>();
      for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
        if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
          errors.add(e.getLevel() + " " + e.getMessage());
        }
      }
      assertEquals(List.of(), errors, "no console error or warning in " + name);
      assertEquals(42, driver.findElements(By.cssSelector("#ranking-table tbody tr")).size(), "the 42 synthetic provinces");
      Files.write(dir.resolve("flagship-" + name.replace(".html", ".png")), driver.getScreenshotAs(OutputType.BYTES));
    }
  }

  @Test
  void clickingAColumnHeaderReordersTheTable() {
    open(report(), "sort.html");
    WebElement indexHeader = driver.findElement(By.cssSelector("#ranking-table th[data-col='5']"));
    indexHeader.click();
    List<Double> ascending = column(5);
    List<Double> sorted = new ArrayList<>(ascending);
    sorted.sort(null);
    assertEquals(sorted, ascending, "first click: ascending index");
    assertEquals(ReportFixture.AREAS, ascending.size());
    indexHeader.click();
    List<Double> descending = column(5);
    List<Double> reversed = new ArrayList<>(sorted);
    java.util.Collections.reverse(reversed);
    assertEquals(reversed, descending, "second click: descending index");
    // a pillar column, whose order differs from the index's
    driver.findElement(By.cssSelector("#ranking-table th[data-col='7']")).click();
    List<Double> byPillar = column(7);
    List<Double> expected = new ArrayList<>();
    String pillar = last().runs().get(last().root()).children().get(1);
    for (String area : last().areas()) {
      expected.add(last().score(pillar, area));
    }
    expected.sort(null);
    assertEquals(expected, byPillar, "ascending " + pillar + " scores, the column's pillar");
  }

  private static List<Double> column(int col) {
    List<Double> values = new ArrayList<>();
    for (WebElement row : driver.findElements(By.cssSelector("#ranking-table tbody tr"))) {
      if (row.isDisplayed()) {
        values.add(Double.parseDouble(row.findElements(By.tagName("td")).get(col).getAttribute("data-value")));
      }
    }
    return values;
  }

  @Test
  void choosingAMilitaryRegionFiltersTheTable() {
    open(report(), "filter.html");
    new Select(driver.findElement(By.id("filter-region"))).selectByVisibleText("Region 1");
    List<String> shown = new ArrayList<>();
    for (WebElement row : driver.findElements(By.cssSelector("#ranking-table tbody tr"))) {
      if (row.isDisplayed()) {
        shown.add(row.getAttribute("data-area"));
      }
    }
    List<String> expected = fixture.hierarchy.descendantsAt("R1", AreaLevel.PROVINCE).stream().map(a -> a.id()).toList();
    assertEquals(expected.stream().sorted().toList(), shown.stream().sorted().toList(), "Region 1's provinces, P1, P4, P7, P10");
    new Select(driver.findElement(By.id("filter-region"))).selectByIndex(0);
    assertEquals(ReportFixture.AREAS, driver.findElements(By.cssSelector("#ranking-table tbody tr")).stream()
        .filter(WebElement::isDisplayed).count(), "'all' shows every area again");
  }

  @Test
  void hoveringABarShowsTheAreasScoreRankAndPillarContributions() {
    open(report(), "hover.html");
    String best = last().ranking(last().root()).get(0);
    String text = hoverTopBar(best);
    String name = fixture.hierarchy.area(best).name();
    assertTrue(text.contains(name + " (" + best + ")"), "name and code: " + text);
    assertTrue(text.contains("Index: " + String.format(Locale.ROOT, "%.1f", last().score(last().root(), best))), text);
    assertTrue(text.contains("Rank: 1"), text);
    assertTrue(text.contains("Contributions of the pillars") && text.contains("Political: "), text);
    assertFalse(text.contains("Rank interval"), "no interval without an uncertainty run");
  }

  @Test
  void withAnUncertaintyRunTheTooltipGivesTheRankInterval() {
    ScoringPipeline pipeline = ScoringPipeline.builder()
        .framework(DefaultFramework.of(IndicatorCatalogue.builtIn(), AreaLevel.PROVINCE)).build();
    MonteCarlo.Result mc = MonteCarlo.run(pipeline, fixture.dataset, last().year(), UncertaintyPlan.builder().replications(40)
        .weights(UncertaintyPlan.WeightRange.of(0.5, 1.5)).build(), null, null);
    open(report().withUncertainty(mc), "interval.html");
    String best = last().ranking(last().root()).get(0);
    MonteCarlo.NodeRanks ranks = mc.nodes().get(last().root());
    int i = last().areas().indexOf(best);
    long lo = Math.round(ranks.percentiles()[0][i]);
    long hi = Math.round(ranks.percentiles()[ranks.percentiles().length - 1][i]);
    String text = hoverTopBar(best);
    assertTrue(text.contains("Rank interval: " + lo + "–" + hi), "the lowest to the highest percentile rank: " + text);
  }

  /** Moves the mouse over the top bar of the ranking chart (the best area's) and returns the tooltip's text. */
  private static String hoverTopBar(String best) {
    WebElement chart = driver.findElement(By.id("chart-ranking"));
    // the best area's bar is the top category; ECharts converts its value to page pixels
    @SuppressWarnings("unchecked")
    List<Number> px = (List<Number>) js("var c = echarts.getInstanceByDom(arguments[0]);"
        + "return c.convertToPixel({seriesIndex: 0}, [arguments[1] / 2, POTENTIA.areas.length - 1]);", chart,
        last().score(last().root(), best));
    int dx = (int) Math.round(px.get(0).doubleValue() - chart.getSize().getWidth() / 2.0);
    int dy = (int) Math.round(px.get(1).doubleValue() - chart.getSize().getHeight() / 2.0);
    new Actions(driver).moveToElement(chart, dx, dy).perform();
    WebElement tip = new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElements(By.cssSelector(".potentia-tip"))
        .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    return tip.getText();
  }

  @Test
  void clickingAnAreaOpensItsProfile() {
    open(report(), "profile.html");
    String third = last().ranking(last().root()).get(2);
    WebElement row = driver.findElement(By.cssSelector("#ranking-table tr[data-area='" + third + "']"));
    row.findElement(By.className("area-link")).click();
    WebElement profile = driver.findElement(By.id("profile"));
    assertTrue(profile.isDisplayed(), "the profile opens");
    String name = fixture.hierarchy.area(third).name();
    assertEquals("Profile: " + name + " (" + third + ")", driver.findElement(By.id("profile-name")).getText());
    assertEquals(2, driver.findElements(By.cssSelector("#profile-strengths li")).size(), "two strongest pillars");
    assertEquals(2, driver.findElements(By.cssSelector("#profile-weaknesses li")).size(), "two weakest pillars");
    // the strongest pillar is the one the area ranks best in
    String strongest = null;
    for (String p : last().runs().get(last().root()).children()) {
      if (strongest == null || last().rank(p, third) < last().rank(strongest, third)) {
        strongest = p;
      }
    }
    String first = driver.findElement(By.cssSelector("#profile-strengths li")).getText();
    assertTrue(first.startsWith(Labels.of("en").textOr("pillar." + strongest, strongest) + ": "), first);
    assertFalse(driver.findElements(By.cssSelector("#profile-pillars svg")).isEmpty(), "the pillars chart is drawn");
    assertFalse(driver.findElements(By.cssSelector("#profile-trend svg")).isEmpty(), "the trend is drawn");
  }

  @Test
  void theMapDrawsOneShapePerAreaColouredByItsScore() {
    open(report(), "map.html");
    // the shapes ECharts drew for the map series, each with its area's fill
    @SuppressWarnings("unchecked")
    Map<String, String> fills = (Map<String, String>) js("var c = echarts.getInstanceByDom(document.getElementById('chart-map'));"
        + "var d = c.getModel().getSeriesByIndex(0).getData(); var out = {};"
        + "for (var i = 0; i < d.count(); i++) { out[d.getName(i)] = d.getItemVisual(i, 'style').fill; } return out;");
    assertEquals(ReportFixture.AREAS, fills.size(), "a shape per area");
    long drawn = (Long) js("return document.querySelectorAll('#chart-map svg path').length");
    assertTrue(drawn >= ReportFixture.AREAS, "at least a path per area: " + drawn);
    String best = last().ranking(last().root()).get(0);
    String worst = last().ranking(last().root()).get(ReportFixture.AREAS - 1);
    assertEquals("rgba(253,231,37,1)", fills.get(best).replace(" ", ""), "the best area at the top of the viridis scale, #fde725");
    assertEquals("rgba(68,1,84,1)", fills.get(worst).replace(" ", ""), "the worst area at its bottom, #440154");
    assertTrue(driver.findElement(By.id("map-missing")).getText().endsWith(": none"), "no area lacks a shape");
  }

  @Test
  void theVietnamesePageShowsVietnameseHeadingsAndDecimalCommas() throws Exception {
    open(report().withLanguage("vi"), "vi.html");
    assertEquals("vi", driver.findElement(By.tagName("html")).getAttribute("lang"));
    assertEquals("Khám phá bảng xếp hạng", driver.findElement(By.cssSelector("#explore h2")).getText());
    assertEquals("Quân khu", driver.findElement(By.cssSelector("#ranking-table th[data-col='2']")).getText());
    String best = last().ranking(last().root()).get(0);
    String index = driver.findElement(By.cssSelector("#ranking-table tr[data-area='" + best + "'] td:nth-child(6)")).getText();
    assertEquals(String.format(Locale.ROOT, "%.1f", last().score(last().root(), best)).replace('.', ','), index,
        "a decimal comma");
    Files.write(dir.resolve("report-vi.png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void theVietnamesePageShowsVietnameseHeadingsInEverySection() throws Exception {
    open(EverySectionReport.of(fixture).withLanguage("vi"), "every-section-vi.html");
    Labels vi = Labels.of("vi");
    int year = last().year();
    assertEquals(List.of(vi.text("explore.heading"), vi.format("h.rollup", vi.text("level.military-region")), vi.text("h.strengths"),
        vi.text("h.uncertainty"), vi.text("h.sensitivity"), vi.text("h.roadmap"), vi.text("h.classes") + ", " + year,
        vi.format("h.audit", year), vi.format("h.budget", year), vi.text("h.mobilisation"), vi.text("h.works"),
        vi.text("h.methodology")), texts("h2"), "every section's heading, in Vietnamese and in the report's order");
    assertEquals(List.of("Chỉ số theo quân khu (trung bình có trọng số dân số)", "Trụ cột mạnh nhất và yếu nhất",
        "Phân loại sẵn sàng, " + year, "Động viên cho năm đầu chiến tranh", "Lộ trình xây dựng công trình phòng thủ"),
        List.of(texts("h2").get(1), texts("h2").get(2), texts("h2").get(6), texts("h2").get(9), texts("h2").get(10)),
        "written out, so that a wrong bundle cannot pass for itself");
    assertTrue(texts("#audit h3").containsAll(List.of(vi.text("audit.agree"), vi.text("audit.matter"))), texts("#audit h3").toString());
    assertEquals(List.of("Địa bàn", "Hạng", "Trụ cột mạnh nhất", "Trụ cột yếu nhất"), texts("#strengths th"));
    assertEquals(vi.text("col.area"), texts("#mobilisation th").get(0));
    assertEquals("Hướng Bắc", Labels.of("vi").direction("north"), "directions by name");
    Files.write(dir.resolve("report-vi-every-section.png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  private static List<String> texts(String css) {
    return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  @Test
  void everyChartNamesATableOfItsDataBesideIt() {
    open(EverySectionReport.of(fixture), "every-section.html");
    // open a profile, whose two charts are drawn only then
    driver.findElement(By.cssSelector("#ranking-table .area-link")).click();
    @SuppressWarnings("unchecked")
    List<Object> found = (List<Object>) js("var out = [], charts = document.querySelectorAll('.chart');"
        + "charts.forEach(function (c) { var id = c.getAttribute('data-table'), t = id && document.getElementById(id);"
        + "  if (!t || t.tagName !== 'TABLE' || t.rows.length < 2) { out.push((c.id || c.getAttribute('class')) + ' -> ' + id); } });"
        + "return [charts.length, out];");
    long charts = (Long) found.get(0);
    long audits = driver.findElements(By.cssSelector("svg[id^='audit-corr-']")).size();
    // ranking, map, three regions' trends, the profile's two, roll-up, rank intervals, Sobol, audit weights, budget, works
    assertEquals(13 + audits, charts, "every chart of the page counted");
    assertEquals(List.of(), found.get(1), "charts without a data table");
  }

  @Test
  void thePrintStyleShowsTheDataTablesAndHidesTheControls() {
    open(EverySectionReport.of(fixture), "print.html");
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      js("window.dispatchEvent(new Event('beforeprint'))");
      assertEquals(0L, js("return Array.prototype.filter.call(document.querySelectorAll('details.data'), function (d) {"
          + " return !d.open || d.querySelector('table').offsetHeight === 0; }).length"), "every data table shown");
      assertTrue((Long) js("return document.querySelectorAll('details.data').length") > 10L);
      for (String control : List.of(".filters", "#map-layer")) {
        assertEquals("none", js("return getComputedStyle(document.querySelector(arguments[0])).display", control), control);
      }
      js("window.dispatchEvent(new Event('afterprint'))");
      assertEquals(0L, js("return document.querySelectorAll('details.data[open]').length"), "closed again after printing");
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }
}
