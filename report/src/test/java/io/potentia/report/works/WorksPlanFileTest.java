package io.potentia.report.works;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.potentia.core.InvalidInputException;
import io.potentia.core.json.PotentiaJson;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The works plan file: the bundled synthetic plan, a broken one, and the schema against the file form. */
class WorksPlanFileTest {
  private static final Path BUNDLED = Path.of("..", "examples", "src", "main", "resources", "io", "potentia", "examples",
      "data", "works-synthetic.json");

  @Test
  void theBundledSyntheticPlanReadsSixWorksOverFourYears() {
    WorksPlanFile plan = WorksPlanFile.read(BUNDLED);
    assertEquals(6, plan.problem().works().size());
    assertEquals(2024, plan.problem().startYear());
    assertEquals(2027, plan.problem().endYear());
    assertEquals("index", plan.node());
  }

  @Test
  void everyProblemOfAFileIsReportedInOneErrorNamingTheFileWorkAndField(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, """
        {"startYear": 2025, "budget": {"2025": 10},
         "works": [{"id": "x", "kind": "OTHER", "area": "A", "stages": [{"kind": "SURVEY", "cost": -1, "years": 0}]},
                   {"id": "y", "kind": "HEADQUARTERS", "area": "A", "stages": [{"kind": "SURVEY", "cost": 1}]}]}
        """);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> WorksPlanFile.read(bad));
    assertEquals(List.of("works.x.name", "works.x.stages[0].cost", "works.y.stages[0]"),
        e.problems().stream().map(p -> p.path()).toList());
    assertTrue(e.problems().stream().allMatch(p -> p.source().endsWith("bad.json")), e.getMessage());
  }

  @Test
  void theSchemaNamesExactlyTheFieldsTheFileFormReads() throws Exception {
    JsonNode schema;
    try (InputStream in = WorksPlanFile.class.getResourceAsStream("/io/potentia/report/schema/works-plan.schema.json")) {
      schema = PotentiaJson.mapper().readTree(in);
    }
    assertEquals(fields(WorksPlanFile.Document.class), names(schema.get("properties")));
    JsonNode work = schema.at("/properties/works/items");
    assertEquals(fields(WorksPlanFile.WorkEntry.class), names(work.get("properties")));
    assertEquals(fields(WorksPlanFile.StageEntry.class), names(work.at("/properties/stages/items/properties")));
  }

  private static Set<String> fields(Class<? extends Record> type) {
    return new TreeSet<>(Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList());
  }

  private static Set<String> names(JsonNode object) {
    Set<String> names = new TreeSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
