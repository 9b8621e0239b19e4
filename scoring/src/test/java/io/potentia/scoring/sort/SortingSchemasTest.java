package io.potentia.scoring.sort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.analysis.readiness.ClassScheme;
import io.potentia.scoring.analysis.readiness.NodeThresholds;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The JSON Schemas of the sorting problem and the classes file name exactly the fields their readers take. */
class SortingSchemasTest {
  private static JsonNode schema(String name) throws Exception {
    try (InputStream in = SortingSchemasTest.class.getResourceAsStream("/io/potentia/scoring/schema/" + name)) {
      return PotentiaJson.mapper().readTree(in);
    }
  }

  private static Set<String> names(JsonNode object) {
    Set<String> out = new TreeSet<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void theSortingProblemSchemaNamesTheFieldsOfAFullProblem() throws Exception {
    SortingProblem p = SortingProblem.builder().from(SortingMethodsTest.manual(0.75)).build();
    JsonNode written = PotentiaJson.mapper().readTree(PotentiaJson.write(p));
    JsonNode schema = schema("sorting-problem.schema.json");
    assertEquals(names(written), names(schema.get("properties")));
    assertEquals(names(written.get("criteria").get(0)), names(schema.at("/properties/criteria/items/properties")));
  }

  @Test
  void theClassesSchemaNamesTheFieldsOfAFullScheme() throws Exception {
    ClassScheme s = ClassScheme.builder().method("electre-tri-b").categories(java.util.List.of("low", "high")).lambda(0.7)
        .addCriteria(NodeThresholds.builder().node("index").addThreshold(50.0).weight(2).q(1.0).p(2.0).v(20.0).build()).build();
    JsonNode written = PotentiaJson.mapper().readTree(PotentiaJson.write(s));
    JsonNode schema = schema("classes.schema.json");
    assertEquals(names(written), names(schema.get("properties")));
    assertEquals(names(written.get("criteria").get(0)), names(schema.at("/properties/criteria/items/properties")));
  }
}
