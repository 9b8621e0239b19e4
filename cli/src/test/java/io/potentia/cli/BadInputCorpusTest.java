package io.potentia.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of bad files, one or more for every reader the commands use, written here into a
 * temporary folder (hand-made, nothing taken from elsewhere). Each must exit 2 with a message that
 * names the file, the position (line and column), the field (a column or a JSON path) and the bad
 * value, in the user's terms: no Java or Jackson class names, no exception names. Every case is run
 * and every failure listed at once, so that one run shows every message still to mend.
 */
class BadInputCorpusTest {
  private static final Path DATA = PotentiaCliTest.DATA;

  /** What gives away the implementation instead of speaking the user's terms. */
  private static final List<String> INTERNALS = List.of("io.potentia.", "com.fasterxml", "Exception", "java.",
      "`", "Cannot construct", "Cannot deserialize", "double[]", "String-argument");

  @TempDir
  Path dir;

  /**
   * A bad file and the command that reads it.
   *
   * @param file the file's name in the temporary folder
   * @param bytes its content
   * @param position the line and column the message must give, as {@code 3:5}
   * @param field the column or JSON path the message must name, or null where the fault is the whole document
   * @param value the bad value as the message must quote it
   * @param command the command line, with {@code FILE} for the bad file's path
   */
  private record Case(String file, byte[] bytes, String position, String field, String value, String... command) {}

  private static Case text(String file, String content, String position, String field, String value, String... command) {
    return new Case(file, content.getBytes(java.nio.charset.StandardCharsets.UTF_8), position, field, value, command);
  }

