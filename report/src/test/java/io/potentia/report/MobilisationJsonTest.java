package io.potentia.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.potentia.core.InvalidInputException;
import io.potentia.core.json.PotentiaJson;
import io.potentia.report.html.MobilisationSectionFixture;
import io.potentia.scoring.analysis.planning.mobilisation.MobilisationPlan;
import io.potentia.scoring.analysis.planning.mobilisation.MobilisationResult;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mobilisation plan's file form and the result's JSON and CSV. */
class MobilisationJsonTest {
  private static JsonNode schema() throws Exception {
    try (InputStream in = MobilisationJsonTest.class.getResourceAsStream("/io/potentia/report/schema/mobilisation-plan.schema.json")) {
      return PotentiaJson.mapper().readTree(in);
    }
  }

  private static Set<String> names(JsonNode object) {
    Set<String> out = new TreeSet<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static Set<String> components(Class<?> record) {
    return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void theSchemaNamesExactlyTheFieldsTheReaderTakes() throws Exception {
    JsonNode s = schema();
    assertEquals(components(MobilisationPlan.class), names(s.get("properties")));
    assertEquals(components(MobilisationPlan.Phase.class), names(s.at("/properties/phases/items/properties")));
    assertEquals(components(MobilisationPlan.Demand.class), names(s.at("/properties/demands/items/properties")));
    assertEquals(components(MobilisationPlan.Capacity.class), names(s.at("/properties/capacities/items/properties")));
    assertEquals(components(MobilisationPlan.Link.class), names(s.at("/properties/links/items/properties")));
  }

  @Test
  void aPlanFileIsReadWithItsDefaults(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("plan.json");
    Files.writeString(file, """
        {"phases": [{"id": "0-3", "startMonth": 0, "endMonth": 3}],
         "demands": [{"area": "A", "category": "personnel", "phase": "0-3", "amount": 10}],
         "capacities": [{"category": "personnel", "indicator": "force.reserve_strength", "rate": 2}]}
        """);
    MobilisationPlan p = MobilisationJson.read(file);
    assertEquals(0, p.capacities().get(0).delayMonths() == null ? 0 : p.capacities().get(0).delayMonths());
    assertTrue(p.links().isEmpty());
    assertEquals(10.0, p.demands().get(0).amount());
  }

  @Test
  void everyProblemOfAPlanFileIsNamedWithFileLineFieldAndValue(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, """
        {"phases": [{"id": "0-3", "startMonth": 0, "endMonth": 3}, {"id": "3-6", "startMonth": 4, "endMonth": 6}],
         "demands": [{"area": "A", "category": "personnel", "phase": "0-3", "amount": -1}],
         "capacities": [{"category": "personnel", "indicator": "force.reserve_strength", "rate": 0}],
         "links": [{"from": "A", "to": "B", "cost": -3}]}
        """);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> MobilisationJson.read(file));
    String m = e.getMessage();
    assertTrue(m.contains("bad.json"), m);
    assertTrue(m.contains("phases[1].startMonth") && m.contains("starts at month 4"), m);
    assertTrue(m.contains("demands[0].amount") && m.contains("-1.0"), m);
    assertTrue(m.contains("capacities[0].rate") && m.contains("0.0"), m);
    assertTrue(m.contains("links[0].cost") && m.contains("-3.0"), m);
  }

  @Test
  void theResultJsonSaysNeverAsNullAndTheTablesHoldEveryRow() {
    MobilisationResult r = MobilisationSectionFixture.result();
    JsonNode json = MobilisationJson.toJson(r);
    assertTrue(json.get("areas").get(1).get("firstPhaseMet").isNull(), json.toString());
    assertEquals("3-6", json.get("areas").get(0).get("firstPhaseMet").asText());
    assertEquals(8, json.get("coverage").size());
    CsvTable coverage = MobilisationTables.coverage(r);
    assertEquals(8, coverage.rows().size());
    assertEquals(java.util.List.of("A", "personnel", "0-3", "100.0", "40.0", "0.0", "0.0", "60.0", "0.4", "0.4"),
        coverage.rows().get(0));
    assertEquals(java.util.List.of("personnel", "3-6", "B", "A", "20.0", "60.0"), MobilisationTables.flows(r).rows().get(0));
  }
}
