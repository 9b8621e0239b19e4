package io.potentia.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.area.AreaLevel;
import io.potentia.scoring.analysis.budget.BudgetAdequacy;
import io.potentia.scoring.result.ReportFixture;
import io.potentia.scoring.result.ScoreReport;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The report's budget adequacy, on the hand-worked line of {@code BudgetAdequacyTest}: x = 10 to 50,
 * spending 8, 10, 17, 24, 26, fitted 2 + 0.5 x; the second area under-spends and the fourth
 * over-spends at threshold 1.
 */
class BudgetSectionTest {
  private static final Pattern DOT = Pattern.compile(
      "<(circle|rect) class=\"area (\\w+)\" [^>]*fill=\"([^\"]+)\"><title>[^<(]* \\(([^)]+)\\):");
  private static final Pattern FIT = Pattern.compile("<line x1=\"([^\"]+)\" y1=\"([^\"]+)\" x2=\"([^\"]+)\" y2=\"([^\"]+)\" stroke=\"#444\"/>");

  private final ReportFixture fixture = new ReportFixture();
  private final ScoreReport last = fixture.reports.get(fixture.reports.size() - 1);

  private HtmlReport report() {
    return new HtmlReport("budget", fixture.reports, fixture.hierarchy, AreaLevel.MILITARY_REGION, List.of("seeded"));
  }

  private BudgetAdequacy.Result result(List<String> areas) {
    return BudgetAdequacy.assess(areas, new double[] {10, 20, 30, 40, 50}, new double[] {8, 10, 17, 24, 26}, 1, List.of());
  }

  @Test
  void theScatterColoursUnderAndOverSpendingAndTheTableListsThemLargestGapFirst() {
    List<String> areas = last.areas().subList(0, 5);
    String page = report().withBudgetAdequacy(result(areas), "economic.spending", "economic").html();
    Matcher dot = DOT.matcher(page);
    List<String> seen = new ArrayList<>();
    while (dot.find()) {
      seen.add(dot.group(4) + "=" + dot.group(2) + "/" + dot.group(3) + "/" + dot.group(1));
    }
    assertEquals(List.of(areas.get(0) + "=squared/#999999/circle", areas.get(1) + "=under/#d55e00/rect",
        areas.get(2) + "=squared/#999999/circle", areas.get(3) + "=over/#0072b2/circle", areas.get(4) + "=squared/#999999/circle"),
        seen, "under-spending a vermillion square, over-spending a blue circle: told apart without colour too");
    assertEquals(1 + 5, page.substring(page.indexOf("<table id=\"budget-scatter-data\">"),
        page.indexOf("</table>", page.indexOf("<table id=\"budget-scatter-data\">"))).split("<tr>").length - 1,
        "every point in the data table");
    String table = page.substring(page.indexOf("<table id=\"budget\">"));
    assertTrue(table.indexOf(areas.get(1)) < table.indexOf(areas.get(3)), "the tie in |gap| keeps the areas' order");
    assertTrue(!table.substring(0, table.indexOf("</table>")).contains(areas.get(0)), "a squared area is not listed");
  }

  @Test
  void theFittedLineRunsCornerToCornerWhenItSpansTheSpendingRange() {
    // the fitted spending at x = 10 and 50 is 7 and 27, the lowest and highest y plotted, so the line
    // runs from the plot's bottom-left corner (60, 320) to its top-right corner (548, 12)
    String page = report().withBudgetAdequacy(result(last.areas().subList(0, 5)), "economic.spending", "economic").html();
    Matcher fit = FIT.matcher(page);
    assertTrue(fit.find(), "a fitted line");
    assertEquals("60.0,320.0,548.0,12.0", fit.group(1) + "," + fit.group(2) + "," + fit.group(3) + "," + fit.group(4));
  }

  @Test
  void refusesAnAreaTheReportDoesNotHold() {
    List<String> areas = new ArrayList<>(last.areas().subList(0, 4));
    areas.add("NOWHERE");
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> report().withBudgetAdequacy(result(areas), "economic.spending", "economic"));
    assertTrue(e.getMessage().contains("area 'NOWHERE' is assessed but not in the report"), e.getMessage());
  }
}
