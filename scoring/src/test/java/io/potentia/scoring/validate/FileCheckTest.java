package io.potentia.scoring.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.data.Dataset;
import io.potentia.core.data.DatasetReader;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.scoring.spec.Strategies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCheckTest {
  private static FileCheck.Result check(Path dir, String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return FileCheck.check(file, IndicatorCatalogue.builtIn(), Strategies.registry());
  }

  @Test
  void aFileIsToldByItsKeysAndAValidOneHasNoProblem(@TempDir Path dir) throws Exception {
    FileCheck.Result spec = check(dir, "spec.json", "{\"normalisation\": {\"name\": \"z-score\"}}");
    assertEquals("strategy spec", spec.kind());
    assertTrue(spec.valid());
    FileCheck.Result plan = check(dir, "plan.json", "{\"weights\": {\"low\": 0.5, \"high\": 1.5}, \"nodes\": [\"index\"]}");
    assertEquals("uncertainty plan", plan.kind());
    assertTrue(plan.valid());
    FileCheck.Result badPlan = check(dir, "bad-plan.json", "{\"replications\": 0, \"nodes\": [\"index\"]}");
    assertEquals("replications is 0; it must be at least 1", badPlan.problems().get(0).message());
    FileCheck.Result pairwise = check(dir, "ahp.json", "{\"matrix\": [[1, 3], [0.3333333333333333, 1]]}");
    assertEquals("pairwise comparison matrix", pairwise.kind());
    assertTrue(pairwise.valid());
  }

  /** A form this module cannot read is read by the reader given for its extension, whose problems are the file's. */
  @Test
  void aFileWithTheExtensionOfAReaderGivenIsADatasetReadByIt(@TempDir Path dir) throws Exception {
    Path book = dir.resolve("Data.XLSX");
    Files.writeString(book, "stands for a workbook");
    List<Path> asked = new ArrayList<>();
    DatasetReader reader = (file, catalogue) -> {
      asked.add(file);
      return Dataset.builder().put("P1", "economic.gdp", 2023, 1).build();
    };
    FileCheck.Result r = FileCheck.check(book, IndicatorCatalogue.builtIn(), Strategies.registry(),
        Map.of("xlsx", reader));
    assertEquals("dataset (XLSX)", r.kind());
    assertTrue(r.valid());
    assertEquals(List.of(book), asked);
    DatasetReader refusing = (file, catalogue) -> {
      throw InvalidInputException.of(Problem.inFile(file.toString(), 0, 0, "bad cell"));
    };
    FileCheck.Result bad = FileCheck.check(book, IndicatorCatalogue.builtIn(), Strategies.registry(),
        Map.of("xlsx", refusing));
    assertEquals(List.of(book + ": bad cell"), bad.problems().stream().map(Object::toString).toList());
  }

  @Test
  void aSortingProblemAndAClassesFileAreToldApartFromADecisionProblem(@TempDir Path dir) throws Exception {
    FileCheck.Result sorting = check(dir, "sort.json", """
        {"alternatives": ["A"], "criteria": [{"id": "x", "direction": "benefit"}], "matrix": [[1]],
         "categories": ["low", "high"], "profiles": [[0.5]], "lambda": 0.7}
        """);
    assertEquals("sorting problem", sorting.kind());
    assertTrue(sorting.valid(), sorting.toString());
    FileCheck.Result badSorting = check(dir, "bad-sort.json", """
        {"alternatives": ["A"], "criteria": [{"id": "x", "direction": "benefit"}], "matrix": [[1]],
         "categories": ["low", "high"], "profiles": [[0.5, 2]], "lambda": 0.2}
        """);
    assertEquals(java.util.List.of("profiles[0]", "lambda"), badSorting.problems().stream().map(p -> p.path()).toList());
    FileCheck.Result classes = check(dir, "classes.json", """
        {"method": "conjunctive", "categories": ["weak", "strong"],
         "criteria": [{"node": "index", "thresholds": [50]}]}
        """);
    assertEquals("classes", classes.kind());
    assertTrue(classes.valid(), classes.toString());
  }

  @Test
  void everyProblemOfAFileIsReturnedNamingTheFile(@TempDir Path dir) throws Exception {
    FileCheck.Result r = check(dir, "data.csv", "area,indicator,year,value\nP1,economic.gdp,2023,-5\nP2,no.such,2023,1\n");
    assertEquals("file", r.kind());
    assertTrue(r.problems().size() >= 2, r.problems().toString());
    assertTrue(r.problems().stream().allMatch(p -> p.source().endsWith("data.csv")), r.problems().toString());
  }

  @Test
  void aFileOfNoKnownKindOrNoFileAtAllIsAProblem(@TempDir Path dir) throws Exception {
    FileCheck.Result unknown = check(dir, "x.json", "{\"colour\": \"red\"}");
    assertTrue(unknown.problems().get(0).message().startsWith("cannot tell what this file is"), unknown.toString());
    FileCheck.Result missing = FileCheck.check(dir.resolve("absent.json"), IndicatorCatalogue.builtIn(), Strategies.registry());
    assertEquals("no such file", missing.problems().get(0).message());
  }
}
