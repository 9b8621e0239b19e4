package io.potentia.report.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.potentia.core.json.PotentiaJson;
import io.potentia.report.CsvTable;
import io.potentia.scoring.analysis.audit.Audit;
import io.potentia.scoring.analysis.audit.Coherence;
import io.potentia.scoring.analysis.audit.IndicatorStatistics;
import io.potentia.scoring.check.Screening;
import io.potentia.scoring.result.ReportFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit's CSV tables and JSON document hold what the audit found, cell for cell. */
class AuditFilesTest {
  private static Audit audit;

  @BeforeAll
  static void run() {
    ReportFixture fixture = new ReportFixture();
    Audit.Settings settings = new Audit.Settings(Optional.of(new Screening(0.5, 0.5, Screening.Action.FLAG)),
        IndicatorStatistics.Thresholds.defaults(), Coherence.Thresholds.defaults(), 0.7);
    audit = Audit.of(fixture.pipeline, fixture.dataset, 2021, settings);
  }

  @Test
  void theAvailabilityTableHasOneRowPerAreaAndOneColumnPerInnerNode() {
    CsvTable t = AuditTables.availability(audit);
    assertEquals(ReportFixture.AREAS, t.rows().size());
    assertEquals(2 + audit.availability().nodes().size() + 2, t.header().size());
    assertEquals("share_" + audit.availability().nodes().get(0), t.header().get(2));
    List<String> first = t.rows().get(0);
    assertEquals(audit.availability().areas().get(0), first.get(0));
    assertEquals(Double.toString(audit.availability().share(first.get(0))), first.get(1));
    assertEquals("", first.get(first.size() - 2), "complete data: nothing screened");
  }

  @Test
  void theStatisticsTableWritesEachColumnAndItsFlags() {
    CsvTable t = AuditTables.statistics(audit);
    assertEquals(audit.statistics().size(), t.rows().size());
    IndicatorStatistics.Column c = audit.statistics().get(3);
    List<String> row = t.rows().get(3);
    assertEquals(List.of(c.indicator(), "2021", Integer.toString(c.present()), "0", "1.0"), row.subList(0, 5));
    assertEquals(Double.toString(c.mean().getAsDouble()), row.get(7));
    assertEquals(String.join(";", FlagNames.of(c.flags())), row.get(14));
  }

  @Test
  void everyTableIsWrittenToTheFolder(@TempDir Path dir) throws Exception {
    List<Path> written = AuditTables.writeAll(audit, dir);
    assertEquals(List.of("availability.csv", "statistics.csv", "correlations.csv", "pairs.csv", "nodes.csv",
        "weights.csv"), written.stream().map(p -> p.getFileName().toString()).toList());
    assertTrue(Files.readString(dir.resolve("weights.csv")).startsWith(
        "node,indicator,depth,nominal_weight,effective_weight,importance,normalised_importance,gap\n"));
    assertEquals(audit.weights().size() + 1, Files.readAllLines(dir.resolve("weights.csv")).size());
  }

  @Test
  void theJsonDocumentHoldsTheSummaryAndEveryPart(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("audit.json");
    AuditJson.write(audit, file);
    JsonNode json = PotentiaJson.mapper().readTree(file.toFile());
    assertEquals(2021, json.get("year").asInt());
    assertEquals("flag", json.at("/settings/screening/action").asText());
    assertEquals(ReportFixture.AREAS, json.get("availability").size());
    assertEquals(audit.statistics().size(), json.get("statistics").size());
    assertEquals(audit.coherence().pairs().size(), json.get("pairs").size());
    assertEquals(audit.summary().largestGaps().size(), json.at("/summary/largestGaps").size());
    String node = audit.coherence().nodes().get(0).node();
    assertEquals(node, json.at("/nodes/0/node").asText());
    assertEquals(audit.coherence().nodes().get(0).cronbachAlpha().getAsDouble(),
        json.at("/nodes/0/cronbachAlpha").asDouble(), 0);
    assertTrue(json.toString().indexOf("NaN") < 0, "undefined statistics are null, never NaN");
  }
}
