package io.potentia.scoring.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.data.DatasetCsv;
import io.potentia.core.data.DatasetDocument;
import io.potentia.core.data.DatasetJson;
import io.potentia.core.data.DatasetReader;
import io.potentia.core.framework.Framework;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.analysis.planning.Candidates;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan;
import io.potentia.scoring.rank.DecisionProblem;
import io.potentia.scoring.analysis.readiness.ClassScheme;
import io.potentia.scoring.sort.SortingProblem;
import io.potentia.scoring.spec.Strategies;
import io.potentia.scoring.spec.StrategySpec;
import io.potentia.scoring.weight.Ahp;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a file of any of Potentia's input forms against its format and rules, and tells what it
 * is. The kind is told by the extension and keys: a CSV is a dataset; a JSON object with any of
 * {@code replications}, {@code weights}, {@code normalisations}, {@code aggregations}, {@code
 * imputations}, {@code leaveOut}, {@code values}, {@code percentiles} or {@code topK} an
 * uncertainty plan; with {@code projects} candidate projects and budgets; with {@code nodes} a
 * framework (checked against the catalogue), {@code indicators} a catalogue, {@code areas}
 * an area hierarchy, {@code observations} or {@code labels} a dataset, {@code alternatives} a
 * decision problem (with {@code categories}, {@code profiles} or {@code lambda} a sorting
 * problem), {@code categories} without alternatives the classes of scored areas, only {@code matrix} a pairwise comparison matrix (whose consistency is
 * computed), and any step of a strategy spec a spec (whose strategies are built from the registry).
 * A file whose extension has a {@link DatasetReader} given (a workbook, {@code xlsx}, with
 * potentia-report's reader) is a dataset read by it. Every problem the reader of that kind finds is
 * returned, not only the first.
 */
public final class FileCheck {
  private static final Set<String> SPEC_KEYS = Set.of("imputation", "outliers", "normalisation", "weighting",
      "aggregation", "overrides", "scenario", "seed");

  /** Keys only an uncertainty plan has (a plan may also have {@code nodes}, as a framework does). */
  private static final Set<String> PLAN_KEYS = Set.of("replications", "weights", "normalisations", "aggregations",
      "imputations", "leaveOut", "values", "percentiles", "topK");

  private FileCheck() {}

  /**
   * What a file was found to be, and its problems.
   *
   * @param kind what the file is, for example {@code "framework"} or {@code "dataset (CSV)"};
   *     {@code "file"} when it could not be told
   * @param problems every problem found, each naming the file; empty when the file is valid
   */
  public record Result(String kind, List<Problem> problems) {
    /**
     * Copies the problems.
     *
     * @param kind the kind
     * @param problems the problems
     */
    public Result {
      problems = List.copyOf(problems);
    }

    /**
     * Whether the file is valid.
     *
     * @return true when there is no problem
     */
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  /**
   * Checks one file.
   *
   * @param file the file
   * @param catalogue the catalogue that datasets and frameworks are checked against
   * @param registry the registry that resolves a strategy spec's names
   * @return the kind and every problem, each naming the file
   */
  public static Result check(Path file, IndicatorCatalogue catalogue, Strategies registry) {
    return check(file, catalogue, registry, Map.of());
  }

  /**
   * Checks one file, reading datasets of other forms with the readers given.
   *
   * @param file the file
   * @param catalogue the catalogue that datasets and frameworks are checked against
   * @param registry the registry that resolves a strategy spec's names
   * @param readers dataset readers by file extension, lower case without the dot (for example
   *     {@code "xlsx"}); a file with one of these extensions is a dataset, of kind {@code "dataset
   *     (XLSX)"}
   * @return the kind and every problem, each naming the file
   */
  public static Result check(Path file, IndicatorCatalogue catalogue, Strategies registry,
      Map<String, DatasetReader> readers) {
    String[] kind = {"file"};
    try {
      kind[0] = kindOf(file, catalogue, registry, readers);
      return new Result(kind[0], List.of());
    } catch (InvalidInputException e) {
      return new Result(kind[0], e.problems().stream()
          .map(p -> p.source().isEmpty() ? p.withSource(file.toString()) : p).toList());
    }
  }

  /** Reads the file as what it looks like, which throws on every problem; returns what it was. */
  private static String kindOf(Path file, IndicatorCatalogue catalogue, Strategies registry,
      Map<String, DatasetReader> readers) {
    if (!Files.isRegularFile(file)) {
      throw InvalidInputException.of(Problem.inFile(file.toString(), 0, 0, "no such file"));
    }
    String name = file.getFileName().toString();
    String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    DatasetReader reader = name.contains(".") ? readers.get(extension) : null;
    if (reader != null) {
      reader.read(file, catalogue);
      return "dataset (" + extension.toUpperCase(Locale.ROOT) + ")";
    }
    if (file.toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      DatasetCsv.read(file, catalogue);
      return "dataset (CSV)";
    }
    JsonNode tree;
    try {
      tree = PotentiaJson.read(file, JsonNode.class); // checks that the bytes are UTF-8
    } catch (java.io.UncheckedIOException e) {
      throw InvalidInputException.of(Problem.inFile(file.toString(), 0, 0, "cannot read: " + e.getCause().getMessage()));
    }
    if (!tree.isObject()) {
      throw InvalidInputException.of(Problem.inFile(file.toString(), 1, 1, "expected a JSON object"));
    }
    if (PLAN_KEYS.stream().anyMatch(tree::has)) {
      UncertaintyPlan.read(file);
      return "uncertainty plan";
    }
    if (tree.has("projects")) {
      Candidates.read(file);
      return "projects and budgets";
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
    if (tree.has("alternatives") && (tree.has("categories") || tree.has("profiles") || tree.has("lambda"))) {
      SortingProblem.read(file);
      return "sorting problem";
    }
    if (tree.has("categories")) {
      ClassScheme.read(file);
      return "classes";
    }
    if (tree.has("alternatives")) {
      DecisionProblem.read(file);
      return "decision problem";
    }
    if (tree.size() == 1 && tree.has("matrix")) {
      Ahp.analyse(Ahp.readMatrix(file), Ahp.Method.EIGENVECTOR);
      return "pairwise comparison matrix";
    }
    java.util.Iterator<String> names = tree.fieldNames();
    while (names.hasNext()) {
      if (SPEC_KEYS.contains(names.next())) {
        StrategySpec.read(file).check(registry);
        return "strategy spec";
      }
    }
    throw InvalidInputException.of(Problem.inFile(file.toString(), 1, 1, "cannot tell what this file is: expected a"
        + " framework (nodes), catalogue (indicators), hierarchy (areas), dataset (observations), decision problem"
        + " (alternatives), sorting problem (alternatives and categories), classes (categories), pairwise matrix (matrix), strategy spec (normalisation, aggregation, ...), uncertainty"
        + " plan (replications, weights, aggregations, ...) or projects (projects)"));
  }
}
