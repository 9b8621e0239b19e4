package io.potentia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.potentia.core.json.PotentiaJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PotentiaCliTest {
  static final Path DATA = Path.of("..", "examples", "src", "main", "resources", "io", "potentia", "examples", "data");

  record Run(int code, String out, String err) {
    JsonNode json() {
      return PotentiaJson.readString("stdout", out, JsonNode.class);
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Potentia.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void everySubcommandHasHelp() {
    for (String command : new String[] {"catalogue", "validate", "score", "rank", "sort", "weights", "ahp", "report", "uncertainty", "montecarlo", "sensitivity", "compare", "whatif", "priorities", "mobilisation", "works", "oat", "balance", "audit", "template", "compare-methods", "lead", "budget"}) {
      Run r = run(command, "--help");
      assertEquals(0, r.code(), command);
      assertTrue(r.out().startsWith("Usage: potentia " + command), r.out());
    }
  }

  @Test
  void aFolderCreatedForAnOutputFileIsSaidOnStandardError(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("new/folder/balance.csv");
    Run r = run(concat(new String[] {"balance", "--out", csv.toString()}, provinces()));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("--out " + csv + ": creating the folder " + csv.getParent()), r.err());
    assertTrue(Files.exists(csv));
    Run again = run(concat(new String[] {"balance", "--out", csv.toString()}, provinces()));
    assertTrue(!again.err().contains("creating the folder"), "an existing folder is not announced: " + again.err());
  }

  @Test
  void anUnknownCommandIsBadInputEvenWithHelpAfterIt() {
    for (String[] args : new String[][] {{"audt", "--help"}, {"audt"}}) {
      Run r = run(args);
      assertEquals(Potentia.BAD_INPUT, r.code(), String.join(" ", args));
      assertTrue(r.err().contains("unknown command 'audt'; the commands are catalogue, validate, score"), r.err());
      assertTrue(r.err().contains("audit"), "the commands are listed: " + r.err());
    }
  }

  @Test
  void theCatalogueListsEveryIndicatorAsATableOrJson() {
    Run table = run("catalogue");
    assertTrue(table.out().contains("75 indicators in catalogue 'potentia.builtin'"), table.out());
    assertEquals(75, run("catalogue", "--format", "json").json().get("indicators").size());
  }

  /** The ELECTRE TRI 2.0a manual's example (Mousseau, Slowinski and Zielniewicz 1999, Tables 1, 2 and 9). */
  private static final String MANUAL = """
      {"alternatives": ["a1", "a2", "a3"],
       "criteria": [{"id": "g1", "direction": "benefit", "q": 5, "p": 10, "v": 30},
                    {"id": "g2", "direction": "benefit", "q": 5, "p": 10, "v": 30},
                    {"id": "g3", "direction": "benefit", "q": 5, "p": 10, "v": 30},
                    {"id": "g4", "direction": "benefit", "q": 5, "p": 10, "v": 30},
                    {"id": "g5", "direction": "benefit", "q": 5, "p": 10, "v": 30}],
       "matrix": [[75, 67, 85, 82, 90], [28, 35, 70, 90, 95], [45, 60, 55, 68, 60]],
       "categories": ["C1", "C2", "C3"],
       "profiles": [[50, 48, 55, 55, 60], [70, 75, 80, 75, 85]],
       "lambda": 0.75}
      """;

  @Test
  void sortPrintsEachAlternativesPessimisticAndOptimisticClassWithTheReasons(@TempDir Path dir) throws Exception {
    Path problem = Files.writeString(dir.resolve("sort.json"), MANUAL);
    Run r = run("sort", problem.toString(), "--method", "electre-tri-b");
    assertEquals(0, r.code(), r.err());
    JsonNode json = r.json();
    assertEquals("electre-tri-b", json.get("method").asText());
    JsonNode a2 = json.get("assignments").get(1);
    assertEquals("a2", a2.get("alternative").asText());
    assertEquals("C1", a2.get("category").asText());
    assertEquals("C3", a2.get("optimistic").get("category").asText());
    assertEquals("C2", a2.get("heldBackBy").get("category").asText());
    assertEquals("g1", a2.get("heldBackBy").get("criteria").get(0).get("criterion").asText());
    assertEquals(0.88, json.get("extras").get("credibility").get(0).get(1).asDouble(), 1e-12);
  }

  @Test
  void sortRefusesWhatTheMethodWouldNotUseNamingTheFileAndField(@TempDir Path dir) throws Exception {
    Path problem = Files.writeString(dir.resolve("sort.json"), MANUAL);
    Run r = run("sort", problem.toString(), "--method", "mr-sort");
    assertEquals(Potentia.BAD_INPUT, r.code());
    assertTrue(r.err().contains(problem + ": criteria[0].q: criterion 'g1': q 5.0 takes no effect under mr-sort"), r.err());
    Run unknown = run("sort", problem.toString(), "--method", "electre-tri-c");
    assertEquals(Potentia.BAD_INPUT, unknown.code());
    assertTrue(unknown.err().contains("conjunctive, electre-tri-b, mr-sort"), unknown.err());
  }

  @Test
  void sortReportsEveryFaultOfTheFileInOneMessage(@TempDir Path dir) throws Exception {
    Path problem = Files.writeString(dir.resolve("sort.json"), MANUAL
        .replace("\"q\": 5, \"p\": 10, \"v\": 30}],", "\"q\": 12, \"p\": 10, \"v\": 30}],")
        .replace("[50, 48, 55, 55, 60]", "[50, 48, 55, 55]").replace("[70, 75, 80, 75, 85]", "[70, 45, 80, 75, 85]")
        .replace("0.75", "0.3"));
    Run r = run("sort", problem.toString(), "--method", "electre-tri-b");
    assertEquals(Potentia.BAD_INPUT, r.code());
    for (String fault : new String[] {"criteria[4].q: criterion 'g5': q 12.0 is above p 10.0",
        "profiles[0]: profile 0 has 4 values for 5 criteria", "lambda: lambda is 0.3"}) {
      assertTrue(r.err().contains(fault), fault + " in " + r.err());
    }
    assertTrue(r.err().startsWith("potentia: 3 problems:"), r.err());
    Path unordered = Files.writeString(dir.resolve("unordered.json"), MANUAL.replace("[70, 75, 80, 75, 85]", "[70, 45, 80, 75, 85]"));
    Run order = run("sort", unordered.toString(), "--method", "electre-tri-b");
    assertTrue(order.err().contains("profiles[1][1]: profile 1 is 45.0 on criterion 'g2' (benefit), worse than 48.0 of"
        + " profile 0"), order.err());
  }

  @Test
  void scoreWithClassesGivesEachAreaItsClassAndWhatKeepsItBack() {
    Run r = run(concat(new String[] {"score", "--classes", DATA.resolve("classes-conjunctive.json").toString()}, provinces()));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("class (conjunctive)"), r.out());
    assertTrue(r.out().contains("comprehensively strong"), r.out());
    assertTrue(r.out().matches("(?s).*\\n +\\d+  SYN-P\\d+ +[0-9.]+  fair +[a-z-]+ [0-9.]+ < 35\\.00.*\\(for strong: support 0\\.\\d{3} of 1\\.0 needed\\)\\n.*"), r.out());
  }

  @Test
  void doctrineScoresWithPoliticalPotentialAsCatalystAndRefusesWhatItCannotHonour() {
    Run doctrine = run(concat(new String[] {"score", "--doctrine"}, provinces()));
    Run plain = run(concat(new String[] {"score"}, provinces()));
    assertEquals(0, doctrine.code(), doctrine.err());
    assertTrue(doctrine.out().startsWith("Potentia doctrine framework for the province level, 2023"), doctrine.out());
    java.util.function.Function<String, java.util.Map<String, String>> scores = out -> out.lines()
        .filter(l -> l.matches(" +\\d+  SYN-P\\d+ +[0-9.]+"))
        .collect(java.util.stream.Collectors.toMap(l -> l.trim().split(" +")[1], l -> l.trim().split(" +")[2]));
    assertEquals(42, scores.apply(doctrine.out()).size(), doctrine.out());
    assertEquals(scores.apply(plain.out()).keySet(), scores.apply(doctrine.out()).keySet());
    // the same provinces, scored differently: the catalyst and the mechanism sub-pillar change the index
    assertTrue(!scores.apply(plain.out()).equals(scores.apply(doctrine.out())), doctrine.out());

    Run noLevel = run("score", "--data", DATA.resolve("synthetic-dataset.csv").toString(), "--doctrine");
    assertEquals(Potentia.BAD_INPUT, noLevel.code());
    assertTrue(noLevel.err().contains("--doctrine needs --level"), noLevel.err());
    Run both = run(concat(new String[] {"score", "--doctrine", "--framework", "f.json"}, provinces()));
    assertEquals(Potentia.BAD_INPUT, both.code());
    assertTrue(both.err().contains("leave out --framework f.json"), both.err());
  }

  @Test
  void scoreWithinMilitaryRegionGivesEachProvinceItsRegionAndRankThereAndSummarisesTheRegions() {
    Run r = run(concat(new String[] {"score", "--within", "military-region"}, provinces()));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("military-region          in group"), r.out());
    // 42 provinces in 8 regions: every region has a province ranked 1st within it
    assertTrue(r.out().matches("(?s).*\\n +\\d+  SYN-P\\d+ +[0-9.]+  SYN-MR\\d +1\\n.*"), r.out());
    assertEquals(8, r.out().lines().filter(l -> l.matches(" +\\d+  SYN-P\\d+ +[0-9.]+  SYN-MR\\d +1")).count(), r.out());
    assertTrue(r.out().contains("groups by military-region (8):"), r.out());
    assertTrue(r.out().matches("(?s).*\\n +SYN-MR3 +3 +[0-9.]+ +[0-9.]+ +[0-9.]+  SYN-P\\d+ +SYN-P\\d+\\n.*"), r.out());
  }

  @Test
  void scoreWithinDirectionListsTheProvincesWithoutOne() {
    Run r = run(concat(new String[] {"score", "--within", "direction"}, provinces()));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("groups by direction (3):"), r.out());
    assertTrue(r.out().matches("(?s).*\\n +\\d+  SYN-P\\d+ +[0-9.]+  \\(none\\) +-\\n.*"), r.out());
    assertTrue(r.out().contains("no direction group (28): SYN-P05, SYN-P06"), r.out());
  }

  @Test
  void scoreWithinAnUnknownTagExitsTwoNamingItAndTheKnownGroupings() {
    Run r = run(concat(new String[] {"score", "--within", "seaside"}, provinces()));
    assertEquals(Potentia.BAD_INPUT, r.code());
    assertTrue(r.err().contains("unknown grouping 'seaside'; known: direction, district, province, military-region, nation,"
        + " border, coastal, sea-island, key-economic-zone, economic-defence-zone, strategic-area"), r.err());
  }

  @Test
  void scoreWithClassesOfAnUnknownNodeNamesTheFileAndNode(@TempDir Path dir) throws Exception {
    Path classes = Files.writeString(dir.resolve("classes.json"), """
        {"method": "conjunctive", "categories": ["weak", "strong"],
         "criteria": [{"node": "navy", "thresholds": [50]}]}
        """);
    Run r = run(concat(new String[] {"score", "--classes", classes.toString()}, provinces()));
    assertEquals(Potentia.BAD_INPUT, r.code());
    assertTrue(r.err().contains(classes + ": criteria[0].node: node 'navy' is not in the framework"), r.err());
  }

  @Test
  void reportWithClassesColoursTheRankingByClass(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("report.html");
    Run r = run(concat(new String[] {"report", "--out", html.toString(), "--classes",
        DATA.resolve("classes-mr-sort.json").toString()}, provinces()));
    assertEquals(0, r.code(), r.err());
    String page = Files.readString(html);
    assertTrue(page.contains("Bars coloured by readiness class (mr-sort)") && page.contains("<table id=\"classes\">"), "classes");
  }

  @Test
  void vikorPrintsSRQAndTheCompromiseSetAsAlternativeIds(@TempDir Path dir) throws Exception {
    // Opricovic and Tzeng (2004): Q = 1, 0, 1
    Path problem = dir.resolve("p.json");
    Files.writeString(problem, """
        {"alternatives": ["A1", "A2", "A3"],
         "criteria": [{"id": "c1", "direction": "cost", "weight": 1}, {"id": "c2", "direction": "benefit", "weight": 1}],
         "matrix": [[1, 3000], [2, 3750], [5, 4500]]}
        """);
    Run r = run("rank", problem.toString(), "--method", "vikor", "--param", "v=0.5");
    assertEquals(0, r.code(), r.err());
    JsonNode json = r.json();
    assertEquals("vikor", json.get("method").asText());
    assertEquals("[1.0,0.0,1.0]", json.get("Q").toString());
    assertEquals("[2.0,1.0,2.0]", json.get("ranks").toString(), "the lowest Q ranks first; ties share the smallest rank");
    assertEquals("[\"A2\"]", json.get("compromiseSet").toString());
    assertTrue(json.get("notes").get(0).asText().contains("did not sum to 1"), json.toString());
  }

  @Test
  void prometheeAndTopsisPrintTheirOwnResults() {
    JsonNode promethee = run("rank", DATA.resolve("problem-depot.json").toString(), "--method", "promethee-ii").json();
    double sum = 0;
    for (JsonNode v : promethee.get("net-flow")) {
      sum += v.asDouble();
    }
    assertEquals(0, sum, 1e-12, "net flows sum to zero");
    assertEquals(5, promethee.get("positive-flow").size());
    JsonNode topsis = run("rank", DATA.resolve("problem-depot.json").toString(), "--method", "topsis",
        "--param", "normalisation=vector").json();
    assertEquals("vector", topsis.at("/parameters/normalisation").asText());
    assertEquals(5, topsis.get("distance-to-ideal").size());
  }

  /** Issue 21: PROMETHEE I prints its preference structure; the incomparable pair of PrometheeITest's example. */
  @Test
  void prometheeIPrintsThePreferenceStructureWithItsIncomparablePairs(@TempDir Path dir) throws Exception {
    Path problem = dir.resolve("p.json");
    Files.writeString(problem, """
        {"alternatives": ["A1", "A2", "A3"],
         "criteria": [{"id": "c1", "direction": "benefit", "weight": 0.5},
                      {"id": "c2", "direction": "benefit", "weight": 0.3},
                      {"id": "c3", "direction": "benefit", "weight": 0.2}],
         "matrix": [[1, 1, 1], [2, 2, 2], [2, 3, 1]]}
        """);
    Run r = run("rank", problem.toString(), "--method", "promethee-i");
    assertEquals(0, r.code(), r.err());
    JsonNode structure = r.json().get("preferenceStructure");
    assertEquals("[[\"A2\",\"A1\"],[\"A3\",\"A1\"]]", structure.get("preferences").toString());
    assertEquals("[]", structure.get("indifferences").toString());
    assertEquals("[[\"A2\",\"A3\"]]", structure.get("incomparabilities").toString());
    assertEquals("[3.0,1.0,1.0]", r.json().get("ranks").toString(), "ranked by the declared score; see the notes");
    JsonNode electre = run("rank", problem.toString(), "--method", "electre-i", "--param", "concordance=0.7",
        "--param", "discordance=0.5").json();
    assertEquals("0.7", electre.at("/parameters/concordance").asText());
    assertTrue(electre.has("preferenceStructure"), electre.toString());
    assertTrue(!run("rank", problem.toString(), "--method", "topsis").json().has("preferenceStructure"),
        "a complete ranking has no preference structure");
  }

  @Test
  void anUnknownMethodOrParameterExitsTwoAndListsTheKnownOnes() {
    Run method = run("rank", DATA.resolve("problem-depot.json").toString(), "--method", "electre");
    assertEquals(2, method.code());
    assertTrue(method.err().contains("known: aras, cocoso, codas, copras, edas, electre-i, gra, mabac, mairca, marcos, moora,"
        + " multimoora, ocra, pipeline, promethee-i, promethee-ii, spotis, topsis, vikor, waspas, wpm, wsm"), method.err());
    Run param = run("rank", DATA.resolve("problem-depot.json").toString(), "--method", "vikor", "--param", "w=1");
    assertEquals(2, param.code());
    assertTrue(param.err().contains("unknown parameter [w] for 'vikor'"), param.err());
    assertEquals(2, run("rank", "missing.json", "--method", "vikor").code());
  }

  /** Issue 21: the batch-A methods rank by name, take their parameters and refuse a bad one by name. */
  @Test
  void theDistanceAndRatioMethodsRankByNameWithTheirParameters(@TempDir Path dir) throws Exception {
    // Yazdani et al. (2019), Management Decision 57(9): the robot example, k = 2.041, 2.788, 2.882, 2.416, 1.299,
    // 1.443, 2.519 with lambda = 0.5
    Path robots = dir.resolve("robots.json");
    Files.writeString(robots, """
        {"alternatives": ["R1", "R2", "R3", "R4", "R5", "R6", "R7"],
         "criteria": [{"id": "load", "direction": "benefit", "weight": 0.036},
                      {"id": "repeatability", "direction": "cost", "weight": 0.192},
                      {"id": "speed", "direction": "benefit", "weight": 0.326},
                      {"id": "memory", "direction": "benefit", "weight": 0.326},
                      {"id": "reach", "direction": "benefit", "weight": 0.120}],
         "matrix": [[60, 0.4, 2540, 500, 990], [6.35, 0.15, 1016, 3000, 1041], [6.8, 0.1, 1727.2, 1500, 1676],
                    [10, 0.2, 1000, 2000, 965], [2.5, 0.1, 560, 500, 915], [4.5, 0.08, 1016, 350, 508],
                    [3, 0.1, 1778, 1000, 920]]}
        """);
    Run cocoso = run("rank", robots.toString(), "--method", "cocoso", "--param", "lambda=0.5");
    assertEquals(0, cocoso.code(), cocoso.err());
    JsonNode json = cocoso.json();
    assertEquals("cocoso", json.get("method").asText());
    assertEquals(2.882, json.get("scores").get(2).asDouble(), 5e-4);
    assertEquals("[5.0,2.0,1.0,4.0,7.0,6.0,3.0]", json.get("ranks").toString());
    assertEquals(7, json.get("kb").size());
    for (String method : new String[] {"edas", "mabac", "marcos", "codas", "aras", "copras"}) {
      Run r = run("rank", robots.toString(), "--method", method);
      assertEquals(0, r.code(), method + ": " + r.err());
      assertEquals(7, r.json().get("ranks").size(), method);
    }
    assertEquals("0.05", run("rank", robots.toString(), "--method", "codas", "--param", "tau=0.05").json()
        .at("/parameters/tau").asText());
    Run bad = run("rank", robots.toString(), "--method", "codas", "--param", "tau=2");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("codas: tau 2.0 must be in [0, 1]"), bad.err());
  }

  @Test
  void aBadProblemFileNamesTheFileAndPosition(@TempDir Path dir) throws Exception {
    Path problem = dir.resolve("bad.json");
    Files.writeString(problem, "{\"alternatives\": [\"A\"],\n \"criteria\": [{\"id\": \"c\", \"direction\": \"upwards\"}],\n \"matrix\": [[1]]}");
    Run r = run("rank", problem.toString(), "--method", "topsis");
    assertEquals(2, r.code());
    assertTrue(r.err().contains(problem + ":2:") && r.err().contains("criteria[0].direction"), r.err());
  }

  @Test
  void ahpPrintsPrioritiesAndConsistency() {
    JsonNode json = run("ahp", DATA.resolve("pairwise-pillars.json").toString()).json();
    assertEquals(3, json.get("priorities").size());
    assertTrue(json.get("consistencyRatio").asDouble() < 0.1);
    assertTrue(json.get("randomIndexTable").asText().startsWith("Saaty (1980)"));
  }

  @Test
  void weightsArePrintedPerCriterion() {
    JsonNode json = run("weights", DATA.resolve("problem-depot.json").toString(), "--method", "critic").json();
    double sum = 0;
    for (JsonNode w : json.get("weights")) {
      sum += w.asDouble();
    }
    assertEquals(1, sum, 1e-12);
  }

  /**
   * Issue 15, item 7: CRITIC turns a problem's cost criteria around before weighing. JMcDM's CRITIC
   * example (github.com/jbytecode/JMcDM, test/mcdm/testcritic.jl; after Diakoulaki, Mavrotas and
   * Papayannakis 1995): the third criterion a cost, with negative values.
   */
  @Test
  void criticWeightsTurnTheProblemsCostCriteriaAroundAsPublished(@TempDir Path dir) throws Exception {
    Path problem = dir.resolve("p.json");
    Files.writeString(problem, """
        {"alternatives": ["A1", "A2", "A3"],
         "criteria": [{"id": "c1", "direction": "benefit", "weight": 1}, {"id": "c2", "direction": "benefit", "weight": 1},
                      {"id": "c3", "direction": "cost", "weight": 1}, {"id": "c4", "direction": "benefit", "weight": 1}],
         "matrix": [[12.9918, 0.7264, -1.1009, 1.598139592], [4.1201, 5.8824, 3.4483, 1.021563567],
                    [4.1039, 0.0, -0.5076, 0.984469444]]}
        """);
    Run r = run("weights", problem.toString(), "--method", "critic");
    assertEquals(0, r.code(), r.err());
    double[] expected = {0.16883905506169491, 0.41844653698732126, 0.24912338769165807, 0.16359102025932576};
    JsonNode weights = r.json().get("weights");
    for (int j = 0; j < expected.length; j++) {
      assertEquals(expected[j], weights.get(j).asDouble(), 1e-9, "criterion " + j);
    }
  }

  /** Issue 15, item 8: WPM takes a normalisation, as WSM does. */
  @Test
  void wpmTakesANormalisationParameterAndRefusesOneThatGivesZero(@TempDir Path dir) throws Exception {
    // Triantaphyllou (2000), section 2.2.2, all benefits: P(A1/A2) = 1.007; x / max scales each criterion by a
    // constant, so the ratios of the raw product stay
    Path benefits = dir.resolve("benefits.json");
    Files.writeString(benefits, """
        {"alternatives": ["A1", "A2", "A3"],
         "criteria": [{"id": "c1", "direction": "benefit", "weight": 0.20}, {"id": "c2", "direction": "benefit", "weight": 0.15},
                      {"id": "c3", "direction": "benefit", "weight": 0.40}, {"id": "c4", "direction": "benefit", "weight": 0.25}],
         "matrix": [[25, 20, 15, 30], [10, 30, 20, 30], [30, 10, 30, 10]]}
        """);
    Run max = run("rank", benefits.toString(), "--method", "wpm", "--param", "normalisation=max");
    assertEquals(0, max.code(), max.err());
    JsonNode json = max.json();
    assertEquals("max", json.at("/parameters/normalisation").asText());
    assertEquals(1.007, json.get("scores").get(0).asDouble() / json.get("scores").get(1).asDouble(), 5e-4);

    String depot = DATA.resolve("problem-depot.json").toString();
    Run linear = run("rank", depot, "--method", "wpm", "--param", "normalisation=fraction-of-max");
    assertEquals(0, linear.code(), linear.err());
    assertEquals(run("rank", depot, "--method", "wpm").json().get("ranks"), linear.json().get("ranks"),
        "linear normalisation multiplies each score by one constant");
    // max normalisation gives a cost criterion's largest value 0 (1 - x / max): no product of powers
    Run refused = run("rank", depot, "--method", "wpm", "--param", "normalisation=max");
    assertEquals(2, refused.code());
    assertTrue(refused.err().contains("normalisation 'max' gives 0.0 for 'Site C' on 'cost'"), refused.err());
  }

  @Test
  void validateReportsEveryProblemOfEveryFile(@TempDir Path dir) throws Exception {
    Path good = DATA.resolve("synthetic-areas.json");
    Path bad = dir.resolve("data.csv");
    Files.writeString(bad, "area,year,economic.gdp,political.trust_government\nP1,2023,-5,140\nP2,20x3,1,2\n");
    Run r = run("validate", good.toString(), bad.toString());
    assertEquals(2, r.code());
    assertTrue(r.out().contains("synthetic-areas.json: valid area hierarchy"), r.out());
    assertTrue(r.out().contains(bad + ": 3 problems"), r.out());
    assertTrue(r.out().contains(bad + ":2:3: indicator 'economic.gdp' of area 'P1' in 2023 is -5.0"), r.out());
  }

  @Test
  void reportWritesOneHtmlFileWithEveryChart(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("report.html");
    Run r = run("report", "--data", DATA.resolve("synthetic-dataset.csv").toString(),
        "--hierarchy", DATA.resolve("synthetic-areas.json").toString(), "--level", "province", "--out", html.toString(),
        "--synthetic-map");
    assertEquals(0, r.code(), r.err());
    String page = Files.readString(html);
    assertTrue(page.contains("Shapes: synthetic geometry (a seeded Voronoi partition, seed 20240601), generated by Potentia:"
        + " not real boundaries"), "the generated geometry says it is synthetic");
    // the interactive ranking, map and trends (the static ranking, heat map and trends they replace are gone), the roll-up
    for (String chart : new String[] {"id=\"chart-ranking\"", "id=\"chart-map\"", "id=\"trend-multiples\"", "id=\"rollup\"",
        "id=\"strengths\""}) {
      assertTrue(page.contains(chart), chart);
    }
    assertTrue(page.contains("SYNTHETIC DATA"), "the data's label is in the methodology");
  }

  @Test
  void reportSpeaksVietnameseAndMapsTheShapesOfAGeoJsonListingTheAreasWithout(@TempDir Path dir) throws Exception {
    Path shapes = dir.resolve("shapes.geojson");
    Files.writeString(shapes, "{\"type\":\"FeatureCollection\",\"features\":["
        + "{\"type\":\"Feature\",\"properties\":{\"code\":\"SYN-P01\"},\"geometry\":{\"type\":\"Polygon\","
        + "\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]}},"
        + "{\"type\":\"Feature\",\"properties\":{\"code\":\"SYN-P02\"},\"geometry\":{\"type\":\"Polygon\","
        + "\"coordinates\":[[[1,0],[2,0],[2,1],[1,0]]]}}]}");
    Path html = dir.resolve("report.html");
    Run r = run("report", "--data", DATA.resolve("synthetic-dataset.csv").toString(), "--hierarchy",
        DATA.resolve("synthetic-areas.json").toString(), "--level", "province", "--out", html.toString(), "--lang", "vi",
        "--geojson", shapes.toString(), "--geojson-property", "code");
    assertEquals(0, r.code(), r.err());
    String page = Files.readString(html);
    assertTrue(page.contains("<html lang=\"vi\">") && page.contains("<h2>Khám phá bảng xếp hạng</h2>"), "Vietnamese headings");
    String missing = page.substring(page.indexOf("<p id=\"map-missing\">"), page.indexOf("</p>", page.indexOf("id=\"map-missing\"")));
    assertTrue(missing.contains("North-western Province 3 (SYN-P03)") && !missing.contains("(SYN-P01)"), missing);
    assertEquals(40, missing.split("\\(SYN-P").length - 1, "the 40 of 42 provinces without a shape are listed");

    Files.writeString(shapes, "{\"type\":\"FeatureCollection\",\"features\":["
        + "{\"type\":\"Feature\",\"properties\":{\"code\":\"SYN-P99\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[]}},"
        + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[0,0]}}]}");
    Run bad = run("report", "--data", DATA.resolve("synthetic-dataset.csv").toString(), "--hierarchy",
        DATA.resolve("synthetic-areas.json").toString(), "--level", "province", "--out", html.toString(),
        "--geojson", shapes.toString(), "--geojson-property", "code");
    assertEquals(Potentia.BAD_INPUT, bad.code());
    assertTrue(bad.err().contains("$.features[0].properties.code: 'SYN-P99' is no area of the report"), bad.err());
    assertTrue(bad.err().contains("$.features[1].properties.code: missing"), bad.err());
    assertTrue(bad.err().contains("shapes.geojson") && !bad.err().contains("\tat "), "the file named, no stack trace");
    Run french = run("report", "--data", DATA.resolve("synthetic-dataset.csv").toString(), "--out", html.toString(), "--lang", "fr");
    assertEquals(Potentia.BAD_INPUT, french.code());
    assertTrue(french.err().contains("'fr' is not a language of the report; use one of [en, vi]"), french.err());
  }

  @Test
  void reportAddsRankIntervalsSobolIndicesAndTheRoadmap(@TempDir Path dir) throws Exception {
    // the plan leaves indicators out of a framework whose scenarios weight them: the scenarios must follow
    Path html = dir.resolve("report.html");
    Run r = run("report", "--data", DATA.resolve("synthetic-dataset.csv").toString(),
        "--hierarchy", DATA.resolve("synthetic-areas.json").toString(), "--level", "province", "--out", html.toString(),
        "--uncertainty", DATA.resolve("uncertainty-plan-synthetic.json").toString(), "--sensitivity", "16",
        "--projects", DATA.resolve("priorities-synthetic.json").toString());
    assertEquals(0, r.code(), r.err());
    String page = Files.readString(html);
    for (String section : new String[] {"id=\"rank-intervals\"", "id=\"sobol\"", "id=\"roadmap\"", "200 Monte Carlo replications"}) {
      assertTrue(page.contains(section), section);
    }
    Run bad = run("report", "--data", DATA.resolve("synthetic-dataset.csv").toString(),
        "--hierarchy", DATA.resolve("synthetic-areas.json").toString(), "--level", "province", "--out", html.toString(),
        "--sensitivity", "16", "--weight-range", "wide");
    assertEquals(Potentia.BAD_INPUT, bad.code());
    assertTrue(bad.err().contains("'wide' is not LOW:HIGH"), bad.err());
  }

  @Test
  void anIndexInCoinrTablesScoresAndWritesAnExcelWorkbook(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("iMeta.csv"), "Level,iCode,iName,Direction,Weight,Parent,Type\n"
        + "1,GDP,GDP,1,1,Econ,Indicator\n1,Debt,Public debt,-1,1,Econ,Indicator\n1,Troops,Troops,1,1,Mil,Indicator\n"
        + "2,Econ,Economy,,1,Index,Aggregate\n2,Mil,Military,,2,Index,Aggregate\n3,Index,Index,,1,,Aggregate\n");
    Files.writeString(dir.resolve("iData.csv"), "uCode,uName,Time,GDP,Debt,Troops\n"
        + "A,Alpha,2023,10,50,3\nB,Beta,2023,20,40,1\nC,Gamma,2023,30,70,2\n");
    Path xlsx = dir.resolve("scores.xlsx");
    Run r = run("score", "--coinr-data", dir.resolve("iData.csv").toString(), "--coinr-meta", dir.resolve("iMeta.csv").toString(),
        "--xlsx", xlsx.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+1\\s+A\\s+.*")), r.out());
    try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(xlsx.toFile())) {
      assertEquals(java.util.List.of("Level 0", "Level 1", "Level 2", "Ranks", "Methodology"),
          wb.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName).toList());
      var rows = wb.getFirstSheet().read();
      assertEquals("index", rows.get(0).getCellText(2));
      assertEquals(4, rows.size(), "a header and one row per area");
    }
    Run both = run("score", "--coinr-data", dir.resolve("iData.csv").toString());
    assertEquals(2, both.code());
    assertTrue(both.err().contains("need both --coinr-data and --coinr-meta"), both.err());
  }

  @Test
  void uncertaintyWritesTheWorkloadColumnsAndItsTiming(@TempDir Path dir) throws Exception {
    StringBuilder csv = new StringBuilder("id,i001,i002,i003\n");
    java.util.SplittableRandom random = new java.util.SplittableRandom(3);
    for (int u = 0; u < 40; u++) {
      csv.append(String.format(java.util.Locale.ROOT, "u%03d,%.4f,%.4f,%.4f%n", u, 1 + random.nextDouble() * 9,
          1 + random.nextDouble() * 9, 1 + random.nextDouble() * 9));
    }
    Files.writeString(dir.resolve("u1.csv"), csv);
    Path out = dir.resolve("out.csv");
    Run r = run("uncertainty", "--data", dir.resolve("u1.csv").toString(), "--spec", Path.of("..", "bench", "u1.json").toString(),
        "--replications", "200", "--seed", "1", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().startsWith("{\"units\": 40, \"indicators\": 3, \"replications\": 200, \"load_s\""), r.err());
    java.util.List<String> lines = Files.readAllLines(out);
    // workload U1's columns, then the share in the plan's top k (bench/u1.json: 10)
    assertEquals("id,nominal_score,nominal_rank,median_rank,p05_rank,p95_rank,mean_rank,top_k_probability", lines.get(0));
    assertEquals(41, lines.size());
    double inTop = lines.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(',') + 1))).sum();
    assertEquals(10, inTop, 1e-9, "each replication puts exactly 10 of the 40 areas in its top 10");
    Run again = run("uncertainty", "--data", dir.resolve("u1.csv").toString(), "--spec", Path.of("..", "bench", "u1.json").toString(),
        "--replications", "200", "--seed", "1", "--out", dir.resolve("again.csv").toString());
    assertEquals(0, again.code());
    assertEquals(lines, Files.readAllLines(dir.resolve("again.csv")), "the same seed gives the same file");
  }

  /** The launcher's switch for the reader's warm-up is a setting too: a value it cannot read stops the command, named. */
  @Test
  void uncertaintyRefusesAWarmUpSwitchThatIsNeitherTrueNorFalse(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("u1.csv"), "id,a,b\nx,1,2\ny,3,4\n");
    TemporaryProperty.with(WarmUp.READER_PROPERTY, "on", () -> {
      Run r = run("uncertainty", "--data", dir.resolve("u1.csv").toString(), "--spec", Path.of("..", "bench", "u1.json").toString(),
          "--replications", "20", "--out", dir.resolve("out.csv").toString());
      assertEquals(2, r.code(), r.err());
      assertTrue(r.err().contains("system property: potentia.warmReader: 'on' is neither true nor false"), r.err());
      assertFalse(Files.exists(dir.resolve("out.csv")));
    });
  }

  @Test
  void replicationsThatCannotFitInMemoryAreRefusedBeforeTheRunStarts(@TempDir Path dir) throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(Runtime.getRuntime().maxMemory() < 8_000_000_000L,
        "skipped: this JVM's heap could hold the 8.6 GB table the test asks for");
    // 32,768 areas, one more than two-byte ranks can number, so four bytes a rank: the largest
    // table of one node then takes 8.6 GB (two-byte ranks would take at most 4.3 GB)
    StringBuilder rows = new StringBuilder("id,a,b\n");
    for (int i = 0; i < 32_768; i++) {
      rows.append('A').append(i).append(',').append(1 + i % 7).append(',').append(1 + i % 5).append('\n');
    }
    Files.writeString(dir.resolve("many.csv"), rows);
    Run r = run("uncertainty", "--data", dir.resolve("many.csv").toString(), "--spec",
        Path.of("..", "bench", "u1.json").toString(), "--replications", "65535", "--out", dir.resolve("r.csv").toString());
    assertEquals(Potentia.BAD_INPUT, r.code(), r.err());
    assertTrue(r.err().contains("32768 areas x 65535 replications x 1 nodes need 8.6 GB for their ranks"), r.err());
    assertTrue(!r.err().contains("OutOfMemoryError") && !r.err().contains("\tat "), "no trace: " + r.err());
  }

  @Test
  void sensitivityWritesSobolIndicesPerWeightAndTheAggregatorChoice(@TempDir Path dir) throws Exception {
    StringBuilder csv = new StringBuilder("id,i001,i002,i003\n");
    java.util.SplittableRandom random = new java.util.SplittableRandom(5);
    for (int u = 0; u < 30; u++) {
      csv.append(String.format(java.util.Locale.ROOT, "u%03d,%.4f,%.4f,%.4f%n", u, 1 + random.nextDouble() * 9,
          1 + random.nextDouble() * 9, 1 + random.nextDouble() * 9));
    }
    Files.writeString(dir.resolve("m.csv"), csv);
    Path out = dir.resolve("sobol.csv");
    Run r = run("sensitivity", "--data", dir.resolve("m.csv").toString(), "--spec", Path.of("..", "bench", "u1.json").toString(),
        "--samples", "256", "--bootstrap", "200", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().startsWith("{\"units\": 30, \"factors\": 4, \"model_runs\": 1536,"), r.err());
    java.util.List<String> lines = Files.readAllLines(out);
    assertEquals("factor,first_order,first_low,first_high,total_order,total_low,total_high", lines.get(0));
    assertEquals(java.util.List.of("weight:i001", "weight:i002", "weight:i003", "aggregation"),
        lines.stream().skip(1).map(l -> l.split(",")[0]).toList());
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      double first = Double.parseDouble(cells[1]);
      double total = Double.parseDouble(cells[4]);
      assertTrue(Double.parseDouble(cells[2]) <= first && first <= Double.parseDouble(cells[3]), line);
      assertTrue(Double.parseDouble(cells[5]) <= total && total <= Double.parseDouble(cells[6]), line);
      assertTrue(total >= 0, "a total-order index is a mean of squares over a variance: " + line);
    }
  }

  @Test
  void sensitivityRejectsASampleTooSmallToEstimateAVariance(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("m.csv"), "id,a,b\nx,1,2\ny,2,1\n");
    Run r = run("sensitivity", "--data", dir.resolve("m.csv").toString(), "--spec", Path.of("..", "bench", "u1.json").toString(),
        "--samples", "1", "--out", dir.resolve("o.csv").toString());
    assertEquals(Potentia.BAD_INPUT, r.code());
    assertTrue(r.err().contains("baseSamples is 1; it must be at least 2"), r.err());
  }

  @Test
  void compareListsPerAreaChangesAndTheRankingsAgreementBetweenScenarios(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("changes.csv");
    Run r = run("compare", "--data", DATA.resolve("synthetic-dataset.csv").toString(),
        "--hierarchy", DATA.resolve("synthetic-areas.json").toString(), "--level", "province",
        "--scenario", "peacetime", "--against-scenario", "wartime", "--csv", csv.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode json = r.json();
    assertEquals(42, json.get("changes").size());
    assertEquals(0, json.get("notComparable").size());
    double rho = json.get("spearman").asDouble();
    assertTrue(rho > 0 && rho < 1, "different weights reorder some provinces, not all: rho = " + rho);
    java.util.List<String> lines = Files.readAllLines(csv);
    assertEquals("area,score_a,score_b,score_change,rank_a,rank_b,rank_change", lines.get(0));
    assertEquals(43, lines.size());
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      assertEquals(Double.parseDouble(cells[2]) - Double.parseDouble(cells[1]), Double.parseDouble(cells[3]), 1e-12, line);
      assertEquals(Long.parseLong(cells[4]) - Long.parseLong(cells[5]), Long.parseLong(cells[6]), line);
    }
  }

  @Test
  void compareNeedsASecondMethodology() {
    Run r = run("compare", "--data", DATA.resolve("synthetic-dataset.csv").toString());
    assertEquals(Potentia.BAD_INPUT, r.code());
    assertTrue(r.err().contains("--against-spec, --against-scenario or --against-framework"), r.err());
  }

  private static String[] provinces() {
    return new String[] {"--data", DATA.resolve("synthetic-dataset.csv").toString(), "--hierarchy",
        DATA.resolve("synthetic-areas.json").toString(), "--level", "province"};
  }

  @Test
  void oatWritesOneRowPerIndicatorLeftOutAndPerNodeAndWeightFactor(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("oat.csv");
    Run r = run(concat(new String[] {"oat", "--factors", "0.5,1", "--out", csv.toString()}, provinces()));
    assertEquals(0, r.code(), r.err());
    io.potentia.core.framework.Framework framework = io.potentia.core.framework.DefaultFramework.of(
        io.potentia.core.indicator.IndicatorCatalogue.builtIn(), io.potentia.core.area.AreaLevel.PROVINCE);
    int leaves = framework.leaves().size();
    int weighted = framework.nodes().size() - 1;
    List<String> lines = Files.readAllLines(csv);
    assertEquals("perturbation,node,factor,spearman,kendall,mean_abs_rank_shift,max_abs_rank_shift", lines.get(0));
    assertEquals(1 + leaves + 2 * weighted, lines.size());
    assertEquals(leaves + 2 * weighted, r.json().get("perturbations").asInt());
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      double factor = Double.parseDouble(cells[2]);
      assertEquals(cells[0].equals("leave-out") ? 0.0 : factor, factor, line);
      if (factor == 1) {
        // a weight multiplied by one is the nominal framework: nothing may move
        assertEquals(1.0, Double.parseDouble(cells[3]), line);
        assertEquals(0.0, Double.parseDouble(cells[5]), line);
      }
    }
    JsonNode top = r.json().get("mostInfluential");
    assertEquals(5, top.size());
    for (int i = 1; i < top.size(); i++) {
      assertTrue(top.get(i - 1).get("meanAbsRankShift").asDouble() >= top.get(i).get("meanAbsRankShift").asDouble(),
          top.toString());
    }
    Run bad = run(concat(new String[] {"oat", "--factors", "0", "--out", csv.toString()}, provinces()));
    assertEquals(Potentia.BAD_INPUT, bad.code());
    assertTrue(bad.err().contains("weight factor 0.0 must be finite and positive"), bad.err());
  }

  @Test
  void balanceWritesEachAreasImbalanceCoordinationAndGap(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("balance.csv");
    Run r = run(concat(new String[] {"balance", "--coupling", "economic,military", "--gap", "economic:military",
        "--out", csv.toString()}, provinces()));
    assertEquals(0, r.code(), r.err());
    JsonNode json = r.json();
    assertEquals("[\"political\",\"economic\",\"science-technology\",\"military\",\"diplomatic\"]",
        json.get("nodes").toString());
    double r2 = json.get("gap").get("rSquared").asDouble();
    assertTrue(r2 >= 0 && r2 <= 1, "R squared " + r2);
    List<String> lines = Files.readAllLines(csv);
    assertEquals("area,spread,weakest,strongest,coordination,gap", lines.get(0));
    assertEquals(43, lines.size());
    double residuals = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      assertTrue(Double.parseDouble(cells[1]) > 0, line);
      assertTrue(!cells[2].equals(cells[3]), "unequal potentials have distinct weakest and strongest: " + line);
      double degree = Double.parseDouble(cells[4]);
      assertTrue(degree >= 0 && degree <= 1, line);
      residuals += Double.parseDouble(cells[5]);
    }
    // least squares with an intercept leaves residuals that sum to zero
    assertEquals(0, residuals, 1e-9);

    Run bad = run(concat(new String[] {"balance", "--gap", "economic", "--out", csv.toString()}, provinces()));
    assertEquals(Potentia.BAD_INPUT, bad.code());
    assertTrue(bad.err().contains("'economic' is not RESOURCES:OUTCOME"), bad.err());
    Run unknown = run(concat(new String[] {"balance", "--nodes", "economic,nowhere", "--out", csv.toString()}, provinces()));
    assertEquals(Potentia.BAD_INPUT, unknown.code());
    assertTrue(unknown.err().contains("nowhere"), unknown.err());
  }

  @Test
  void leadPrintsOneRowPerFollowerWithItsWithinSlopeAndStandardError() {
    Run r = run(concat(new String[] {"lead", "--format", "json"}, provinces()));
    assertEquals(0, r.code(), r.err());
    JsonNode rows = r.json().get("rows");
    assertEquals(4, rows.size());
    assertEquals("economic", rows.get(0).get("follower").asText());
    for (JsonNode row : rows) {
      JsonNode e = row.get("estimate");
      // 42 provinces, 5 years: 4 yearly changes each
      assertEquals(168, e.get("observations").asInt() + row.get("notScored").size(), row.toString());
      assertEquals(e.get("coefficient").asDouble() / e.get("standardError").asDouble(), e.get("t").asDouble(), 1e-9);
    }
    Run table = run(concat(new String[] {"lead"}, provinces()));
    assertEquals(0, table.code(), table.err());
    assertTrue(table.out().contains("se(cluster)"), table.out());
    Run bad = run(concat(new String[] {"lead", "--followers", "political"}, provinces()));
    assertEquals(Potentia.BAD_INPUT, bad.code());
    assertTrue(bad.err().contains("not the driver 'political'"), bad.err());
  }

  @Test
  void budgetPrintsEachProvincesGapAndFlagsThoseBeyondTheThreshold() {
    Run r = run(concat(new String[] {"budget", "--format", "json"}, provinces()));
    assertEquals(0, r.code(), r.err());
    JsonNode json = r.json();
    double s = json.get("residualStandardError").asDouble();
    int counted = 0;
    double gaps = 0;
    for (JsonNode a : json.get("areas")) {
      double z = a.get("standardised").asDouble();
      String expected = z < -1 ? "UNDER" : z > 1 ? "OVER" : "SQUARED";
      assertEquals(expected, a.get("status").asText(), a.toString());
      assertEquals(a.get("gap").asDouble() / s, z, 1e-9);
      gaps += a.get("gap").asDouble();
      counted++;
    }
    // 42 provinces, each assessed or listed apart; least-squares gaps sum to zero
    assertEquals(42, counted + json.get("notScored").size());
    assertEquals(0, gaps, 1e-6);
    Run table = run(concat(new String[] {"budget", "--threshold", "1.5"}, provinces()));
    assertEquals(0, table.code(), table.err());
    assertTrue(table.out().contains("flagged beyond 1.50 s.e."), table.out());
    Run bad = run(concat(new String[] {"budget", "--spending", "economic.nothing"}, provinces()));
    assertEquals(Potentia.BAD_INPUT, bad.code());
    assertTrue(bad.err().contains("no indicator 'economic.nothing'"), bad.err());
  }

  @Test
  void auditPrintsItsSummaryAndWritesTheWholeAuditIntoAFolder(@TempDir Path dir) throws Exception {
    Path folder = dir.resolve("audit");
    Run r = run(concat(new String[] {"audit", "--min-share", "0.9", "--screen", "flag", "--out", folder.toString()},
        provinces()));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("created " + folder), r.err());
    JsonNode json = r.json();
    assertEquals(42, json.get("areas").asInt());
    assertEquals(42, json.get("scored").asInt(), "flagged areas are scored");
    assertEquals(5, json.at("/summary/largestGaps").size());
    for (String file : List.of("audit.json", "availability.csv", "statistics.csv", "correlations.csv", "pairs.csv",
        "nodes.csv", "weights.csv")) {
      assertTrue(Files.size(folder.resolve(file)) > 0, file);
    }
    assertEquals(43, Files.readAllLines(folder.resolve("availability.csv")).size());

    Run bad = run(concat(new String[] {"audit", "--min-share", "1.5", "--coverage", "2", "--screen", "drop", "--out",
        folder.toString()}, provinces()));
    assertEquals(Potentia.BAD_INPUT, bad.code());
    assertTrue(bad.err().contains("--screen: 'drop' is not exclude or flag"), bad.err());
    assertTrue(bad.err().contains("--coverage: statistics: the coverage 2.0 is not in [0, 1]"), bad.err());
  }

  @Test
  void whatifRescoresWithChangedValuesAndPrintsMarginalEffects() {
    String[] inputs = {"--data", DATA.resolve("synthetic-dataset.csv").toString(), "--hierarchy",
        DATA.resolve("synthetic-areas.json").toString(), "--level", "province"};
    Run set = run(concat(new String[] {"whatif", "--set", "SYN-P01:political.trust_government=90"}, inputs));
    assertEquals(0, set.code(), set.err());
    JsonNode first = set.json().get("comparison").get("changes").get(0);
    assertEquals("SYN-P01", first.get("area").asText());
    assertTrue(first.get("scoreChange").asDouble() > 0, "more trust raises the index: " + first);

    Run marginal = run(concat(new String[] {"whatif", "--marginal", "SYN-P01", "--step", "0.1"}, inputs));
    assertEquals(0, marginal.code(), marginal.err());
    JsonNode effects = marginal.json().get("effects");
    assertTrue(effects.size() > 10, effects.toString());
    for (JsonNode e : effects) {
      assertEquals(e.get("scoreChange").asDouble() / e.get("step").asDouble(), e.get("perUnit").asDouble(), 1e-12);
    }

    Run bad = run(concat(new String[] {"whatif", "--set", "SYN-P01:political.trust_government=lots"}, inputs));
    assertEquals(Potentia.BAD_INPUT, bad.code());
    assertTrue(bad.err().contains("value 'lots' is not a finite number"), bad.err());
  }

  @Test
  void montecarloWritesRankStatisticsPerNodeAndAreaAndTheRecord(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("ranks.csv");
    Path record = dir.resolve("record.json");
    Run r = run("montecarlo", "--data", DATA.resolve("synthetic-dataset.csv").toString(), "--hierarchy",
        DATA.resolve("synthetic-areas.json").toString(), "--level", "province",
        "--plan", DATA.resolve("uncertainty-plan-synthetic.json").toString(), "--out", out.toString(), "--record", record.toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = Files.readAllLines(out);
    assertEquals("node,area,nominal_rank,mean_rank,p05_rank,p50_rank,p95_rank,top_k_probability,replications", lines.get(0));
    List<String> index = lines.stream().filter(l -> l.startsWith("index,")).toList();
    assertEquals(42, index.size(), "every province at the index");
    for (String line : index) {
      String[] f = line.split(",");
      double p05 = Double.parseDouble(f[4]);
      double p50 = Double.parseDouble(f[5]);
      double p95 = Double.parseDouble(f[6]);
      assertTrue(1 <= p05 && p05 <= p50 && p50 <= p95 && p95 <= 42, line);
      assertEquals("200", f[8], "the index is in every replication");
    }
    JsonNode used = new com.fasterxml.jackson.databind.ObjectMapper().readTree(record.toFile());
    assertEquals(200, used.get("replications").size());
    assertEquals(2, used.get("replications").get(0).get("leftOut").size());

    Run bad = run("montecarlo", "--data", DATA.resolve("synthetic-dataset.csv").toString(), "--plan",
        DATA.resolve("synthetic-areas.json").toString(), "--out", out.toString());
    assertEquals(Potentia.BAD_INPUT, bad.code());
    assertTrue(bad.err().contains("synthetic-areas.json"), bad.err());
  }

  @Test
  void whatifFindsTheSmallestChangeThatMovesAnAreaUp() {
    String[] inputs = {"--data", DATA.resolve("synthetic-dataset.csv").toString(), "--hierarchy",
        DATA.resolve("synthetic-areas.json").toString(), "--level", "province"};
    Run up = run(concat(new String[] {"whatif", "--move-up", "SYN-P05:2"}, inputs));
    assertEquals(0, up.code(), up.err());
    JsonNode result = up.json();
    assertEquals(result.get("rank").asDouble() - 2, result.get("targetRank").asDouble());
    JsonNode combined = result.get("combined");
    assertTrue(combined.get("rank").asDouble() <= result.get("targetRank").asDouble(), combined.toString());
    for (JsonNode single : result.get("singleIndicator")) {
      assertTrue(combined.get("cost").asDouble() <= single.get("cost").asDouble() + 1e-9, single.toString());
    }

    Run bound = run(concat(new String[] {"whatif", "--move-up", "SYN-P05:2", "--bound", "economic.grdp_per_capita=lots"}, inputs));
    assertEquals(Potentia.BAD_INPUT, bound.code());
    assertTrue(bound.err().contains("is not INDICATOR=LOW:HIGH"), bound.err());
    Run two = run(concat(new String[] {"whatif", "--move-up", "SYN-P05:2", "--marginal", "SYN-P05"}, inputs));
    assertEquals(Potentia.BAD_INPUT, two.code());
  }

  @Test
  void prioritiesPrintsAFundedRoadmapWithinTheBudget(@TempDir Path dir) throws Exception {
    String[] inputs = {"--data", DATA.resolve("synthetic-dataset.csv").toString(), "--hierarchy",
        DATA.resolve("synthetic-areas.json").toString(), "--level", "province"};
    Run exact = run(concat(new String[] {"priorities", "--projects", DATA.resolve("priorities-synthetic.json").toString()}, inputs));
    assertEquals(0, exact.code(), exact.err());
    JsonNode roadmap = exact.json();
    assertTrue(roadmap.get("spent").asDouble() <= 120, roadmap.toString());
    assertTrue(roadmap.get("value").asDouble() > roadmap.get("baseline").asDouble(), roadmap.toString());
    double gains = 0;
    for (JsonNode f : roadmap.get("funded")) {
      gains += f.get("gain").asDouble();
    }
    assertEquals(roadmap.get("value").asDouble() - roadmap.get("baseline").asDouble(), gains, 1e-9, "the gains add up");

    Run greedy = run(concat(new String[] {"priorities", "--method", "GREEDY", "--projects",
        DATA.resolve("priorities-synthetic.json").toString()}, inputs));
    assertEquals(0, greedy.code(), greedy.err());
    assertTrue(greedy.json().get("value").asDouble() <= roadmap.get("value").asDouble() + 1e-12);

    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, Files.readString(DATA.resolve("priorities-synthetic.json")).replace("\"cost\": 35", "\"cost\": 0"));
    Run rejected = run(concat(new String[] {"priorities", "--projects", bad.toString()}, inputs));
    assertEquals(Potentia.BAD_INPUT, rejected.code());
    assertTrue(rejected.err().contains("bad.json:11:") && rejected.err().contains("project 'p09-readiness' costs 0.0"),
        rejected.err());

    Path empty = dir.resolve("empty.json");
    Files.writeString(empty, "{}");
    Run missing = run(concat(new String[] {"priorities", "--projects", empty.toString()}, inputs));
    assertEquals(Potentia.BAD_INPUT, missing.code(), "a projects file without projects is bad input, not a crash");
    assertTrue(missing.err().contains("projects: a projects file needs \"projects\"")
        && missing.err().contains("budget: a projects file needs \"budget\""), missing.err());
  }

  @Test
  void aDatasetWithAHeaderAndNoRowsIsRefusedByScoreAndValidate(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("header-only.csv");
    Files.writeString(csv, "area,year,economic.gdp\n");
    Run score = run("score", "--data", csv.toString());
    assertEquals(Potentia.BAD_INPUT, score.code(), score.err());
    assertTrue(score.err().contains("header-only.csv:2: the file has a header but no data rows"), score.err());
    Run validate = run("validate", csv.toString());
    assertTrue(validate.out().contains("the file has a header but no data rows"), validate.out() + validate.err());
  }

  @Test
  void whatifAndPrioritiesWriteTheirTablesWhenAsked(@TempDir Path dir) throws Exception {
    String[] inputs = {"--data", DATA.resolve("synthetic-dataset.csv").toString(), "--hierarchy",
        DATA.resolve("synthetic-areas.json").toString(), "--level", "province"};
    Path changes = dir.resolve("changes.csv");
    Run set = run(concat(new String[] {"whatif", "--set", "SYN-P01:political.trust_government=90", "--csv", changes.toString()},
        inputs));
    assertEquals(0, set.code(), set.err());
    java.util.List<String> rows = Files.readAllLines(changes);
    assertEquals("area,score_a,score_b,score_change,rank_a,rank_b,rank_change", rows.get(0));
    assertEquals(1 + 42, rows.size(), "one row per province");
    Path marginals = dir.resolve("marginals.csv");
    Run marginal = run(concat(new String[] {"whatif", "--marginal", "SYN-P01", "--csv", marginals.toString()}, inputs));
    assertEquals(0, marginal.code(), marginal.err());
    assertEquals(marginal.json().get("effects").size() + 1, Files.readAllLines(marginals).size());
    Run moveUp = run(concat(new String[] {"whatif", "--move-up", "SYN-P05:2", "--csv", marginals.toString()}, inputs));
    assertEquals(Potentia.BAD_INPUT, moveUp.code(), "--move-up has no table: --csv is refused, not ignored");
    Path roadmap = dir.resolve("roadmap.csv");
    Run priorities = run(concat(new String[] {"priorities", "--projects", DATA.resolve("priorities-synthetic.json").toString(),
        "--csv", roadmap.toString()}, inputs));
    assertEquals(0, priorities.code(), priorities.err());
    java.util.List<String> funded = Files.readAllLines(roadmap);
    assertEquals("priority,project,year,gain", funded.get(0));
    assertEquals(priorities.json().get("funded").size() + 1, funded.size());
    assertTrue(funded.get(1).startsWith("1," + priorities.json().get("funded").get(0).get("project").asText() + ","), funded.get(1));
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void scoreWritesTheRankingAndReports(@TempDir Path dir) throws Exception {
    Run r = run("score", "--data", DATA.resolve("synthetic-dataset.csv").toString(),
        "--hierarchy", DATA.resolve("synthetic-areas.json").toString(), "--level", "province",
        "--scenario", "wartime", "--all-years", "--roll-up", "military-region", "--json", dir.resolve("report-YEAR.json").toString(),
        "--csv", dir.resolve("scores.csv").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("scenario wartime"), r.out());
    assertTrue(r.out().contains("rolled up to military-region") && r.out().contains("SYN-MR8"), r.out());
    assertTrue(Files.exists(dir.resolve("report-2019.json")) && Files.exists(dir.resolve("report-2023.json")));
    assertTrue(Files.readString(dir.resolve("scores.csv")).startsWith("year,area,node,score,rank"));
  }

  /** Issue 16, item 5: the spec's denominators and panel scope are read by score; a bad denominator exits 2. */
  @Test
  void scoreReadsDenominatorsAndPanelScopeAndAnUnknownDenominatorExitsTwoNamingFieldAndValue(@TempDir Path dir)
      throws Exception {
    String[] inputs = provinces();
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"overrides\": {\"economic.gdp\": {\"denominator\": \"populaton\"}}}");
    Run refused = run(concat(new String[] {"score", "--spec", bad.toString()}, inputs));
    assertEquals(2, refused.code(), refused.err());
    assertTrue(refused.err().contains("overrides.economic.gdp.denominator: node 'economic.gdp' names denominator"
        + " 'populaton', which is neither population, land-area nor an indicator of catalogue"), refused.err());
    Path good = dir.resolve("good.json");
    Files.writeString(good, "{\"normalisationScope\": \"panel\", \"overrides\": {\"economic.gdp\":"
        + " {\"denominator\": \"population\", \"scale\": 1000}}}");
    Run scored = run(concat(new String[] {"score", "--spec", good.toString(), "--json",
        dir.resolve("report.json").toString()}, inputs));
    assertEquals(0, scored.code(), scored.err());
    JsonNode report = PotentiaJson.read(dir.resolve("report.json"), JsonNode.class);
    assertEquals("panel", report.at("/spec/normalisationScope").asText());
    assertTrue(report.at("/stages/denominated").has("economic.gdp"), "the report keeps the denominated stage");
  }
}
