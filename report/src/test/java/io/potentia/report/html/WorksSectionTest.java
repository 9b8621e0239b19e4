package io.potentia.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.area.AreaLevel;
import io.potentia.scoring.result.ReportFixture;
import io.potentia.scoring.analysis.planning.works.Stage;
import io.potentia.scoring.analysis.planning.works.StageKind;
import io.potentia.scoring.analysis.planning.works.Work;
import io.potentia.scoring.analysis.planning.works.WorkKind;
import io.potentia.scoring.analysis.planning.works.WorksPlanner;
import io.potentia.scoring.analysis.planning.works.WorksProblem;
import io.potentia.scoring.analysis.planning.works.WorksSchedule;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The works section of the HTML report on the hand-worked plan of WorksPlannerTest (HQ accepted in
 * 2027 after 3 stages, SH in 2027, CB unfunded for budget).
 */
class WorksSectionTest {
  static WorksSchedule schedule() {
    WorksProblem p = new WorksProblem(2025, new TreeMap<>(Map.of(2025, 10.0, 2026, 10.0, 2027, 10.0)), List.of(
        new Work("HQ", null, WorkKind.HEADQUARTERS, "A", 1, List.of(new Stage(StageKind.DESIGN, 4, 0),
            new Stage(StageKind.IMPLEMENTATION, 12, 1), new Stage(StageKind.ACCEPTANCE, 0, 0)), Set.of(), Map.of()),
        new Work("CB", null, WorkKind.COMBAT_BASE, "A", 2, List.of(new Stage(StageKind.IMPLEMENTATION, 8, 1),
            new Stage(StageKind.ACCEPTANCE, 0, 0)), Set.of(), Map.of()),
        new Work("SH", null, WorkKind.SHELTER, "A", null, List.of(new Stage(StageKind.ACCEPTANCE, 6, 0)), Set.of(), Map.of())));
    return WorksPlanner.plan(p, WorksPlanner.Method.EXACT, a -> a.size());
  }

  @Test
  void theGanttChartDrawsOneBarPerStagePaidAndADiamondPerAcceptedWork() {
    String html = new WorksSection(schedule()).html(Labels.of("en"));
    assertEquals(4, count(html, "<rect[^>]*class=\"stage\""), "HQ's three stages and SH's one");
    assertEquals(2, count(html, "<polygon[^>]*class=\"accepted\""), "HQ and SH");
    assertTrue(html.contains("HQ: implementation, paid 2026 (12.00), ends 2026"), html);
    assertTrue(html.contains("CB (unfunded)"), html);
    assertTrue(html.contains("<td>CB</td><td title=\"BUDGET\">budget</td>"), html);
    assertTrue(html.contains("<tr><td>HQ</td><td>implementation</td><td class=\"num\">2026</td><td class=\"num\">12.00</td>"
        + "<td class=\"num\">2026</td><td class=\"num\">2027</td></tr>"), "the stages as a data table: " + html);
  }

  @Test
  void withWorksAddsTheSectionAndLaterSectionsKeepIt() {
    ReportFixture fixture = new ReportFixture();
    String html = new HtmlReport("Works", fixture.reports, fixture.hierarchy, AreaLevel.MILITARY_REGION, List.of("test"))
        .withWorks(schedule()).withSensitivity(null).html();
    assertTrue(html.contains("id=\"works-gantt\"") && html.contains("Defensive works roadmap"), "section present");
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
