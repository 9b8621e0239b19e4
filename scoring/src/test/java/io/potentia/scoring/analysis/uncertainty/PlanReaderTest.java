package io.potentia.scoring.analysis.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.json.PotentiaJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan reader reads what the project's mapper reads, and refuses what it refuses, naming the place. */
class PlanReaderTest {
  private static UncertaintyPlan read(String json) {
    return PlanReader.read("plan.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static final List<String> PLANS = List.of(
      "{}",
      "{\"replications\": 50, \"seed\": -9007199254740993}",
      """
      {"replications": 100, "seed": 7, "weights": {"low": 0.5, "high": 1.5},
       "normalisations": [{"name": "min-max", "parameters": {"lower": 1, "upper": 100}}, {"name": "z-score"}],
       "aggregations": [{"name": "arithmetic-mean", "probability": 0.25}, {"name": "power-mean",
         "parameters": {"p": 0.5, "nested": {"a": [1, 2.5, "x", true, null]}}, "probability": 0.75}],
       "imputations": [{"name": "mean"}, {"name": "median"}],
       "leaveOut": 1, "values": {"t.x": {"distribution": "normal", "spread": 0.05},
                                 "t.y": {"distribution": "uniform", "spread": 2, "relative": false}},
       "nodes": ["index", "p1"], "percentiles": [2.5, 50, 97.5], "topK": 3}
      """,
      "{\"weights\": {\"low\": 1, \"high\": 1}}",
      // null is an absent value for the mapper wherever the plan has a default or a collection
      "{\"weights\": null, \"normalisations\": null, \"aggregations\": null, \"imputations\": null, \"values\": null,"
          + " \"nodes\": null, \"percentiles\": null}",
      "{\"aggregations\": [{\"name\": \"arithmetic-mean\", \"parameters\": null, \"probability\": null}]}");

  @Test
  void readsEveryPlanAsTheMapperDoes() {
    for (String json : PLANS) {
      assertEquals(PotentiaJson.readString("plan.json", json, UncertaintyPlan.class), read(json), json);
    }
  }

  private static final List<String> BAD = List.of(
      "{\"replications\": 0}",
      "{\"replications\": 1.5}",
      "{\"replications\": \"10\"}",
      "{\"replications\": null}",
      "{\"seed\": null}",
      "{\"weights\": {\"low\": null, \"high\": 1}}",
      "{\"leaveout\": 1}",
      "{\"replications\": 10, \"replications\": 20}",
      "{\"weights\": {\"low\": 0, \"high\": 1}}",
      "{\"weights\": {\"low\": 0.5}}",
      "{\"aggregations\": [{\"probability\": 1}]}",
      "{\"aggregations\": [{\"name\": \"a\", \"probability\": 0.5}, {\"name\": \"b\"}]}",
      "{\"values\": {\"t.x\": {\"distribution\": \"cauchy\", \"spread\": 1}}}",
      "{\"values\": {\"t.x\": {\"distribution\": \"normal\", \"spread\": 0}}}",
      "{\"values\": {\"t.x\": {\"distribution\": \"normal\", \"spread\": 1, \"relative\": \"yes\"}}}",
      "{\"percentiles\": [101]}",
      "{\"nodes\": [1]}",
      "{} {}",
      "[]",
      "");

  @Test
  void refusesEveryPlanTheMapperRefuses() {
    for (String json : BAD) {
      assertThrows(InvalidInputException.class, () -> PotentiaJson.readString("plan.json", json, UncertaintyPlan.class),
          "the mapper refuses " + json);
      assertThrows(InvalidInputException.class, () -> read(json), "the reader refuses " + json);
    }
  }

  @Test
  void aProblemNamesTheFileThePlaceAndTheField() {
    InvalidInputException unknown = assertThrows(InvalidInputException.class,
        () -> read("{\"replications\": 10,\n \"aggregations\": [{\"name\": \"a\", \"weight\": 1}]}"));
    assertTrue(unknown.getMessage().contains("plan.json:2:") && unknown.getMessage().contains("aggregations[0].weight")
        && unknown.getMessage().contains("unknown field 'weight'"), unknown.getMessage());
    InvalidInputException check = assertThrows(InvalidInputException.class, () -> read("{\"replications\": 0}"));
    assertTrue(check.getMessage().contains("replications is 0; it must be at least 1"), check.getMessage());
  }

  /** Issue 15, item 5: the plan reader stopped at the first problem. */
  @Test
  void everyWrongValueAndUnknownFieldOfAPlanComesInOneErrorWithItsPlaceAndValue() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> read("""
        {"replications": "100", "seed": 7, "leaveout": 1,
         "aggregations": [{"name": "arithmetic-mean", "probability": "half"}, {"name": 5}],
         "values": {"t.x": {"distribution": "cauchy", "spread": 1}, "t.y": {"distribution": "normal", "spread": 0}},
         "percentiles": [2.5, "50", 97.5], "topK": 1.5}
        """));
    assertEquals(List.of(
        "plan.json:1:18: replications: expected a whole number, found the string \"100\"",
        "plan.json:1:48: leaveout: unknown field 'leaveout'; known: aggregations, imputations, leaveOut, nodes,"
            + " normalisations, percentiles, replications, seed, topK, values, weights",
        "plan.json:2:62: aggregations[0].probability: expected a number, found the string \"half\"",
        "plan.json:2:80: aggregations[1].name: expected a string, found the number 5",
        "plan.json:3:37: values.t.x.distribution: unknown distribution 'cauchy'; known: normal, uniform",
        "plan.json:3:106: values.t.y.spread: spread is 0.0; it must be finite and > 0",
        "plan.json:4:23: percentiles[1]: expected a number, found the string \"50\"",
        "plan.json:4:44: topK: expected a whole number, found the number 1.5"),
        e.problems().stream().map(Object::toString).toList());
  }

  @Test
  void malformedJsonInAPlanStopsTheReadAndComesAfterTheProblemsBeforeIt() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> read("{\"replications\": \"10\", \"seed\": 7 \"topK\": 3}"));
    assertEquals(2, e.problems().size(), e.getMessage());
    assertEquals("replications", e.problems().get(0).path());
    assertTrue(e.problems().get(1).message().startsWith("Unexpected character"), e.getMessage());
  }
}
