package io.potentia.scoring.analysis.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.json.PotentiaJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The streaming reader of the uncertainty spec reads what the data-binding mapper reads, and rejects what it rejects. */
class UncertaintySpecReaderTest {
  private static final String U1 = """
      {
        "normalisation": {"name": "min-max", "parameters": {"lower": 1, "upper": 100.0, "note": "x", "flags": [true, null]}},
        "weights": {"low": 0.5, "high": 1.5},
        "aggregations": [
          {"name": "arithmetic-mean", "probability": 0.5},
          {"name": "geometric-mean", "probability": 0.5}
        ],
        "percentiles": [5, 50, 95],
        "topK": 10
      }
      """;

  private static UncertaintySpec read(String json) {
    return UncertaintySpecReader.read("spec.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static InvalidInputException rejected(String json) {
    return assertThrows(InvalidInputException.class, () -> read(json));
  }

  @Test
  void readsWhatTheMapperReads() {
    assertEquals(PotentiaJson.readString("spec.json", U1, UncertaintySpec.class), read(U1));
    String defaults = "{\"normalisation\": {\"name\": \"rank\"}, \"weights\": {\"low\": 1, \"high\": 1},"
        + " \"aggregations\": [{\"name\": \"arithmetic-mean\", \"probability\": 1}]}";
    UncertaintySpec spec = read(defaults);
    assertEquals(PotentiaJson.readString("spec.json", defaults, UncertaintySpec.class), spec);
    assertEquals(10, spec.topK());
  }

  @Test
  void anUnknownFieldIsNamedWithItsPosition() {
    InvalidInputException e = rejected("{\n  \"weights\": {\"low\": 0.5, \"hihg\": 1.5}}");
    assertTrue(e.getMessage().contains("spec.json:2:"), e.getMessage());
    assertTrue(e.getMessage().contains("weights.hihg"), e.getMessage());
    assertTrue(e.getMessage().contains("known: high, low"), e.getMessage());
  }

  @Test
  void wrongTypesMissingFieldsDuplicatesAndTrailingContentAreRejected() {
    assertTrue(rejected(U1.replace("\"low\": 0.5", "\"low\": \"0.5\"")).getMessage().contains("weights.low: expected a number, found '0.5'"));
    assertTrue(rejected(U1.replace("\"topK\": 10", "\"topK\": 10.5")).getMessage().contains("topK: expected a whole number"));
    assertTrue(rejected(U1.replace("\"weights\": {\"low\": 0.5, \"high\": 1.5},", "")).getMessage().contains("no 'weights'"));
    assertTrue(rejected(U1.replace("\"topK\": 10", "\"topK\": 10, \"topK\": 3")).getMessage().contains("Duplicate field 'topK'"));
    assertTrue(rejected(U1 + "{}").getMessage().contains("unexpected content after the spec"));
    assertTrue(rejected(U1.replace("\"high\": 1.5", "\"high\": NaN")).getMessage().contains("spec.json:"));
    assertTrue(rejected("").getMessage().contains("the document is empty"));
    assertTrue(rejected(U1.substring(0, 120)).getMessage().contains("spec.json:"));
  }

  @Test
  void problemsInsideArraysNameTheirPlace() {
    assertTrue(rejected(U1.replace("\"probability\": 0.5}\n", "\"probability\": \"half\"}\n")).getMessage()
        .contains("aggregations[1].probability"), "the second aggregation");
    assertTrue(rejected(U1.replace("[5, 50, 95]", "[5, 50, \"high\"]")).getMessage().contains("percentiles[2]"));
    assertTrue(rejected(U1.replace("{\"name\": \"geometric-mean\", \"probability\": 0.5}", "{\"name\": \"geometric-mean\"}"))
        .getMessage().contains("aggregations[1]: an aggregation needs both 'name' and 'probability'"));
    assertTrue(rejected(U1.replace("\"high\": 1.5", "\"hi\": 1.5")).getMessage().contains("weights.hi: unknown field 'hi'"));
    assertTrue(rejected(U1.replace("{\"low\": 0.5, \"high\": 1.5}", "{\"low\": 0.5}")).getMessage()
        .contains("the weights need both 'low' and 'high'"));
    assertTrue(rejected(U1.replace("[5, 50, 95]", "{\"p\": 5}")).getMessage().contains("percentiles"));
    // parameters nested in arrays and objects come through as the mapper reads them
    String nested = U1.replace("\"flags\": [true, null]", "\"flags\": [true, null, [1, {\"k\": 12345678901}]], \"big\": 123456789012345678901234567890");
    assertEquals(PotentiaJson.readString("spec.json", nested, UncertaintySpec.class), read(nested));
  }
}
