package io.potentia.scoring.rank;

import static io.potentia.core.indicator.Direction.BENEFIT;
import static io.potentia.core.indicator.Direction.COST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A decision problem is checked whole: every problem is reported at once, with its position. */
class DecisionProblemTest {
  private static final List<Criterion> TWO = List.of(Criterion.of("cost", COST, 0.4), Criterion.of("range", BENEFIT, 0.6));

  @Test
  void everyProblemOfAMatrixIsReportedWithItsPosition() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> DecisionProblem.of(List.of("a", "a", "b"),
        List.of(Criterion.of("c", COST, 0), Criterion.of("c", BENEFIT, 0)), new double[][] {{1, 2}, {3}}));
    String m = e.getMessage();
    assertTrue(m.contains("duplicate alternative 'a'"), m);
    assertTrue(m.contains("duplicate criterion 'c'"), m);
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
