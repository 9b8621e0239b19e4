package io.potentia.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.data.DatasetDocument;
import io.potentia.core.framework.DefaultFramework;
import io.potentia.core.framework.Framework;
import io.potentia.core.indicator.IndicatorCatalogue;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
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
    assertTrue(e.getMessage().matches("in\\.json:1:\\d+: values nested \\d+ deep: at most \\d+ are read"), e.getMessage());
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
  void malformedJsonStillStopsAtItsFirstFaultWithOneClearMessage() {
    InvalidInputException e = rejected("""
        {"id": "f", "name": "F",
         "nodes": [{"id": "index", "name": "I"},
                   {"id": "economic", "name": "E", "parent": "index" "weight": 1},
                   {"id": "gdp", "name": "G", "parent": "economic", "weight": "x"}]}
        """, Framework.class);
    assertEquals(1, e.problems().size(), e.getMessage());
    assertEquals("in.json:3:62: nodes[1]: Unexpected character ('\"' (code 34)): was expecting comma to separate Object"
        + " entries", e.getMessage());
  }

  @Test
  void malformedJsonAfterWrongValuesComesAfterThem() {
    InvalidInputException e = rejected("""
        {"id": "f", "name": "F",
         "nodes": [{"id": "index", "name": "I", "weight": "x"},
                   {"id": "gdp", "name": "G", "parent": "index" "indicator": "economic.gdp"}]}
        """, Framework.class);
    assertEquals(List.of("nodes[0].weight", "nodes[1]"), e.problems().stream().map(Problem::path).toList());
    assertTrue(e.problems().get(1).message().startsWith("Unexpected character"), e.getMessage());
  }

  @Test
  void aModelCheckFailingOnAWrongValueIsLeftOutButAnotherValuesCheckIsListed() {
    // nodes[1]'s own check fails on a value of its own: listed; the framework's check, which then misses nodes[1]
    // and would have run on the default weight put in place of nodes[0]'s "x", is not
    InvalidInputException e = rejected("""
        {"id": "f", "name": "F",
         "nodes": [{"id": "index", "name": "I", "weight": "x"},
                   {"id": "economic", "name": "E", "parent": "index", "weight": -1},
                   {"id": "gdp", "name": "G", "parent": "economic", "indicator": "economic.gdp"}]}
        """, Framework.class);
    assertEquals(List.of(
        "in.json:2:51: nodes[0].weight: expected a number, found the string \"x\"",
        "in.json:3:75: nodes[1].weight: node 'economic': weight is -1.0; it must be finite and >= 0"),
        e.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void aFileWithHundredsOfWrongValuesListsTheFirstHundredAndCountsTheRest() {
    StringBuilder json = new StringBuilder("{\"id\": \"f\", \"name\": \"F\", \"nodes\": [");
    for (int k = 0; k < 250; k++) {
      json.append(k == 0 ? "" : ",\n").append("{\"id\": \"n").append(k).append("\", \"name\": \"N\", \"weight\": \"w\"}");
    }
    InvalidInputException e = rejected(json.append("]}").toString(), Framework.class);
    assertEquals(101, e.problems().size());
    assertEquals("nodes[99].weight", e.problems().get(99).path());
    assertEquals("in.json: ... and 150 more problems", e.problems().get(100).toString());
  }

  @Test
  void aHostileFileOfWrongValuesStopsBeingReadAfterTenThousand() {
    StringBuilder json = new StringBuilder("{\"labels\": [], \"observations\": [");
    for (int k = 0; k < 20_000; k++) {
      json.append(k == 0 ? "" : ",\n").append("{\"area\": 1}");
    }
    InvalidInputException e = rejected(json.append("]}").toString(), DatasetDocument.class);
    assertEquals(101, e.problems().size());
    assertEquals("in.json: ... and 9900 more problems; reading stopped at line 10000 after 10000 problems",
        e.problems().get(100).toString());
  }

  @Test
  void theSharedMapperStaysStrictAndStopsAtTheFirstFault() {
    String json = "{\"id\": \"f\", \"name\": \"F\", \"nodes\": [{\"id\": \"i\", \"name\": \"I\", \"weight\": \"2\", \"x\": 1}]}";
    assertThrows(MismatchedInputException.class, () -> PotentiaJson.mapper().readValue(json, Framework.class));
    assertEquals(2, rejected(json, Framework.class).problems().size());
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

  @Test
  void aKeyWithAByteThatIsNotUtf8IsRefusedAtTheByteNotReadWithoutIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    // Jackson alone reads {"weig\xFFht": 1} as the key "weight"; the file is refused at line 1, column 7
    byte[] bytes = "{\"nodes\": [], \"weig_ht\": 1}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    bytes[bytes.length - 7] = (byte) 0xFF;
    java.nio.file.Path file = java.nio.file.Files.write(dir.resolve("f.json"), bytes);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> PotentiaJson.read(file, JsonNode.class));
    assertEquals(file + ":1:21: the file is not valid UTF-8: byte 0xFF does not begin or continue a UTF-8 character;"
        + " save the file as UTF-8", e.getMessage());
  }

  @Test
  void aCharacterCutByTheEndOfAReadIsCheckedWithTheNextAndAFileEndingInsideOneIsRefused() throws Exception {
    // hand-worked: 'é' is C3 A9; read one byte at a time, C3 waits for A9; a lone C3 at the end is malformed
    byte[] good = "{\"a\": \"\u00e9\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try (InputStream in = new io.potentia.core.internal.Utf8CheckingStream(new java.io.ByteArrayInputStream(good))) {
      int n = 0;
      while (in.read() >= 0) {
        n++;
      }
      assertEquals(good.length, n);
    }
    byte[] cut = java.util.Arrays.copyOf(good, 8); // ends after C3
    assertEquals((byte) 0xC3, cut[7]);
    try (InputStream in = new io.potentia.core.internal.Utf8CheckingStream(new java.io.ByteArrayInputStream(cut))) {
      assertThrows(java.nio.charset.MalformedInputException.class, () -> in.readAllBytes());
    }
  }

  @Test
  void aStringWhereAnArrayOfArraysIsWantedIsSaidInTheUsersTerms() {
    record Pairs(double[][] matrix) {}
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> PotentiaJson.readString("p.json", "{\"matrix\": \"abc\"}", Pairs.class));
    assertEquals("p.json:1:12: matrix: expected an array, found the string \"abc\"", e.getMessage());
  }
}
