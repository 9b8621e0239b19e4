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
  void eachBarOfTheRankingTakesItsAreasClassColour() {
    AreaClasses classes = classes(last);
    String page = report().withClasses(classes).html();
    String ranking = page.substring(page.indexOf("id=\"ranking\""), page.indexOf("</svg>", page.indexOf("id=\"ranking\"")));
    Matcher m = BAR.matcher(ranking);
    int bars = 0;
    while (m.find()) {
      String area = m.group(2).replaceFirst("^\\d+\\. ", "");
      Assignment a = classes.of(area).orElseThrow();
      assertEquals(Svg.scale(a.index() / 2.0), m.group(1), area + " in " + a.category());
      bars++;
    }
    assertEquals(ReportFixture.AREAS, bars);
    assertTrue(page.contains("weak (3)") && page.contains("fair (6)") && page.contains("strong (3)"), "the legend counts");
  }

  @Test
  void theTableListsEveryAreaWithWhatKeepsItFromTheNextClass() {
    AreaClasses classes = classes(last);
    String page = report().withClasses(classes).html();
    String table = page.substring(page.indexOf("<table id=\"classes\">"), page.indexOf("</table>", page.indexOf("<table id=\"classes\">")));
    assertEquals(ReportFixture.AREAS, table.split("<tr><td>").length - 1);
    String weakest = last.ranking(last.root()).get(ReportFixture.AREAS - 1);
    assertTrue(table.contains("<tr><td>" + weakest + "</td><td style=\"background:" + Svg.scale(0) + "\">weak</td><td>index "),
        table);
    assertEquals(3, table.split("\\(best class\\)").length - 1, table);
  }

  @Test
  void classesOfAnotherYearAreRefused() {
    AreaClasses earlier = classes(fixture.reports.get(0));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> report().withClasses(earlier));
    assertEquals("classes: the classes are of 2020, the report's last year 2022", e.getMessage());
  }
}
