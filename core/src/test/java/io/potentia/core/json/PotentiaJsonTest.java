package io.potentia.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.potentia.core.InvalidInputException;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.data.DatasetDocument;
import io.potentia.core.framework.DefaultFramework;
import io.potentia.core.framework.Framework;
import io.potentia.core.indicator.IndicatorCatalogue;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PotentiaJsonTest {

  private static InvalidInputException rejected(String json, Class<?> type) {
    return assertThrows(InvalidInputException.class, () -> PotentiaJson.readString("in.json", json, type));
  }

  @Test
  void duplicateKeysAreRejected() {
    InvalidInputException e = rejected("{\"id\": \"a\", \"id\": \"b\", \"name\": \"N\", \"nodes\": []}", Framework.class);
    assertTrue(e.getMessage().contains("Duplicate field 'id'"), e.getMessage());
  }

  @Test
  void aStringWhereANumberBelongsIsRejected() {
    InvalidInputException e = rejected(
        "{\"id\": \"f\", \"name\": \"F\", \"nodes\": [{\"id\": \"i\", \"name\": \"I\", \"weight\": \"2\"}]}", Framework.class);
    assertEquals("nodes[0].weight", e.problems().get(0).path());
  }

  @Test
  void trailingTokensAndTruncatedDocumentsAreRejected() {
    rejected("{\"labels\": [], \"observations\": []} {}", DatasetDocument.class);
    InvalidInputException e = rejected("{\"labels\": [", DatasetDocument.class);
    assertEquals("in.json", e.problems().get(0).source());
  }

  @Test
  void nonNumericNumbersAreRejected() {
    rejected("{\"observations\": [{\"area\": \"A\", \"indicator\": \"x\", \"year\": 2020, \"value\": NaN}]}",
        DatasetDocument.class);
  }

  @Test
  void deepNestingIsRejectedQuickly() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    InvalidInputException e = rejected(deep, JsonNode.class);
    assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
  }

  @Test
  void aMissingRequiredFieldIsNamed() {
    InvalidInputException e = rejected("{\"id\": \"f\", \"nodes\": []}", Framework.class);
    assertTrue(e.getMessage().contains("name"), e.getMessage());
  }

  @Test
  void anEmptyDocumentIsRejected() {
    rejected("", Framework.class);
    rejected("null", Framework.class);
  }

  @Test
  void theSchemasDescribeThePropertiesTheModelsWrite() throws Exception {
    assertSameProperties("catalogue", PotentiaJson.mapper().valueToTree(IndicatorCatalogue.builtIn()), null);
    JsonNode framework = PotentiaJson.mapper().valueToTree(DefaultFramework.builtIn());
    assertSameProperties("framework", framework, null);
    JsonNode catalogueSchema = schema("catalogue");
    Set<String> indicatorProps = names(catalogueSchema.at("/$defs/indicator/properties"));
    JsonNode first = PotentiaJson.mapper().valueToTree(IndicatorCatalogue.builtIn()).at("/indicators/0");
    assertTrue(indicatorProps.containsAll(names(first)), indicatorProps + " vs " + names(first));
    Set<String> nodeProps = names(schema("framework").at("/$defs/node/properties"));
    assertTrue(nodeProps.containsAll(names(framework.at("/nodes/1"))), nodeProps.toString());
    assertEquals(names(schema("area-hierarchy").get("properties")), Set.of("label", "areas"));
    assertEquals(names(schema("dataset").get("properties")), Set.of("labels", "observations"));
    assertTrue(AreaHierarchy.class.getSimpleName().length() > 0);
  }

  private static void assertSameProperties(String schemaName, JsonNode value, String unused) throws Exception {
    Set<String> schemaProps = names(schema(schemaName).get("properties"));
    assertTrue(schemaProps.containsAll(names(value)), schemaName + ": " + schemaProps + " vs " + names(value));
  }

  private static JsonNode schema(String name) throws Exception {
    try (InputStream in = PotentiaJson.class.getResourceAsStream("/io/potentia/core/schema/" + name + ".schema.json")) {
      return PotentiaJson.mapper().readTree(in);
    }
  }

  private static Set<String> names(JsonNode node) {
    Set<String> out = new HashSet<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }
}