  private static byte[] withByte(String before, int bad, String after) {
    byte[] a = before.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] b = after.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] out = new byte[a.length + 1 + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    out[a.length] = (byte) bad;
    System.arraycopy(b, 0, out, a.length + 1, b.length);
    return out;
  }

  private static String dataset() {
    return DATA.resolve("synthetic-dataset.csv").toString();
  }

  private static String plan() {
    return DATA.resolve("uncertainty-plan-synthetic.json").toString();
  }

  private static List<Case> corpus() {
    String problem = "{\"alternatives\": [\"a\", \"b\"], \"criteria\": [{\"id\": \"c\", \"direction\": \"benefit\","
        + " \"weight\": \"heavy\"}], \"matrix\": [[1], [2]]}";
    return List.of(
        // datasets: long and wide CSV, JSON
        text("long.csv", "area,indicator,year,value\nSYN,economic.gdp,twenty,1\n", "2:3", "year", "twenty",
            "score", "--data", "FILE"),
        text("value.csv", "area,indicator,year,value\nSYN,economic.gdp,2020,abc\n", "2:4", "economic.gdp", "abc",
            "score", "--data", "FILE"),
        text("wide.csv", "area,year,economic.gdp\nSYN,2020,lots\n", "2:3", "economic.gdp", "lots",
            "score", "--data", "FILE"),
        new Case("latin1.csv", withByte("area,indicator,year,value\nSYN,economic.g", 0xFF, "dp,2020,1\n"), "2:15",
            "UTF-8", "0xFF", "score", "--data", "FILE"),
        text("data.json", "{\"observations\": [{\"area\": \"SYN\", \"indicator\": \"economic.gdp\", \"year\": \"soon\","
            + " \"value\": 1}]}", "1:72", "observations[0].year", "soon", "score", "--data", "FILE"),
        // the files that say how to score
        text("framework.json", "{\"id\": \"f\", \"nodes\": [{\"id\": \"index\", \"name\": \"I\"}, {\"id\": \"a\","
            + " \"name\": \"A\", \"parent\": \"index\", \"weight\": \"heavy\"}]}", "1:107", "nodes[1].weight", "heavy",
            "score", "--data", dataset(), "--framework", "FILE"),
        text("catalogue.json", "{\"id\": \"c\", \"indicators\": [{\"id\": \"x.y\", \"name\": \"X\", \"unit\": \"u\","
            + " \"direction\": \"upward\"}]}", "1:81", "indicators[0].direction", "upward",
            "score", "--data", dataset(), "--catalogue", "FILE"),
        text("spec.json", "{\"normalisation\": 5}", "1:19", "normalisation", "5",
            "score", "--data", dataset(), "--spec", "FILE"),
        new Case("spec-utf8.json", withByte("{\"weig", 0xFF, "ht\": 1}"), "1:7", "UTF-8", "0xFF",
            "score", "--data", dataset(), "--spec", "FILE"),
        text("areas.json", "{\"areas\": [{\"id\": 5}]}", "1:19", "areas[0].id", "5",
            "score", "--data", dataset(), "--hierarchy", "FILE"),
        text("projects.json", "{\"node\": \"index\", \"budget\": {\"2025\": \"forty\"}, \"projects\": []}", "1:",
            "budget.2025", "forty", "priorities", "--data", dataset(), "--projects", "FILE"),
        text("project-cost.json", "{\"node\": \"index\", \"budget\": {\"2025\": 40}, \"projects\": [{\"id\": \"p\","
            + " \"cost\": \"x\"}]}", "1:", "projects[0].cost", "\"x\"", "priorities", "--data", dataset(), "--projects", "FILE"),
        // decision problems and pairwise comparisons
        text("problem.json", problem, "1:", "criteria[0].weight", "heavy", "rank", "--method", "topsis", "FILE"),
        text("problem-w.json", problem, "1:", "criteria[0].weight", "heavy", "weights", "--method", "entropy", "FILE"),
        text("direction.json", problem.replace("\"benefit\"", "\"sideways\""), "1:", "criteria[0].direction", "sideways",
            "rank", "--method", "topsis", "FILE"),
        text("pairwise.json", "{\"matrix\": \"abc\"}", "1:", "matrix", "abc", "ahp", "FILE"),
        text("pairwise-cell.json", "{\"matrix\": [[1, 3], [0.5, \"x\"]]}", "1:", "matrix[1][1]", "x", "ahp", "FILE"),
        text("pairwise-scalar.json", "{\"matrix\": 7}", "1:", "matrix", "7", "ahp", "FILE"),
        // the uncertainty analysis: its matrix and its plan
        text("matrix.csv", "id,gdp,population\nx,1,2\ny,1,zz\n", "3:3", "population", "zz",
            "uncertainty", "--data", "FILE", "--plan", plan(), "--out", "OUT"),
        text("matrix-utf8.csv", "", "2:1", "row id", "0xFF", "uncertainty", "--data", "FILE", "--plan", "PLAN", "--out", "OUT"),
        text("plan-flat.json", "{\"replications\": 10, \"seed\": 1, \"leaveOut\": 1}", "", "leaveOut", "leaveOut",
            "uncertainty", "--data", "MATRIX", "--plan", "FILE", "--out", "OUT"),
        text("classes.json", "{\"categories\": [\"weak\", \"strong\"], \"criteria\": [{\"node\": \"political\","
            + " \"thresholds\": [50]}]}", "1:", "method", "'method'", "score", "--data", dataset(), "--classes", "FILE"),
        text("coinr-data.csv", "uCode,uName,gdp\nAAA,A,lots\n", "2:3", "gdp", "lots",
            "score", "--coinr-data", "FILE", "--coinr-meta", "COINR_META"),
        text("plan.json", "{\"replications\": \"many\", \"seed\": 7}", "1:", "replications", "many",
            "uncertainty", "--data", "MATRIX", "--plan", "FILE", "--out", "OUT"));
  }

  @Test
  void everyBadFileExitsTwoNamingTheFilePositionFieldAndValueInTheUsersTerms() throws IOException {
    Path matrix = Files.writeString(dir.resolve("good-matrix.csv"), "id,a,b\nx,1,2\ny,3,4\n");
    Path plan = Files.writeString(dir.resolve("good-plan.json"), "{\"replications\": 10, \"seed\": 1}");
    Path meta = Files.writeString(dir.resolve("coinr-meta.csv"), "iCode,iName,Direction,Weight,Level,Parent,Type\n"
        + "gdp,GDP,1,1,1,Index,Indicator\nIndex,Index,,1,2,,Aggregate\n");
    List<String> failures = new ArrayList<>();
    for (Case c : corpus()) {
      Path file = Files.write(dir.resolve(c.file()), c.file().equals("matrix-utf8.csv")
          ? withByte("id,a\nx", 0xFF, ",1\n") : c.bytes());
      String[] args = c.command().clone();
      for (int i = 0; i < args.length; i++) {
        args[i] = switch (args[i]) {
          case "FILE" -> file.toString();
          case "MATRIX" -> matrix.toString();
          case "PLAN" -> plan.toString();
          case "COINR_META" -> meta.toString();
          case "OUT" -> dir.resolve("out-" + c.file() + ".csv").toString();
          default -> args[i];
        };
      }
      PotentiaCliTest.Run r = PotentiaCliTest.run(args);
      String message = r.err();
      List<String> wrong = new ArrayList<>();
      if (r.code() != 2) {
        wrong.add("exit " + r.code());
      }
      if (!message.contains(file + (c.position().isEmpty() ? ": " : ":" + c.position()))) {
        wrong.add("no file and position " + file.getFileName() + ":" + c.position());
      }
      if (c.field() != null && !message.contains(c.field())) {
        wrong.add("no field " + c.field());
      }
      if (!message.contains(c.value())) {
        wrong.add("no value " + c.value());
      }
      for (String internal : INTERNALS) {
        if (message.contains(internal)) {
          wrong.add("shows '" + internal + "'");
        }
      }
      if (!wrong.isEmpty()) {
        failures.add(c.file() + " (" + c.command()[0] + "): " + String.join(", ", wrong) + "; the message: " + message.strip());
      }
    }
    assertTrue(failures.isEmpty(), failures.size() + " of " + corpus().size() + " messages fall short:\n"
        + String.join("\n", failures));
  }

  @Test
  void everyFileOfTheCorpusIsFoundBadByValidateToo() throws IOException {
    // validate lists each file's problems on standard output with the same positions, and exits 2
    List<String> failures = new ArrayList<>();
    for (Case c : corpus()) {
      if (!c.file().endsWith(".json") || c.command()[0].equals("uncertainty") || c.command()[0].equals("priorities")) {
        continue; // validate knows datasets, frameworks, catalogues, hierarchies, specs, problems and pairwise files
      }
      Path file = Files.write(dir.resolve(c.file()), c.bytes());
      PotentiaCliTest.Run r = PotentiaCliTest.run("validate", file.toString());
      String all = r.out() + r.err();
      if (r.code() != 2 || !all.contains(file + ":" + c.position()) || !all.contains(c.value())
          || INTERNALS.stream().anyMatch(all::contains)) {
        failures.add(c.file() + ": exit " + r.code() + "; " + all.strip());
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void anOutputFileThatCannotBeWrittenExitsTwoNamingItAndWhy() throws IOException {
    Path matrix = Files.writeString(dir.resolve("m.csv"), "id,a,b\nx,1,2\ny,3,4\n");
    Path plan = Files.writeString(dir.resolve("p.json"), "{\"replications\": 10, \"seed\": 1}");
    Path readOnly = Files.writeString(dir.resolve("ro.csv"), "kept\n");
    assertTrue(readOnly.toFile().setWritable(false, false));
    Path underAFile = dir.resolve("m.csv").resolve("ranks.csv"); // the folder would be a plain file
    for (Path target : List.of(readOnly, underAFile)) {
      PotentiaCliTest.Run r = PotentiaCliTest.run("uncertainty", "--data", matrix.toString(), "--plan", plan.toString(),
          "--out", target.toString());
      assertTrue(r.code() == 2 && r.err().contains("cannot write " + target + ": ")
          && INTERNALS.stream().noneMatch(r.err()::contains), r.code() + " " + r.err());
    }
    assertTrue(readOnly.toFile().setWritable(true, false));
    assertTrue(Files.readString(readOnly).equals("kept\n"), "a read-only target is left as it was");
  }
}
