package io.potentia.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NationalPowerIndicesTest {

  static Path nmc() {
    String shared = System.getProperty("potentia.shared", "../shared");
    Path file = Path.of(shared, "data", "nmc", "NMC-60-abridged.csv");
    if (!Files.isRegularFile(file)) {
      file = Path.of("..", "..", "shared", "data", "nmc", "NMC-60-abridged.csv");
    }
    assumeTrue(Files.isRegularFile(file), "skipped: the Correlates of War NMC file is absent (../shared/data/nmc)");
    return file;
  }

  @Test
  void theCincOfEveryCountryYearMatchesThePublishedColumn() {
    // Correlates of War NMC v6.0: 15,950 country-years, 1816-2016; published CINC to 1e-7
    var rows = NationalPowerIndices.read(nmc());
    assertTrue(rows.size() >= 15_950, "rows read: " + rows.size());
    Map<Integer, NationalPowerIndices.YearIndices> indices = NationalPowerIndices.compute(rows);
    double[] agreement = NationalPowerIndices.agreement(indices);
    assertEquals(rows.stream().filter(r -> !Double.isNaN(r.publishedCinc())).count(), agreement[0], 0,
        "every row with a published CINC is compared");
    assertTrue(agreement[1] < 1e-7, "largest difference " + agreement[1]);
  }

  @Test
  void theLeaderOf2016IsChinaAndItsDistanceToLeaderIsSmall() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    NationalPowerIndices.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), nmc(), 2016);
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.lines().skip(2).findFirst().orElseThrow().startsWith("CHN"), out);
    assertTrue(out.contains("CINC recomputed for 1595"), out);
  }
}
