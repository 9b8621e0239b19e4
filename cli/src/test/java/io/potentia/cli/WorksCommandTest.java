package io.potentia.cli;

import static io.potentia.cli.PotentiaCliTest.DATA;
import static io.potentia.cli.PotentiaCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code potentia works} on the bundled synthetic works plan, and on broken copies of it. */
class WorksCommandTest {
  private static final Path PLAN = DATA.resolve("works-synthetic.json");

  private static PotentiaCliTest.Run works(String... extra) {
    List<String> args = new ArrayList<>(List.of("works", "--data", DATA.resolve("synthetic-dataset.csv").toString(),
        "--hierarchy", DATA.resolve("synthetic-areas.json").toString(), "--level", "province"));
    args.addAll(List.of(extra));
    return run(args.toArray(String[]::new));
  }

  @Test
  void theBundledPlanAcceptsEveryEssentialWorkAndWritesTheScheduleAndPayments(@TempDir Path dir) throws Exception {
    for (String method : new String[] {"EXACT", "LIST"}) {
      PotentiaCliTest.Run r = works("--plan", PLAN.toString(), "--method", method, "--out", dir.resolve(method).toString());
      assertEquals(0, r.code(), r.err());
      JsonNode s = r.json();
      JsonNode tier1 = s.get("tiers").get(0);
      assertEquals(1, tier1.get("tier").asInt());
      assertEquals(0, tier1.get("unaccepted").asInt(), s.toString());
      JsonNode path = s.get("indexPath");
      for (int i = 1; i < path.size(); i++) { // every effect in the plan raises its indicator, so the index never falls
        assertTrue(path.get(i).get("value").asDouble() >= path.get(i - 1).get("value").asDouble() - 1e-12, s.toString());
      }
      java.util.List<String> payments = Files.readAllLines(dir.resolve(method).resolve("works-payments.csv"));
      assertEquals("year,work,stage,cost,end_year", payments.get(0));
      assertEquals(s.get("payments").size() + 1, payments.size(), "one row per stage paid");
      JsonNode first = s.get("payments").get(0);
      assertEquals(first.get("year").asInt() + "," + first.get("work").asText() + "," + first.get("stage").asText(),
          payments.get(1).substring(0, payments.get(1).indexOf(',', payments.get(1).indexOf(',', payments.get(1).indexOf(',') + 1) + 1)));
      assertTrue(Files.exists(dir.resolve(method).resolve("works-schedule.json")));
    }
  }

  @Test
  void theReportCommandDrawsTheWorksGanttChart(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("report.html");
    PotentiaCliTest.Run r = run("report", "--data", DATA.resolve("synthetic-dataset.csv").toString(), "--hierarchy",
        DATA.resolve("synthetic-areas.json").toString(), "--level", "province", "--out", html.toString(), "--works",
        PLAN.toString(), "--works-method", "LIST");
    assertEquals(0, r.code(), r.err());
    String page = Files.readString(html);
    assertTrue(page.contains("id=\"works-gantt\"") && page.contains("p01-headquarters"), "Gantt chart in the report");
  }

  @Test
  void aCycleANegativeCostAndAnUnknownAreaExitTwoNamingTheWorkAndField(@TempDir Path dir) throws Exception {
    String plan = Files.readString(PLAN);
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, plan.replace("\"tier\": 1,\n     \"stages\": [{\"kind\": \"SURVEY\", \"cost\": 4",
        "\"tier\": 1, \"dependsOn\": [\"p01-combat-base\"],\n     \"stages\": [{\"kind\": \"SURVEY\", \"cost\": 4")
        .replace("\"cost\": 45", "\"cost\": -45"));
    PotentiaCliTest.Run r = works("--plan", bad.toString());
    assertEquals(Potentia.BAD_INPUT, r.code());
    assertTrue(r.err().contains("works.p02-headquarters.stages[1].cost") && r.err().contains("-45.0"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace");

    Files.writeString(bad, plan.replace("\"tier\": 1,\n     \"stages\": [{\"kind\": \"SURVEY\", \"cost\": 4",
        "\"tier\": 1, \"dependsOn\": [\"p01-combat-base\"],\n     \"stages\": [{\"kind\": \"SURVEY\", \"cost\": 4"));
    r = works("--plan", bad.toString());
    assertEquals(Potentia.BAD_INPUT, r.code());
    assertTrue(r.err().contains("works.p01-headquarters.dependsOn") && r.err().contains("lead back"), r.err());

    Files.writeString(bad, plan.replace("\"area\": \"SYN-P03\", \"tier\": 1", "\"area\": \"SYN-X99\", \"tier\": 1")
        .replace("\"2024\": 60", "\"2023\": 5, \"2024\": 60"));
    r = works("--plan", bad.toString());
    assertEquals(Potentia.BAD_INPUT, r.code());
    assertTrue(r.err().contains("budget.2023"), r.err());
    Files.writeString(bad, plan.replace("\"area\": \"SYN-P03\", \"tier\": 1", "\"area\": \"SYN-X99\", \"tier\": 1"));
    r = works("--plan", bad.toString());
    assertEquals(Potentia.BAD_INPUT, r.code());
    assertTrue(r.err().contains("works.p03-key-defensive-area.area") && r.err().contains("SYN-X99"), r.err());
  }
}
