package io.potentia.scoring.result;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.potentia.core.InvalidInputException;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.core.data.Observation;
import io.potentia.core.framework.DefaultFramework;
import io.potentia.core.framework.Framework;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.spec.StrategySpec;
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

  @Test
  void aReportReadBackAnswersAsTheWrittenOneAndItsSpecReproducesIt(@TempDir Path dir) {
    Dataset.Builder gappy = Dataset.builder().label("the fixture with three values missing");
    List<Observation> all = fixture.dataset.observations();
    for (int i = 0; i < all.size(); i++) {
      if (i % 97 != 5) {
        gappy.add(all.get(i));
      }
    }
    Dataset data = gappy.build();
    Framework framework = DefaultFramework.of(IndicatorCatalogue.builtIn(), AreaLevel.PROVINCE);
    StrategySpec spec = StrategySpec.builder().imputation(StepSpec.of("mean")).scenario("wartime").seed(7)
        .putOverride(framework.root().id(), StrategySpec.NodeOverride.builder().aggregation(StepSpec.of("median")).build())
        .build();
    ScoreReport written = ScoringPipeline.builder().framework(framework).spec(spec).build().score(data, 2021);
    assertFalse(written.imputed().isEmpty(), "the case imputes, so the trace is exercised");
    Path file = dir.resolve("report.json");
    ScoreReports.writeJson(written, file);

    ScoreReport read = ScoreReports.read(file);
    assertSameReport(written, read);
    ScoreReport again = ScoringPipeline.builder().framework(framework).spec(read.spec()).build().score(data, 2021);
    assertSameReport(read, again);
  }

  @Test
  void aDamagedReportFileIsRefusedWithEveryProblemInOneError(@TempDir Path dir) throws Exception {
    ObjectNode json = ScoreReports.toJson(fixture.reports.get(0));
    json.remove("year");
    json.put("tiePolicy", "BEST");
    ((ArrayNode) json.get("nodes").get(0).get("scores")).remove(0);
    ((ObjectNode) json.get("stages")).remove("treated");
    ObjectNode root = (ObjectNode) json.get("nodes").get(json.get("nodes").size() - 1);
    ((ArrayNode) json.get("nodes")).insert(0, root.deepCopy());
    Path file = dir.resolve("damaged.json");
    PotentiaJson.write(file, json);

    InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScoreReports.read(file));
    String message = e.getMessage();
    assertTrue(message.contains(file + ": year: missing"), message);
    assertTrue(message.contains("tiePolicy: 'BEST' is not one of"), message);
    assertTrue(message.contains("nodes[1].scores: 11 values where the report has 12 areas"), message);
    assertTrue(message.contains("stages.treated: missing"), message);
    assertTrue(message.contains("nodes[0].weights.") && message.contains("is not a node listed before it"), message);
    assertTrue(message.contains("appears twice"), message);
  }

  @Test
  void aRankThatDisagreesWithTheScoresIsNamed(@TempDir Path dir) {
    ScoreReport r = fixture.reports.get(0);
    ObjectNode json = ScoreReports.toJson(r);
    int area = r.areas().indexOf(r.ranking(r.root()).get(0));
    ((ArrayNode) json.get("nodes").get(r.nodes().size() - 1).get("ranks")).set(area, 2.0);
    Path file = dir.resolve("edited.json");
    PotentiaJson.write(file, json);

    InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScoreReports.read(file));
    assertTrue(e.getMessage().contains("nodes[" + (r.nodes().size() - 1) + "].ranks[" + area + "]: rank 2.0 of area '"
        + r.areas().get(area) + "' disagrees with its score's rank 1.0"), e.getMessage());
  }

  private static void assertSameReport(ScoreReport expected, ScoreReport actual) {
    assertEquals(expected.year(), actual.year());
    assertEquals(expected.frameworkId(), actual.frameworkId());
    assertEquals(expected.tiePolicy(), actual.tiePolicy());
    assertEquals(expected.inputHash(), actual.inputHash());
    assertEquals(expected.spec(), actual.spec());
    assertEquals(expected.areas(), actual.areas());
    assertEquals(expected.nodes(), actual.nodes());
    assertEquals(expected.runs(), actual.runs());
    assertEquals(expected.indicators(), actual.indicators());
    assertEquals(expected.imputed(), actual.imputed());
    assertEquals(expected.gaps(), actual.gaps());
    for (String node : expected.nodes()) {
      assertArrayEquals(expected.scores(node), actual.scores(node), 0, node);
      assertArrayEquals(expected.ranks(node), actual.ranks(node), 0, node);
      for (String area : expected.areas()) {
        assertEquals(expected.contributions(node, area), actual.contributions(node, area), node + " " + area);
      }
    }
    for (Stage stage : Stage.values()) {
      for (String indicator : expected.indicators()) {
        assertArrayEquals(expected.stage(stage, indicator), actual.stage(stage, indicator), 0, stage + " " + indicator);
      }
    }
  }
}
