package io.potentia.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.core.data.DatasetCsv;
import io.potentia.core.framework.DefaultFramework;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.rank.DecisionProblem;
import io.potentia.scoring.rank.RankingMethods;
import io.potentia.scoring.rank.RankingResult;
import io.potentia.scoring.result.ScoreReport;
import io.potentia.scoring.result.ScoreReports;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.spec.StrategySpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's Java snippets are compiled code: the quick start is the region of {@link
 * #quickStart()} below, its imports are this file's, and the testkit snippet is the consumer
 * project's code, so a snippet that stops compiling fails the build.
 */
class ReadmeSnippetsTest {
  private static final Path ROOT = Path.of("..");

  /** Compiled, not run: it reads the user's files. */
  @SuppressWarnings("unused")
  static void quickStart() throws IOException {
    // BEGIN quick-start
    IndicatorCatalogue catalogue = IndicatorCatalogue.builtIn();       // or your own: IndicatorCatalogue.read(path)
    AreaHierarchy areas = AreaHierarchy.read(Path.of("areas.json"));
    Dataset data = DatasetCsv.read(Path.of("data.csv"), catalogue);     // long or wide CSV, checked

    ScoringPipeline pipeline = ScoringPipeline.builder()
        .framework(DefaultFramework.of(catalogue, AreaLevel.PROVINCE))
        .catalogue(catalogue)                                           // the framework's indicators
        .spec(StrategySpec.builder()
            .imputation(StepSpec.of("group-mean"))                      // mean of the military region
            .normalisation(StepSpec.of("min-max"))                      // to [0, 100]
            .aggregation(StepSpec.of("arithmetic-mean"))
            .scenario("wartime")
            .build())
        .hierarchy(areas, AreaLevel.MILITARY_REGION)
        .build();                                                       // the methodology check runs here

    ScoreReport report = pipeline.score(data, 2023);
    report.ranking("index");                                            // areas, best first
    report.contributions("index", "VN-HN");                             // what each pillar adds
    ScoreReports.writeJson(report, Path.of("report.json"));             // spec, hash, every stage

    // Or rank a plain decision matrix:
    RankingResult r = RankingMethods.vikor(0.5).rank(DecisionProblem.read(Path.of("problem.json")));
    // END quick-start
  }

  @Test
  void theQuickStartIsThisFilesCompiledRegionWithItsImports() throws IOException {
    String source = Files.readString(Path.of("src/test/java/io/potentia/examples/ReadmeSnippetsTest.java"));
    List<String> blocks = javaBlocks(Files.readString(ROOT.resolve("README.md")));
    String quickStart = blocks.get(0);
    String region = dedent(between(source, "// BEGIN quick-start", "// END quick-start"));
    assertTrue(quickStart.endsWith(region), "the README's quick start differs from the compiled region:\n" + region);
    for (String line : quickStart.substring(0, quickStart.length() - region.length()).lines().toList()) {
      assertTrue(line.isBlank() || source.contains("\n" + line + "\n"), "the README imports what the test does not: " + line);
    }
    assertTrue(quickStart.startsWith("import "), "the quick start begins with its imports");
  }

  @Test
  void theTestkitSnippetIsTheConsumerProjectsCode() throws IOException {
    Path consumer = ROOT.resolve("consumer-it/src/it/consumer/src");
    String sources = Files.readString(consumer.resolve("main/java/com/example/MyStrategies.java"))
        + Files.readString(consumer.resolve("test/java/com/example/MedianRatioTest.java"));
    String snippet = javaBlocks(Files.readString(ROOT.resolve("README.md"))).get(1);
    for (String line : snippet.lines().toList()) {
      if (!line.isBlank() && !line.startsWith("// listed in")) {
        assertTrue(sources.contains(line), "not in the consumer project: " + line);
      }
    }
    assertEquals(2, javaBlocks(Files.readString(ROOT.resolve("README.md"))).size(), "every Java snippet is checked");
  }

  private static List<String> javaBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(markdown);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  private static String between(String text, String begin, String end) {
    int from = text.indexOf('\n', text.indexOf(begin)) + 1;
    return text.substring(from, text.lastIndexOf('\n', text.indexOf(end)) + 1);
  }

  private static String dedent(String region) {
    int indent = region.lines().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min()
        .orElse(0);
    StringBuilder out = new StringBuilder();
    region.lines().forEach(l -> out.append(l.isBlank() ? "" : l.substring(indent)).append('\n'));
    return out.toString();
  }
}
