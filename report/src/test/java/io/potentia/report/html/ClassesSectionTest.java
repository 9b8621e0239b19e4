package io.potentia.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.area.AreaLevel;
import io.potentia.scoring.result.ReportFixture;
import io.potentia.scoring.result.ScoreReport;
import io.potentia.scoring.analysis.readiness.AreaClasses;
import io.potentia.scoring.sort.Assignment;
import io.potentia.scoring.analysis.readiness.ClassScheme;
import io.potentia.scoring.analysis.readiness.NodeThresholds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The report's readiness classes: the ranking's bars take their area's class colour, and a table says why. */
class ClassesSectionTest {
  private static final Pattern BAR = Pattern.compile("<rect class=\"bar\" [^>]* fill=\"([^\"]+)\"><title>([^:<]*):[^<]*</title>");

  private final ReportFixture fixture = new ReportFixture();
  private final ScoreReport last = fixture.reports.get(fixture.reports.size() - 1);

  /** Three classes on the index alone, bounded at its 25th and 75th percentiles among the fixture's areas. */
  private AreaClasses classes(ScoreReport report) {
    double[] s = report.scores(report.root()).clone();
    java.util.Arrays.sort(s);
    return ClassScheme.builder().method("conjunctive").categories(List.of("weak", "fair", "strong"))
        .criteria(List.of(NodeThresholds.of(report.root(), List.of(s[3], s[9])))).build().classify(report);
  }

  private HtmlReport report() {
    return new HtmlReport("classes", fixture.reports, fixture.hierarchy, AreaLevel.MILITARY_REGION, List.of("seeded"));
  }

  @Test
  void eachBarOfTheRankingTakesItsAreasClassColour() throws Exception {
    AreaClasses classes = classes(last);
    String page = report().withClasses(classes).html();
    int from = page.indexOf("const POTENTIA=") + "const POTENTIA=".length();
    JsonNode data = new ObjectMapper().readTree(page.substring(from, page.indexOf(";</script>", from)));
    int bars = 0;
    for (JsonNode area : data.get("areas")) {
      Assignment a = classes.of(area.get("id").asText()).orElseThrow();
      assertEquals(Svg.scale(a.index() / 2.0), area.get("colour").asText(), area.get("id") + " in " + a.category());
      assertEquals("class " + a.category(), area.get("class").asText(), "the class in the tooltip");
      bars++;
    }
    assertEquals(ReportFixture.AREAS, bars);
    assertTrue(page.contains("weak (3)") && page.contains("fair (6)") && page.contains("strong (3)"), "the legend counts");
    assertTrue(page.indexOf("id=\"class-legend\"") > page.indexOf("id=\"chart-ranking\""), "the legend under the chart");
  }

  @Test
  void theTableListsEveryAreaWithWhatKeepsItFromTheNextClass() {
    AreaClasses classes = classes(last);
    String page = report().withClasses(classes).html();
    String table = page.substring(page.indexOf("<table id=\"classes\">"), page.indexOf("</table>", page.indexOf("<table id=\"classes\">")));
    assertEquals(ReportFixture.AREAS, table.split("<tr><td title=").length - 1);
    String weakest = last.ranking(last.root()).get(ReportFixture.AREAS - 1);
    assertTrue(table.contains("<tr><td title=\"" + weakest + "\">" + fixture.hierarchy.area(weakest).name()
        + "</td><td style=\"background:" + Svg.scale(0) + ";color:#ffffff\">weak</td><td>Index "), table);
    assertEquals(3, table.split("\\(best class\\)").length - 1, table);
  }

  @Test
  void classesOfAnotherYearAreRefused() {
    AreaClasses earlier = classes(fixture.reports.get(0));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> report().withClasses(earlier));
    assertEquals("classes: the classes are of 2020, the report's last year 2022", e.getMessage());
  }
}
