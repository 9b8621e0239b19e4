package io.potentia.core.data;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every problem found in one table, each at its position as the {@link RowSource} names it.
 * Reading goes on after a bad cell, so that one error names up to {@link DatasetTable#MAX_PROBLEMS}
 * of them and a user fixes a file in one pass, not one run per mistake.
 */
final class TableProblems {
  private record Found(int row, Problem problem) {}

  private final RowSource source;
  private final List<Found> found = new ArrayList<>();

  TableProblems(RowSource source) {
    this.source = source;
  }

  RowSource source() {
    return source;
  }

  /** Records a problem at a 1-based row and column (0 when the whole row or table is meant). */
  void add(int row, int column, String message) {
    found.add(new Found(row, source.problem(row, column, message)));
  }

  /** Whether enough was found to stop reading. */
  boolean full() {
    return found.size() >= DatasetTable.MAX_PROBLEMS;
  }

  /** How many more problems may be recorded before the table has {@link DatasetTable#MAX_PROBLEMS}. */
  int room() {
    return Math.max(0, DatasetTable.MAX_PROBLEMS - found.size());
  }

  /**
   * Throws every problem found as one error, in the order of their rows (a cell given twice is
   * found only after the last row); does nothing when there is none.
   */
  void throwIfAny() {
    if (!found.isEmpty()) {
      List<Found> byRow = new ArrayList<>(found);
      byRow.sort(Comparator.comparingInt(Found::row)); // stable: one row's problems keep their order
      throw new InvalidInputException(byRow.stream().map(Found::problem).toList());
    }
  }
}
