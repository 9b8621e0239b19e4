package io.potentia.scoring.rank;

import static io.potentia.core.indicator.Direction.BENEFIT;
import static io.potentia.core.indicator.Direction.COST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A decision problem is checked whole: every problem is reported at once, with its position. */
class DecisionProblemTest {
  private static final List<Criterion> TWO = List.of(Criterion.of("cost", COST, 0.4), Criterion.of("range", BENEFIT, 0.6));

  @Test
  void everyProblemOfAMatrixIsReportedWithItsPosition() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> DecisionProblem.of(List.of("a", "a", "b"),
        List.of(Criterion.of("c", COST, 0), Criterion.of("c", BENEFIT, 0)), new double[][] {{1, 2}, {3}}));
    String m = e.getMessage();
    assertTrue(m.contains("alternatives[1]: duplicate alternative 'a' (first at alternatives[0])"), m);
    assertTrue(m.contains("criteria[1].id: duplicate criterion 'c' (first at criteria[0])"), m);
    assertTrue(m.contains("the criteria's weights sum to zero"), m);
    assertTrue(m.contains("the matrix has 2 rows for 3 alternatives"), m);
    assertTrue(m.contains("row 1 has 1 values for 2 criteria"), m);
    assertEquals(5, e.problems().size(), m);
    InvalidInputException inf = assertThrows(InvalidInputException.class, () -> DecisionProblem.of(List.of("a", "b"), TWO,
        new double[][] {{1, 2}, {3, Double.NaN}}));
    assertTrue(inf.getMessage().contains("the value of alternative 'b' on criterion 'range' is NaN"), inf.getMessage());
    assertEquals("matrix[1][1]", inf.problems().get(0).path());
    InvalidInputException empty = assertThrows(InvalidInputException.class, () -> DecisionProblem.of(List.of(), List.of(),
        new double[0][]));
    assertTrue(empty.getMessage().contains("there are no alternatives") && empty.getMessage().contains("there are no criteria"),
        empty.getMessage());
  }

  /** Issue 15, item 5: a repeated id named no first position. */
  @Test
  void aProblemFileWithRepeatedIdsNamesWhereEachFirstIsBesideItsOtherProblems(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("problem.json"), """
        {"alternatives": ["A1", "A2", "A1"],
         "criteria": [{"id": "cost", "direction": "cost", "weight": 0.5},
                      {"id": "speed", "direction": "benefit", "weight": 0.3},
                      {"id": "cost", "direction": "cost", "weight": 0.2}],
         "matrix": [[1, 2, 3], [4, 5, 6], [7, 8]]}
        """);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> DecisionProblem.read(file));
    assertEquals(List.of(
        "alternatives[2]: duplicate alternative 'A1' (first at alternatives[0])",
        "criteria[2].id: duplicate criterion 'cost' (first at criteria[0])",
        "matrix[2]: row 2 has 2 values for 3 criteria"),
        e.problems().stream().map(p -> p.path() + ": " + p.message()).toList());
    assertTrue(e.problems().stream().allMatch(p -> p.source().equals(file.toString())), e.getMessage());
  }

  /** Issue 15, item 5: the JSON readers stopped at the first wrong type. */
  @Test
  void everyWrongTypeAndUnknownFieldOfAProblemFileComesInOneErrorWithItsPlaceAndValue(@TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("problem.json"), """
        {"alternatives": ["A1", "A2", "A3"],
         "criteria": [{"id": "cost", "direction": "cost", "weight": "half"},
                      {"id": "speed", "direction": "benefit", "weight": 0.5, "unit": "km/h"}],
         "matrix": [[1, 2], [3, "fast"], [5, true]]}
        """);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> DecisionProblem.read(file));
    assertEquals(List.of(
        "2:61: criteria[0].weight: expected a number, found the string \"half\"",
        "3:78: criteria[1].unit: unknown field 'unit'; known: bounds, direction, id, preference, weight",
        "4:25: matrix[1][1]: expected a number, found the string \"fast\"",
        "4:38: matrix[2][1]: expected a number, found true"),
        e.problems().stream().map(p -> p.line() + ":" + p.column() + ": " + p.path() + ": " + p.message()).toList());
    assertTrue(e.problems().stream().allMatch(p -> p.source().equals(file.toString())), e.getMessage());
  }

  @Test
  void weightsSumToOneWithinRoundingAndAnAlternativeCanBeLeftOut() {
    DecisionProblem p = DecisionProblem.of(List.of("a", "b", "c"), TWO, new double[][] {{1, 2}, {3, 4}, {5, 6}});
    assertTrue(p.weightsSumToOne());
    assertFalse(DecisionProblem.of(List.of("a"), List.of(Criterion.of("x", BENEFIT, 2)), new double[][] {{1}}).weightsSumToOne());
    assertTrue(DecisionProblem.of(List.of("a"), List.of(Criterion.of("x", BENEFIT, 1 + 1e-10)), new double[][] {{1}})
        .weightsSumToOne(), "within 1e-9");
    assertFalse(DecisionProblem.of(List.of("a"), List.of(Criterion.of("x", BENEFIT, 1 - 1e-8)), new double[][] {{1}})
        .weightsSumToOne());
    DecisionProblem less = p.without(1);
    assertEquals(List.of("a", "c"), less.alternatives());
    assertEquals(List.of(5.0, 6.0), less.matrix().get(1));
    assertEquals(TWO, less.criteria());
  }
}
