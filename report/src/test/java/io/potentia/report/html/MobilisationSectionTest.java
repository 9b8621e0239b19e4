package io.potentia.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.area.AreaLevel;
import io.potentia.scoring.result.ReportFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's mobilisation section, on a hand-made result of two areas, two categories and two phases. */
class MobilisationSectionTest {
  private final ReportFixture fixture = new ReportFixture();

  private String page() {
    return new HtmlReport("mobilisation", fixture.reports, fixture.hierarchy, AreaLevel.MILITARY_REGION, List.of("seeded"))
        .withMobilisation(MobilisationSectionFixture.result()).html();
  }

  @Test
  void eachCellShowsTheWeakestCategorysShareMetAfterSupportAndAlone() {
    String page = page();
    String table = page.substring(page.indexOf("<table id=\"mobilisation\">"), page.indexOf("</table>",
        page.indexOf("<table id=\"mobilisation\">")));
    // A in 0-3: personnel 40%, transport 50%: the weakest is personnel
    assertTrue(table.contains("background:" + Svg.scale(0.4) + ";color:#ffffff\"") && table.contains(">40% (40%)</td>"), table);
    // A in 3-6: both met after support; alone, personnel met 80%
    assertTrue(table.contains(">100% (80%)</td>"), table);
    // B never meets transport
    assertTrue(table.contains("<td title=\"B\">B</td>") && table.contains(">0% (0%)</td><td>never</td><td>never</td>"), table);
    assertTrue(table.contains("<td>3-6</td><td>never</td>"), "A is first met in 3-6 only with support: " + table);
  }

  @Test
  void theFlowsTableListsEveryFlow() {
    String page = page();
    String flows = page.substring(page.indexOf("<table id=\"mobilisation-flows\">"));
    assertTrue(flows.contains("<td>personnel</td><td>3-6</td><td title=\"B\">B</td><td title=\"A\">A</td><td class=\"num\">20.00</td>"
        + "<td class=\"num\">60.00</td>"), flows);
    assertEquals(1, flows.substring(0, flows.indexOf("</table>")).split("<tr><td>", -1).length - 1);
  }
}
