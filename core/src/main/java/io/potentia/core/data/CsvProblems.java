package io.potentia.core.data;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every problem found in one CSV file. Reading goes on after a bad cell, so that one error names up
 * to {@link DatasetCsv#MAX_PROBLEMS} of them and a user fixes a file in one pass, not one run per
 * mistake.
 */
final class CsvProblems {
  private final String source;
  private final List<Problem> found = new ArrayList<>();

  CsvProblems(String source) {
    this.source = source;
  }

  /** Records a problem at a 1-based line and column (0 when the whole line or file is meant). */
  void add(int line, int column, String message) {
    found.add(Problem.inFile(source, line, column, message));
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** Whether enough was found to stop reading. */
  boolean full() {
    return found.size() >= DatasetCsv.MAX_PROBLEMS;
  }

  /** How many more problems may be recorded before the file has {@link DatasetCsv#MAX_PROBLEMS}. */
  int room() {
    return Math.max(0, DatasetCsv.MAX_PROBLEMS - found.size());
  }

  /**
   * Throws every problem found as one error, in the order of their lines (a cell given twice is
   * found only after the last row); does nothing when there is none.
   */
  void throwIfAny() {
    if (!found.isEmpty()) {
      List<Problem> byLine = new ArrayList<>(found);
      byLine.sort(Comparator.comparingInt(Problem::line)); // stable: one line's problems keep their order
      throw new InvalidInputException(byLine);
    }
  }
}
