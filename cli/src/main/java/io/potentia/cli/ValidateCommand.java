package io.potentia.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.data.DatasetCsv;
import io.potentia.core.data.DatasetDocument;
import io.potentia.core.data.DatasetJson;
import io.potentia.core.framework.Framework;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.spec.Strategies;
import io.potentia.scoring.spec.StrategySpec;
import io.potentia.scoring.rank.DecisionProblem;
import io.potentia.scoring.weight.Ahp;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Checks files against their formats and rules and prints every problem found, not only the first.
 * The kind of each file is told by its extension and keys: a CSV is a dataset; a JSON with {@code
 * nodes} a framework, {@code indicators} a catalogue, {@code areas} a hierarchy, {@code
 * observations} a dataset, {@code alternatives} a decision problem, only {@code matrix} a pairwise
 * comparison matrix, and any of the steps of a strategy spec a spec.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Checks framework, dataset, catalogue, hierarchy, strategy-spec, problem and pairwise files; prints every problem.")
final class ValidateCommand implements Callable<Integer> {
  private static final Set<String> SPEC_KEYS = Set.of("imputation", "outliers", "normalisation", "weighting",
      "aggregation", "overrides", "scenario", "seed");

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "the files to check")
  List<Path> files;

  @Option(names = "--catalogue", paramLabel = "FILE", description = "check datasets and frameworks against this catalogue (default: the built-in one)")
  Path catalogueFile;

  @Override
  public Integer call() {
    IndicatorCatalogue catalogue = catalogueFile == null ? IndicatorCatalogue.builtIn() : IndicatorCatalogue.read(catalogueFile);
    var out = spec.commandLine().getOut();
    int bad = 0;
    for (Path file : files) {
      List<Problem> problems = new ArrayList<>();
      String kind;
      try {
        kind = check(file, catalogue, problems);
      } catch (InvalidInputException e) {
        kind = "file";
        problems.addAll(e.problems());
      }
      if (problems.isEmpty()) {
        out.println(file + ": valid " + kind);
      } else {
        bad++;
        out.println(file + ": " + problems.size() + " problem" + (problems.size() > 1 ? "s" : ""));
        problems.forEach(p -> out.println("  " + (p.source().isEmpty() ? p.withSource(file.toString()) : p)));
      }
    }
    out.flush();
    return bad == 0 ? 0 : Potentia.BAD_INPUT;
  }

  private static String check(Path file, IndicatorCatalogue catalogue, List<Problem> problems) {
    if (!Files.isRegularFile(file)) {
      throw InvalidInputException.of(Problem.inFile(file.toString(), 0, 0, "no such file"));
    }
    if (file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
      DatasetCsv.read(file, catalogue);
      return "dataset (CSV)";
    }
    JsonNode tree;
    try (InputStream in = Files.newInputStream(file)) {
      tree = PotentiaJson.read(file.toString(), in, JsonNode.class);
    } catch (IOException e) {
      throw InvalidInputException.of(Problem.inFile(file.toString(), 0, 0, "cannot read: " + e.getMessage()));
    }
    if (!tree.isObject()) {
      throw InvalidInputException.of(Problem.inFile(file.toString(), 1, 1, "expected a JSON object"));
    }
    if (tree.has("nodes")) {
      Framework.read(file).checkAgainst(catalogue);
      return "framework";
    }
    if (tree.has("indicators")) {
      IndicatorCatalogue.read(file);
      return "catalogue";
    }
    if (tree.has("areas")) {
      AreaHierarchy.read(file);
      return "area hierarchy";
    }
    if (tree.has("observations") || tree.has("labels")) {
      DatasetJson.toDataset(file.toString(), PotentiaJson.read(file, DatasetDocument.class), catalogue);
      return "dataset (JSON)";
    }
    if (tree.has("alternatives")) {
      DecisionProblem.read(file);
      return "decision problem";
    }
    if (tree.size() == 1 && tree.has("matrix")) {
      Ahp.analyse(PotentiaJson.read(file, PairwiseFile.class).matrix(), Ahp.Method.EIGENVECTOR);
      return "pairwise comparison matrix";
    }
    java.util.Iterator<String> names = tree.fieldNames();
    while (names.hasNext()) {
      if (SPEC_KEYS.contains(names.next())) {
        StrategySpec.read(file).check(Strategies.registry());
        return "strategy spec";
      }
    }
    throw InvalidInputException.of(Problem.inFile(file.toString(), 1, 1, "cannot tell what this file is: expected a"
        + " framework (nodes), catalogue (indicators), hierarchy (areas), dataset (observations), decision problem"
        + " (alternatives), pairwise matrix (matrix) or strategy spec (normalisation, aggregation, ...)"));
  }
}
