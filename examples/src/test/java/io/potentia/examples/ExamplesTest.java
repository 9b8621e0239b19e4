package io.potentia.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.scoring.rank.RankCorrelation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExamplesTest {

  private static String capture(java.util.function.Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theQuickStartRanksTheProvincesItBuildsAndShowsContributions() {
    String out = capture(QuickStart::run);
    assertTrue(out.startsWith("Quick start: 4 provinces, 6 indicators"), out);
    // Hai Phong leads on output, R&D and readiness: it ranks first
    assertTrue(out.lines().skip(1).findFirst().orElseThrow().startsWith("1. Hai-Phong"), out);
    assertTrue(out.contains("economic") && out.contains("forces"), out);
  }

  @Test
  void theDecisionExampleRanksWithEveryMethodAndMeasuresTheirAgreement() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Map<String, double[]> ranks = DecisionAmongAlternatives.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(7, ranks.size());
    ranks.values().forEach(r -> assertEquals(5, r.length));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("Agreement between the rankings"), out);
    // every method agrees with itself perfectly
    assertEquals(1, RankCorrelation.kendall(ranks.get("VIKOR"), ranks.get("VIKOR")), 0);
    assertTrue(out.contains("  1.00/  1.00"), out);
  }
}
