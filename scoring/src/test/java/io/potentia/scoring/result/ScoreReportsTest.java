package io.potentia.scoring.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.potentia.scoring.result.ReportFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report as JSON and as CSV holds every node's scores, ranks, weights and contributions, and every stage. */
class ScoreReportsTest {
  private static ReportFixture fixture;

  @BeforeAll
  static void score() {
    fixture = new ReportFixture();
  }

  @Test
  void theJsonTreeHoldsEveryNodeWithItsScoresRanksWeightsAndContributions() {
    ScoreReport r = fixture.reports.get(fixture.reports.size() - 1);
    JsonNode json = ScoreReports.toJson(r);
    assertEquals(r.year(), json.get("year").asInt());
    assertEquals(r.frameworkId(), json.get("framework").asText());
    assertEquals(r.tiePolicy().name(), json.get("tiePolicy").asText());
    assertEquals(r.inputHash(), json.get("inputHash").asText());
    assertEquals(r.areas().size(), json.get("areas").size());
    assertEquals(r.areas().get(3), json.get("areas").get(3).asText());
    assertEquals(r.nodes().size(), json.get("nodes").size());
    int inner = 0;
    for (JsonNode n : json.get("nodes")) {
      String id = n.get("id").asText();
      NodeRun run = r.runs().get(id);
      assertEquals(run.strategy(), n.get("strategy").asText());
      assertEquals(run.indicator() != null, n.has("indicator"), id);
      assertEquals(!run.children().isEmpty(), n.has("weights"), id);
      assertEquals(!run.children().isEmpty(), n.has("contributions"), id);
      assertEquals(!run.notes().isEmpty(), n.has("notes"), id);
      for (int a = 0; a < r.areas().size(); a++) {
        assertEquals(r.scores(id)[a], n.get("scores").get(a).asDouble(), 0, id);
        assertEquals(r.ranks(id)[a], n.get("ranks").get(a).asDouble(), 0, id);
      }
      if (!run.children().isEmpty()) {
        inner++;
        assertEquals(run.weighting(), n.get("weighting").asText());
        for (int c = 0; c < run.children().size(); c++) {
          assertEquals(run.weights().get(c), n.get("weights").get(run.children().get(c)).asDouble(), 0);
        }
        assertEquals(r.areas().size(), n.get("contributions").size());
        String area = r.areas().get(0);
        r.contributions(id, area).forEach((child, share) ->
            assertEquals(share, n.get("contributions").get(0).get(child).asDouble(), 0, id + " " + child));
      }
    }
    assertTrue(inner >= 8, "the index, its pillars and sub-pillars");
    for (Stage stage : Stage.values()) {
      JsonNode table = json.get("stages").get(stage.name().toLowerCase(java.util.Locale.ROOT));
      assertEquals(r.indicators().size(), table.size(), stage.name());
      String first = r.indicators().get(0);
      assertEquals(r.stage(stage, first)[5], table.get(first).get(5).asDouble(), 0, stage + " " + first);
    }
    assertTrue(json.get("imputed").isArray() && json.get("gaps").isArray());
    assertEquals("min-max", json.get("spec").get("normalisation").get("name").asText());
  }
}
