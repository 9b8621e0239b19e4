package io.potentia.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefencePotentialIndexTest {

  @Test
  void theFlagshipRunsEndToEndAndWritesItsReports(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DefencePotentialIndex.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), dir);
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("All-people national defence potential index, 2023 (SYNTHETIC DATA)"), out);
    assertTrue(out.contains("Index rolled up to the military regions and the nation"), out);
    // eight regions of 3 to 6 provinces; three directions hold 14 of the 42 provinces
    assertTrue(out.contains("Provinces within each military-region group, 2023"), out);
    assertTrue(out.matches("(?s).*\\n  SYN-MR3 +3 +[0-9.]+ +[0-9.]+ +[0-9.]+  SYN-P\\d+ +SYN-P\\d+\\n.*"), out);
    assertTrue(out.contains("Provinces within each direction group, 2023"), out);
    assertTrue(out.contains("  28 provinces have no direction group"), out);
    assertTrue(Files.size(dir.resolve("report-2023.json")) > 10_000);
    assertTrue(Files.readString(dir.resolve("scores.csv")).startsWith("year,area,node,score,rank\n2019,"));
    assertTrue(Files.readString(dir.resolve("spec.json")).contains("group-mean"));
    assertTrue(Files.readString(dir.resolve("report-wartime.html")).contains("wartime scenario"));
    // the four other potentials, 42 provinces x 4 yearly changes each, less any change left unscored
    assertTrue(out.contains("Does political potential lead?"), out);
    assertTrue(out.matches("(?s).*\\n  economic +-?[0-9.]+ +[0-9.]+ +-?[0-9.]+ +1[0-6][0-9]\\n.*"), out);
    assertTrue(out.contains("Defence and security spending per capita against economic potential"), out);
    assertTrue(out.matches("(?s).*Doctrine framework .*against the plain weighted mean: Spearman 0\\.[0-9]{3}.*"), out);
    assertTrue(Files.readString(dir.resolve("report-doctrine.html")).contains("political potential as catalyst"));
    assertTrue(Files.readString(dir.resolve("report-peacetime.html")).contains("<svg id=\"budget-scatter\""), "budget scatter");
  }

  @Test
  void theFlagshipClassesTheProvincesByBothRulesAndColoursItsReports(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DefencePotentialIndex.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), dir);
    String out = bytes.toString(StandardCharsets.UTF_8);
    // the 42 provinces of 2023 by class, best first: conjunctive 7, 14, 14, 7; MR-Sort 6, 14, 16, 6
    assertTrue(out.contains("  comprehensively strong             7       6\n"), out);
    assertTrue(out.contains("  weak                               7       6\n"), out);
    assertTrue(out.contains("under the conjunctive rule; kept from fair by ["), out);
    String peacetime = Files.readString(dir.resolve("report-peacetime.html"));
    assertTrue(peacetime.contains("<table id=\"classes\">") && peacetime.contains("id=\"class-legend\""), "classes section");
    assertTrue(peacetime.contains("comprehensively strong (7)"), "the legend counts the conjunctive classes");
    assertTrue(Files.readString(dir.resolve("report-wartime.html")).contains("Bars coloured by readiness class (mr-sort)"));
  }

  /** The inlined ECharts library: its own code says {@code isNaN} and {@code new Date(NaN)}, which are not values of ours. */
  private static final Pattern CHART_LIBRARY =
      Pattern.compile("<script>\\s*/\\*\\s*\\*\\s*Licensed to the Apache Software Foundation.*?</script>", Pattern.DOTALL);
  private static final Pattern NOT_FINITE = Pattern.compile("(?<![A-Za-z_$.])(NaN|-?Infinity)(?![A-Za-z_$])");

  /**
   * Finite input never gives NaN or infinity: every file the flagship writes, the reports' data,
   * tables and text included, holds neither token, and neither does the charting library the
   * reports inline (exactly once each), whose own uses are written as arithmetic.
   */
  @Test
  void theFlagshipsFilesHoldNoNaNOrInfinity(@TempDir Path dir) throws Exception {
    DefencePotentialIndex.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), dir);
    List<Path> files;
    try (var listing = Files.list(dir)) {
      files = listing.sorted().toList();
    }
    assertTrue(files.size() >= 7, files.toString());   // four reports, the JSON report, scores and the spec
    for (Path file : files) {
      String text = Files.readString(file);
      if (file.toString().endsWith(".html")) {
        Matcher library = CHART_LIBRARY.matcher(text);
        assertTrue(library.find(), file + " inlines the charting library");
        assertFalse(CHART_LIBRARY.matcher(text.substring(library.end())).find(), file + " inlines the charting library once");
      }
      String ours = text;
      Matcher bad = NOT_FINITE.matcher(ours);
      assertFalse(bad.find(), () -> file.getFileName() + " holds " + bad.group() + " near: "
          + ours.substring(Math.max(0, bad.start() - 80), Math.min(ours.length(), bad.end() + 40)));
    }
  }
}
