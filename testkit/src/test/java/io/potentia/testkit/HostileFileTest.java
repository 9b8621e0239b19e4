package io.potentia.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reader, given a hostile file of about 50 MB, fails clearly, quickly and without running
 * out of memory in a JVM with a 256 MB heap: the file is read by {@link HostileRead} in a child
 * process started with {@code -Xmx256m}, which must exit with the reader's {@code
 * InvalidInputException} within two minutes.
 */
class HostileFileTest {
  private static final long SIZE = 50L << 20;

  @TempDir
  static Path dir;

  /** A writer of one hostile file. */
  interface Content {
    void write(BufferedWriter out) throws IOException;
  }

  record Case(String name, String reader, String suffix, Content content) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Case> cases() {
    return List.of(
        new Case("CSV header of millions of columns", "csv", ".csv", out -> {
          out.write("area,year");
          items(out, k -> ",x" + (1_000_000_000L + k));
          out.write("\nP1,2023\n");
        }),
        new Case("CSV label line of 50 MB before a bad header", "csv", ".csv", out -> {
          out.write("# ");
          repeat(out, "label ", SIZE);
          out.write("\nno,header\n");
        }),
        new Case("CSV line of one 50 MB cell", "csv", ".csv", out -> {
          out.write("area,year,economic.gdp\nP1,2023,");
          repeat(out, "9", SIZE);
          out.write('\n');
        }),
        new Case("CSV of millions of rows of an unknown indicator", "csv", ".csv", out -> {
          out.write("area,indicator,year,value\n");
          items(out, k -> "P" + k + ",no.such_thing,2023,1.5\n");
        }),
        new Case("CSV of millions of rows with a bad number", "csv", ".csv", out -> {
          out.write("area,indicator,year,value\n");
          items(out, k -> "P" + k + ",economic.gdp,2023,lots\n");
        }),
        new Case("framework nested 50 MB deep", "framework", ".json", out -> repeat(out, "[", SIZE)),
        new Case("framework with a 50 MB string", "framework", ".json", out -> {
          out.write("{\"id\": \"");
          repeat(out, "a", SIZE);
          out.write("\"}");
        }),
        new Case("framework of millions of nodes", "framework", ".json", out -> {
          out.write("{\"id\": \"f\", \"name\": \"f\", \"nodes\": [");
          items(out, k -> (k == 0 ? "" : ",") + "{\"id\": \"n" + k + "\", \"name\": \"n\"}");
          out.write("]}");
        }),
        new Case("hierarchy of millions of orphan areas", "hierarchy", ".json", out -> {
          out.write("{\"areas\": [");
          items(out, k -> (k == 0 ? "" : ",") + "{\"id\": \"a" + k + "\", \"name\": \"a\", \"level\": \"province\", \"parent\": \"x\"}");
          out.write("]}");
        }),
        new Case("dataset of millions of observations of an unknown indicator", "dataset", ".json", out -> {
          out.write("{\"observations\": [");
          items(out, k -> (k == 0 ? "" : ",") + "{\"area\": \"P" + k + "\", \"indicator\": \"no.such\", \"year\": 2023, \"value\": 1}");
          out.write("]}");
        }),
        new Case("catalogue with a number of a million digits", "catalogue", ".json", out -> {
          out.write("{\"id\": \"c\", \"indicators\": [");
          repeat(out, "1", SIZE);
          out.write("]}");
        }),
        new Case("spec of millions of duplicate-looking overrides", "spec", ".json", out -> {
          out.write("{\"overrides\": {");
          items(out, k -> (k == 0 ? "" : ",") + "\"node" + k + "\": {}");
          out.write("}}");
        }),
        new Case("problem of a matrix of millions of rows", "problem", ".json", out -> {
          out.write("{\"alternatives\": [\"a\"], \"criteria\": [{\"id\": \"c\", \"direction\": \"benefit\", \"weight\": 1}],"
              + " \"matrix\": [");
          items(out, k -> (k == 0 ? "" : ",") + "[1.2345678]");
          out.write("]}");
        }));
  }

  /** Writes item 0, 1, 2, ... until the file holds at least {@link #SIZE} bytes. */
  private static void items(BufferedWriter out, java.util.function.LongFunction<String> item) throws IOException {
    long written = 0;
    for (long k = 0; written < SIZE; k++) {
      String text = item.apply(k);
      out.write(text);
      written += text.length();
    }
  }

  private static void repeat(BufferedWriter out, String s, long bytes) throws IOException {
    String block = s.repeat(8192);
    for (long written = 0; written < bytes; written += block.length()) {
      out.write(block);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aHostileFileIsRejectedWithinA256MbHeap(Case c) throws Exception {
    Path file = dir.resolve(c.reader() + c.suffix());
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      c.content().write(out);
    }
    assertTrue(Files.size(file) >= SIZE, "the file is at least 50 MB");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
        HostileRead.class.getName(), c.reader(), file.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
    boolean finished = p.waitFor(120, TimeUnit.SECONDS);
    if (!finished) {
      p.destroyForcibly();
    }
    String out = Files.readString(dir.resolve("out.txt"));
    Files.delete(file);
    assertTrue(finished, c + ": the reader finished within two minutes");
    assertEquals(0, p.exitValue(), c + ": " + out);
    assertTrue(out.startsWith("rejected"), out);
  }
}
