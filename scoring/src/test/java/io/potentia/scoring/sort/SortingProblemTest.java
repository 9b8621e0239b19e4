package io.potentia.scoring.sort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sorting problem is checked whole: every fault of the file at once, each with its field, row and value. */
class SortingProblemTest {

  private static List<String> paths(InvalidInputException e) {
    return e.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
  }

  @Test
  void aProblemFileReadsWithItsClassesProfilesAndThresholds(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("sort.json"), """
        {"alternatives": ["A1", "A2"],
         "criteria": [{"id": "trust", "direction": "benefit", "weight": 2, "q": 2, "p": 5, "v": 30},
                      {"id": "incidents", "direction": "cost"}],
         "matrix": [[62, 40], [48, 75]],
         "categories": ["weak", "fair", "strong"],
         "profiles": [[45, 80], [60, 50]],
         "lambda": 0.75}
        """);
    SortingProblem p = SortingProblem.read(file);
    assertEquals(List.of("weak", "fair", "strong"), p.categories());
    assertEquals(50.0, p.profile(1, 1));
    assertEquals(5.0, p.criteria().get(0).preference());
    assertEquals(Double.POSITIVE_INFINITY, p.criteria().get(1).veto(), "no v: no veto");
    assertEquals(1.0, p.criteria().get(1).weight());
    assertEquals(0.75, p.lambda().orElseThrow());
    assertEquals(List.of("trust", "incidents"), p.decisionProblem().criteria().stream().map(c -> c.id()).toList());
  }

  @Test
  void everyFaultOfTheModelIsReportedAtOnceWithItsFieldRowAndValue(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("sort.json"), """
        {"alternatives": ["A1", "A2"],
         "criteria": [{"id": "trust", "direction": "benefit", "q": 6, "p": 5},
                      {"id": "incidents", "direction": "cost", "p": 4, "v": 3}],
         "matrix": [[62, 40], [48, 75]],
         "categories": ["weak", "fair", "strong"],
         "profiles": [[45, 80], [40, 90, 1]],
         "lambda": 0.4}
        """);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> SortingProblem.read(file));
    assertEquals(List.of(
        "criteria[0].q: criterion 'trust': q 6.0 is above p 5.0; the thresholds must keep q <= p <= v",
        "criteria[1].p: criterion 'incidents': p 4.0 is above v 3.0; the thresholds must keep q <= p <= v",
        "profiles[1]: profile 1 has 3 values for 2 criteria",
        "lambda: lambda is 0.4; the cut level must be in [0.5, 1] (a majority at least)"), paths(e));
    assertTrue(e.problems().stream().allMatch(p -> p.source().equals(file.toString())), e.getMessage());
  }

  @Test
  void profilesOutOfOrderAreNamedByRowCriterionAndValue(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("sort.json"), """
        {"alternatives": ["A1"],
         "criteria": [{"id": "trust", "direction": "benefit"}, {"id": "incidents", "direction": "cost"}],
         "matrix": [[62, 40]],
         "categories": ["weak", "fair", "strong", "comprehensively strong"],
         "profiles": [[45, 80], [40, 90], [40, 90]]}
        """);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> SortingProblem.read(file));
    assertEquals(List.of(
        "profiles[1][0]: profile 1 is 40.0 on criterion 'trust' (benefit), worse than 45.0 of profile 0; profiles run"
            + " from worst to best",
        "profiles[1][1]: profile 1 is 90.0 on criterion 'incidents' (cost), worse than 80.0 of profile 0; profiles run"
            + " from worst to best",
        "profiles[2]: profile 2 equals profile 1: the class between them could hold no alternative; profiles run from"
            + " worst to best"), paths(e));
  }

  @Test
  void theClassesAndTheDecisionMatrixAreCheckedTogether() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> SortingProblem.builder()
        .alternatives(List.of("a", "a")).criteria(List.of(SortingCriterion.of("x", io.potentia.core.indicator.Direction.BENEFIT, 1)))
        .rows(new double[][] {{1}, {Double.NaN}}).categories(List.of("low", "low")).profileRows(new double[][] {{0}, {1}})
        .build());
    assertEquals(List.of(
        "alternatives[1]: duplicate alternative 'a' (first at alternatives[0])",
        "matrix[1][0]: the value of alternative 'a' on criterion 'x' is NaN; it must be finite",
        "categories[1]: duplicate class 'low' (first at categories[0])",
        "profiles: there are 2 profiles for 2 classes; give one per boundary between two classes (1), worst first"),
        paths(e));
    InvalidInputException one = assertThrows(InvalidInputException.class, () -> SortingProblem.builder()
        .alternatives(List.of("a")).criteria(List.of(SortingCriterion.of("x", io.potentia.core.indicator.Direction.BENEFIT, 1)))
        .rows(new double[][] {{1}}).categories(List.of("all")).build());
    assertEquals(List.of("categories: there are 1 classes; sorting needs at least two, worst first"), paths(one));
  }

  @Test
  void aBadWeightOrIdIsNamedByTheCriterionsPosition() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> SortingProblem.builder()
        .alternatives(List.of("a")).criteria(List.of(SortingCriterion.of("x", io.potentia.core.indicator.Direction.BENEFIT, 1),
            SortingCriterion.of(" ", io.potentia.core.indicator.Direction.BENEFIT, -2)))
        .rows(new double[][] {{1, 2}}).categories(List.of("low", "high")).profileRows(new double[][] {{0, 0}}).build());
    assertEquals(List.of("criteria[1].id: criterion id is blank",
        "criteria[1].weight: criterion ' ': weight is -2.0; it must be finite and >= 0"), paths(e));
  }

  @Test
  void aFieldOfARankingMethodIsRefusedByName(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("sort.json"), """
        {"alternatives": ["A1"],
         "criteria": [{"id": "trust", "direction": "benefit", "bounds": [0, 100]}],
         "matrix": [[62]], "categories": ["low", "high"], "profiles": [[50]]}
        """);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> SortingProblem.read(file));
    Problem p = e.problems().get(0);
    assertEquals("criteria[0].bounds", p.path());
    assertTrue(p.message().contains("unknown field 'bounds'") && p.message().contains("q"), p.message());
  }

  @Test
  void aRowCanBeReplacedForWhatIfQuestions() {
    SortingProblem p = SortingMethodsTest.pillars(0.6, 0.5, 0.3, 0.2);
    SortingProblem better = p.withRow(1, List.of(60.0, 65.0, 62.0));
    assertEquals("strong", SortingMethods.mrSort().sort(better).assignment("P2").category());
    assertEquals("fair", SortingMethods.mrSort().sort(p).assignment("P2").category());
  }
}
