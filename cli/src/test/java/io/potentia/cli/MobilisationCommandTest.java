package io.potentia.cli;

import static io.potentia.cli.PotentiaCliTest.DATA;
import static io.potentia.cli.PotentiaCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.potentia.core.json.PotentiaJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code potentia mobilisation} on the bundled synthetic plan of military region SYN-MR2. */
class MobilisationCommandTest {
  private static String[] args(Path plan, Path out) {
    return new String[] {"mobilisation", "--data", DATA.resolve("synthetic-dataset.csv").toString(), "--hierarchy",
        DATA.resolve("synthetic-areas.json").toString(), "--plan", plan.toString(), "--out", out.toString()};
  }

  @Test
  void theBundledPlanPrintsASummaryAndWritesJsonAndCsv(@TempDir Path dir) throws Exception {
    PotentiaCliTest.Run r = run(args(DATA.resolve("mobilisation-synthetic.json"), dir));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("mobilisation in 2023, phases 0-3, 3-6, 6-12"), r.out());
    // P11 lacks 3,170 people in months 0-3 (1,830 of 5,000): the link from SYN-P10 carries at most 2,000, and its
    // other neighbour, SYN-P12, is short itself
    assertTrue(r.out().contains("SYN-P11        3-6                never              personnel 0-3 1170"), r.out());
    JsonNode json = PotentiaJson.mapper().readTree(dir.resolve("mobilisation.json").toFile());
    assertEquals(6, json.get("areas").size());
    assertEquals(6 * 4 * 3, json.get("coverage").size(), "one row per area, category and phase");
    List<String> coverage = Files.readAllLines(dir.resolve("mobilisation-coverage.csv"));
    assertEquals("area,category,phase,demand,capacity,received,sent,shortfall,coverage,coverage_alone", coverage.get(0));
    assertEquals(1 + 72, coverage.size());
    List<String> flows = Files.readAllLines(dir.resolve("mobilisation-flows.csv"));
    assertEquals("category,phase,from,to,amount,cost", flows.get(0));
    assertEquals(json.get("flows").size() + 1, flows.size());
    assertTrue(json.get("flows").size() > 0, "the plan's shortfalls are partly met by neighbours");
    for (JsonNode f : json.get("flows")) {
      assertTrue(!f.get("category").asText().equals("supplies-days"), "links carry no days of supply: " + f);
    }
  }

  @Test
  void aNegativeDemandAZeroRateAndAnUnknownAreaExitTwoNamingFieldAndValue(@TempDir Path dir) throws Exception {
    String text = Files.readString(DATA.resolve("mobilisation-synthetic.json"))
        .replace("\"rate\": 600", "\"rate\": 0")
        .replaceFirst("\"amount\": 5000", "\"amount\": -5000");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, text);
    PotentiaCliTest.Run r = run(args(bad, dir));
    assertEquals(Potentia.BAD_INPUT, r.code(), r.err());
    assertTrue(r.err().contains("bad.json") && r.err().contains("demands[0].amount") && r.err().contains("-5000.0"), r.err());
    assertTrue(r.err().contains("capacities[2].rate") && r.err().contains("0.0"), r.err());
    assertTrue(!r.err().contains("\tat "), "no stack trace: " + r.err());

    Path unknown = dir.resolve("unknown.json");
    Files.writeString(unknown, Files.readString(DATA.resolve("mobilisation-synthetic.json")).replaceFirst("SYN-P07", "SYN-P99"));
    PotentiaCliTest.Run u = run(args(unknown, dir));
    assertEquals(Potentia.BAD_INPUT, u.code(), u.err());
    assertTrue(u.err().contains("demands[0].area") && u.err().contains("'SYN-P99'"), u.err());
  }

  @Test
  void aNewOutputFolderIsAnnouncedByItsOwnName(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("new").resolve("mobilisation");
    PotentiaCliTest.Run r = run(args(DATA.resolve("mobilisation-synthetic.json"), out));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("--out " + out + ": creating the folder " + out.toAbsolutePath()), r.err());
    assertTrue(Files.exists(out.resolve("mobilisation.json")));
  }
}
