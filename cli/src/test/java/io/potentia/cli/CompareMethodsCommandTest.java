package io.potentia.cli;

import static io.potentia.cli.PotentiaCliTest.DATA;
import static io.potentia.cli.PotentiaCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.rank.RankCorrelation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code potentia compare-methods} and the new weighting methods on the command line (issue 21). */
class CompareMethodsCommandTest {
  static final String PROBLEM = DATA.resolve("problem-depot.json").toString();
  static final List<String> METHODS = List.of("topsis", "vikor", "promethee-ii", "gra", "wsm", "wpm", "spotis");

  /** Each method's ranks as {@code potentia rank} prints them. */
  private static double[] ranksOf(String method) {
    PotentiaCliTest.Run r = run("rank", PROBLEM, "--method", method);
    assertEquals(0, r.code(), r.err());
    JsonNode ranks = r.json().get("ranks");
    double[] out = new double[ranks.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ranks.get(i).asDouble();
    }
    return out;
  }

  @Test
  void helpIsThere() {
    PotentiaCliTest.Run r = run("compare-methods", "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("Usage: potentia compare-methods"), r.out());
  }

  @Test
  void theRankingsArePrintedSideBySideAsTheRankCommandGivesThem() {
    PotentiaCliTest.Run r = run("compare-methods", PROBLEM, "--methods", String.join(",", METHODS));
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(List.of("alternative", "topsis", "vikor", "promethee-ii", "gra", "wsm", "wpm", "spotis"),
        List.of(lines.get(1).trim().split("\\s+")));
    List<String> sites = List.of("Site A", "Site B", "Site C", "Site D", "Site E");
    for (int m = 0; m < METHODS.size(); m++) {
      double[] expected = ranksOf(METHODS.get(m));
      for (int i = 0; i < sites.size(); i++) {
        String line = lines.get(2 + i);
        assertTrue(line.startsWith(sites.get(i)), line);
        String[] cells = line.substring(sites.get(i).length()).trim().split("\\s+");
        assertEquals(expected[i], Double.parseDouble(cells[m]), 0, METHODS.get(m) + " " + sites.get(i));
      }
    }
    assertTrue(r.out().contains("Spearman's rho"), r.out());
    assertTrue(r.out().contains("weighted Spearman r_w"), r.out());
    assertTrue(r.out().contains("WS similarity (row = reference ranking, column = tested)"), r.out());
  }

  @Test
  void theFilesHoldTheRanksAndTheAgreementOfEveryPair(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("methods.json");
    Path csv = dir.resolve("ranks.csv");
    Path pairs = dir.resolve("agreement.csv");
    assertEquals(0, run("compare-methods", PROBLEM, "--methods", "topsis,vikor,wsm", "--out", json.toString(),
        "--agreement-out", pairs.toString()).code());
    assertEquals(0, run("compare-methods", PROBLEM, "--methods", "topsis,vikor,wsm", "--out", csv.toString()).code());
    List<String> rows = Files.readAllLines(csv);
    assertEquals("alternative,topsis,vikor,wsm", rows.get(0));
    assertEquals(6, rows.size(), "a header and five sites");
    JsonNode root = PotentiaJson.read(json, JsonNode.class);
    double[][] ranks = {ranksOf("topsis"), ranksOf("vikor"), ranksOf("wsm")};
    for (int a = 0; a < 3; a++) {
      for (int b = 0; b < 3; b++) {
        JsonNode agreement = root.get("agreement");
        double spearman = a == b ? 1 : RankCorrelation.spearman(ranks[a], ranks[b]);
        assertEquals(spearman, agreement.get("spearman").get(a).get(b).asDouble(), 1e-12);
        assertEquals(RankCorrelation.weightedSpearman(ranks[a], ranks[b]),
            agreement.get("weightedSpearman").get(a).get(b).asDouble(), 1e-12);
        assertEquals(RankCorrelation.wsSimilarity(ranks[a], ranks[b]), agreement.get("ws").get(a).get(b).asDouble(),
            1e-12);
      }
    }
    List<String> agreement = Files.readAllLines(pairs);
    assertEquals("reference,tested,spearman,weighted_spearman,ws", agreement.get(0));
    assertEquals(1 + 9, agreement.size(), "every ordered pair of three methods");
    assertTrue(agreement.get(2).startsWith("topsis,vikor," + RankCorrelation.spearman(ranks[0], ranks[1]) + ","),
        agreement.get(2));
  }

  @Test
  void htmlWritesAPageWithTheRanksAndAHeatMapPerMatrix(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("agreement.html");
    PotentiaCliTest.Run r = run("compare-methods", PROBLEM, "--methods", "topsis,vikor,edas", "--html", page.toString());
    assertEquals(0, r.code(), r.err());
    String html = Files.readString(page);
    assertTrue(html.contains("<th>alternative</th><th>topsis</th><th>vikor</th><th>edas</th>"), html);
    for (String id : List.of("agreement-spearman", "agreement-weighted-spearman", "agreement-ws")) {
      assertTrue(html.contains("<svg id=\"" + id + "\""), id);
    }
    assertTrue(html.contains("<title>topsis and topsis: 1.0000</title>"), html);
  }

  @Test
  void aMethodParameterTakesEffectAndOneForAnUnlistedMethodIsRefused(@TempDir Path dir) {
    Path json = dir.resolve("v.json");
    assertEquals(0, run("compare-methods", PROBLEM, "--methods", "topsis,vikor", "--param", "vikor.v=0.2", "--out",
        json.toString()).code());
    JsonNode vikor = PotentiaJson.read(json, JsonNode.class).get("rankings").get(1);
    assertEquals("0.2", vikor.get("parameters").get("v").asText());
    PotentiaCliTest.Run unlisted = run("compare-methods", PROBLEM, "--methods", "topsis,wsm", "--param", "vikor.v=0.2");
    assertEquals(Potentia.BAD_INPUT, unlisted.code());
    assertTrue(unlisted.err().contains("'vikor.v=0.2' is for method 'vikor', which --methods does not list"),
        unlisted.err());
    PotentiaCliTest.Run malformed = run("compare-methods", PROBLEM, "--methods", "vikor", "--param", "v=0.2");
    assertEquals(Potentia.BAD_INPUT, malformed.code());
    assertTrue(malformed.err().contains("must be METHOD.KEY=VALUE"), malformed.err());
  }

  @Test
  void anUnknownMethodExitsTwoListingTheKnownOnes() {
    PotentiaCliTest.Run r = run("compare-methods", PROBLEM, "--methods", "topsis,no-such-method");
    assertEquals(Potentia.BAD_INPUT, r.code());
    assertTrue(r.err().contains("unknown ranking strategy 'no-such-method'; known: "), r.err());
    assertTrue(r.err().contains("topsis") && r.err().contains("vikor"), r.err());
  }

  @Test
  void aMethodThatCannotRankTheProblemIsNamed(@TempDir Path dir) throws Exception {
    Path problem = dir.resolve("unbounded.json");
    Files.writeString(problem, "{\"alternatives\": [\"A\", \"B\", \"C\"], \"criteria\": [{\"id\": \"c\","
        + " \"direction\": \"benefit\", \"weight\": 1}], \"matrix\": [[1], [2], [3]]}");
    PotentiaCliTest.Run r = run("compare-methods", problem.toString(), "--methods", "topsis,spotis");
    assertEquals(Potentia.BAD_INPUT, r.code());
    assertTrue(r.err().contains("method 'spotis': "), r.err());
  }

  /** Rezaei (2016), Example 2, through {@code potentia weights}: the weights with xi^L and the ratio. */
  @Test
  void bestWorstWeightsComeWithTheirConsistency() {
    PotentiaCliTest.Run r = run("weights", PROBLEM, "--method", "bwm", "--param", "bestToOthers=[2, 1, 4, 3, 8]",
        "--param", "othersToWorst=[4, 8, 2, 3, 1]");
    assertEquals(0, r.code(), r.err());
    double[] expected = {0.2295, 0.4481, 0.1148, 0.1530, 0.0546};
    for (int j = 0; j < 5; j++) {
      assertEquals(expected[j], r.json().get("weights").get(j).asDouble(), 5e-5);
    }
    JsonNode consistency = r.json().get("consistency");
    assertEquals("cost", consistency.get("best").asText());
    assertEquals("flood-risk", consistency.get("worst").asText());
    assertEquals(0.0109, consistency.get("xi").asDouble(), 5e-5);
    assertEquals(1.0 / 56, consistency.get("consistencyRatio").asDouble(), 1e-15);
  }

  @Test
  void badJudgementsExitTwoNamingThem() {
    PotentiaCliTest.Run bwm = run("weights", PROBLEM, "--method", "bwm", "--param", "bestToOthers=[2, 1, 4, 3, 8]",
        "--param", "othersToWorst=[4, 7, 2, 3, 1]");
    assertEquals(Potentia.BAD_INPUT, bwm.code());
    assertTrue(bwm.err().contains("in bestToOthers but 7.0 times in othersToWorst"), bwm.err());
    PotentiaCliTest.Run swara = run("weights", PROBLEM, "--method", "swara", "--param", "ranks=[1, 2, 3, 4, 5]",
        "--param", "s=[0.1, -0.2, 0, 0]");
    assertEquals(Potentia.BAD_INPUT, swara.code());
    assertTrue(swara.err().contains("s[1] is -0.2"), swara.err());
  }

  @Test
  void merecWeighsTheProblemWithItsCriteriasDirections() {
    PotentiaCliTest.Run r = run("weights", PROBLEM, "--method", "merec");
    assertEquals(0, r.code(), r.err());
    io.potentia.scoring.rank.DecisionProblem problem = io.potentia.scoring.rank.DecisionProblem.read(Path.of(PROBLEM));
    List<io.potentia.core.indicator.Direction> directions =
        problem.criteria().stream().map(io.potentia.scoring.rank.Criterion::direction).toList();
    double[] directed = io.potentia.scoring.weight.Weightings.merec().weigh(problem.columns(), directions);
    double[] allBenefits = io.potentia.scoring.weight.Weightings.merec().weigh(problem.columns());
    for (int j = 0; j < directed.length; j++) {
      assertEquals(directed[j], r.json().get("weights").get(j).asDouble(), 1e-15, "criterion " + j);
    }
    assertTrue(Math.abs(directed[1] - allBenefits[1]) > 1e-3, "cost is a cost criterion: " + directed[1] + " and "
        + allBenefits[1]);
  }
}
