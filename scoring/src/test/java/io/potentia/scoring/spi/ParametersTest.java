package io.potentia.scoring.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.potentia.core.InvalidInputException;
import io.potentia.core.json.PotentiaJson;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A strategy's parameters: typed getters that name the strategy, parameter and bad value, and no silent defaults for misspellings. */
class ParametersTest {
  private static Parameters json(String text) {
    Map<String, JsonNode> values = new java.util.LinkedHashMap<>();
    PotentiaJson.readString("params.json", text, JsonNode.class).fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue()));
    return Parameters.of("vikor", values);
  }

  private static void assertRejected(String expected, Executable read) {
    InvalidInputException e = assertThrows(InvalidInputException.class, read);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void typedGettersReadWhatIsGivenAndFallBackOnlyWhenAbsentOrNull() {
    Parameters p = json("""
        {"v": 0.25, "name": "x", "on": true, "w": [1, 2.5], "m": [[1, 2], [3, 4]], "ids": ["a", "b"], "gone": null}
        """);
    assertEquals("vikor", p.strategy());
    assertEquals(0.25, p.number("v"));
    assertEquals(0.25, p.number("v", 9));
    assertEquals(9, p.number("absent", 9));
    assertEquals(9, p.number("gone", 9), "null counts as absent");
    assertEquals(Optional.empty(), p.optionalNumber("absent"));
    assertEquals("x", p.text("name", "y"));
    assertEquals("y", p.text("absent", "y"));
    assertTrue(p.flag("on", false));
    assertFalse(p.flag("absent", false));
    assertArrayEquals(new double[] {1, 2.5}, p.numbers("w").orElseThrow());
    assertEquals(Optional.empty(), p.numbers("absent"));
    assertArrayEquals(new double[][] {{1, 2}, {3, 4}}, p.matrix("m").orElseThrow());
    assertEquals(Optional.empty(), p.matrix("absent"));
    assertEquals(List.of("a", "b"), p.texts("ids").orElseThrow());
    assertEquals(Optional.empty(), p.texts("absent"));
    assertTrue(p.has("v"));
    assertFalse(p.has("nothing"));
    assertEquals(7, p.values().size());
    assertEquals("vikor{v=0.25, name=\"x\", on=true, w=[1,2.5], m=[[1,2],[3,4]], ids=[\"a\",\"b\"], gone=null}", p.toString());
    p.rejectUnread();
  }

  @Test
  void aValueOfTheWrongKindIsRejectedNamingTheStrategyParameterAndValue() {
    Parameters p = json("""
        {"v": "high", "n": 1, "t": 3, "w": [1, "x"], "m": [[1, 2], [3]], "e": [], "ids": ["a", 2], "s": "a"}
        """);
    assertRejected("parameter 'v' of 'vikor' is \"high\"; it must be a finite number", () -> p.number("v"));
    assertRejected("parameter 'n' of 'vikor' is 1; it must be a text", () -> p.text("n", ""));
    assertRejected("parameter 't' of 'vikor' is 3; it must be true or false", () -> p.flag("t", true));
    assertRejected("parameter 'w[1]' of 'vikor' is \"x\"; it must be a finite number", () -> p.numbers("w"));
    assertRejected("parameter 'n' of 'vikor' is 1; it must be a list of numbers", () -> p.numbers("n"));
    assertRejected("rows of equal length (row 0 has 2, row 1 has 1)", () -> p.matrix("m"));
    assertRejected("it must be a non-empty list of rows", () -> p.matrix("e"));
    assertRejected("it must be a non-empty list of rows", () -> p.matrix("n"));
    assertRejected("it must be a list of texts", () -> p.texts("ids"));
    assertRejected("it must be a list of texts", () -> p.texts("s"));
    assertRejected("'vikor' needs parameter 'q' (a number)", () -> p.number("q"));
  }

  @Test
  void unreadParametersAreReportedWithWhatTheStrategyReads() {
    Parameters p = json("{\"vv\": 0.5, \"x\": 1}");
    assertRejected("unknown parameters [vv, x] for 'vikor'; it reads no parameters", p::rejectUnread);
    p.number("v", 0.5);
    assertRejected("unknown parameters [vv, x] for 'vikor'; it reads [v]", p::rejectUnread);
    p.number("x", 0);
    assertRejected("unknown parameter [vv] for 'vikor'", p::rejectUnread);
    Parameters.none("topsis").rejectUnread();
    assertTrue(Parameters.none("topsis").values().isEmpty());
  }

  @Test
  void commandLinePairsParseAsJsonWhereTheyCanAndAsTextOtherwise() {
    Parameters p = Parameters.parse("promethee", List.of("v=0.5", "w=[1,2]", "f=linear", "on=true", "eq==x", "empty="));
    assertEquals(0.5, p.number("v"));
    assertArrayEquals(new double[] {1, 2}, p.numbers("w").orElseThrow());
    assertEquals("linear", p.text("f", ""));
    assertTrue(p.flag("on", false));
    assertEquals("=x", p.text("eq", ""), "only the first = splits");
    assertEquals("", p.text("empty", "fallback"), "an empty value is an empty text");
    assertRejected("parameter 'novalue' of 'promethee' must be KEY=VALUE", () -> Parameters.parse("promethee", List.of("novalue")));
    assertRejected("parameter '=1' of 'promethee' must be KEY=VALUE", () -> Parameters.parse("promethee", List.of("=1")));
  }
}
