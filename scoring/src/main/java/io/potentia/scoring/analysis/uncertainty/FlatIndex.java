package io.potentia.scoring.analysis.uncertainty;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.scoring.spi.TiePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A flat index whose indicators are already normalised: a root {@code index} over weighted leaves,
 * one column of scores per leaf. {@link MonteCarlo#run(FlatIndex, UncertaintyPlan,
 * io.potentia.scoring.analysis.ProgressListener, java.util.function.BooleanSupplier)} runs the
 * uncertainty analysis's fast path on it directly, without a pipeline: for a program that holds its
 * normalised matrix already, or wants the compiled loops ready before its real run.
 *
 * @param areas the areas' ids, one per value of each column
 * @param leaves the leaves' ids, one per column
 * @param columns the normalised scores, one array per leaf, one finite value per area
 * @param weights the leaves' nominal weights, finite, non-negative, not all zero
 * @param ties the tie policy of the ranks
 */
public record FlatIndex(List<String> areas, List<String> leaves, double[][] columns, double[] weights, TiePolicy ties) {

  /**
   * Checks the index, naming every problem.
   *
   * @param areas the areas
   * @param leaves the leaves
   * @param columns the scores
   * @param weights the weights
   * @param ties the tie policy
   * @throws InvalidInputException if the sizes disagree, an area or leaf id is repeated, a score is
   *     not finite, or a weight is negative or not finite, or every weight is zero
   */
  public FlatIndex {
    areas = List.copyOf(areas);
    leaves = List.copyOf(leaves);
    Objects.requireNonNull(ties, "ties");
    List<Problem> problems = new ArrayList<>();
    if (leaves.isEmpty() || columns.length != leaves.size() || weights.length != leaves.size()) {
      problems.add(Problem.at("columns", leaves.size() + " leaves, " + columns.length + " columns and " + weights.length
          + " weights; give one column and one weight per leaf, at least one"));
    }
    distinct("areas", areas, problems);
    distinct("leaves", leaves, problems);
    double total = 0;
    for (int j = 0; j < weights.length; j++) {
      if (!(weights[j] >= 0) || !Double.isFinite(weights[j])) {
        problems.add(Problem.at("weights[" + j + "]", "weight " + weights[j] + " must be finite and >= 0"));
      }
      total += weights[j];
    }
    if (!(total > 0)) {
      problems.add(Problem.at("weights", "the weights sum to " + total + "; some weight must be > 0"));
    }
    for (int j = 0; j < columns.length; j++) {
      if (columns[j].length != areas.size()) {
        problems.add(Problem.at("columns[" + j + "]", "column " + j + " has " + columns[j].length + " scores for "
            + areas.size() + " areas"));
        continue;
      }
      for (int i = 0; i < columns[j].length && problems.size() < 100; i++) {
        if (!Double.isFinite(columns[j][i])) {
          problems.add(Problem.at("columns[" + j + "][" + i + "]", "the score of leaf '" + (j < leaves.size() ? leaves.get(j) : j)
              + "' for area '" + areas.get(i) + "' is " + columns[j][i] + "; it must be finite"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static void distinct(String what, List<String> ids, List<Problem> problems) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String id : ids) {
      if (!seen.add(id)) {
        problems.add(Problem.at(what, what + " '" + id + "' is given twice"));
      }
    }
  }

  /**
   * A matrix of benefit indicators as a flat index: every column normalised by one normaliser (on
   * all cores, each column on its own), every leaf weighted equally, leaves named by the ids {@link
   * io.potentia.core.interop.ImportedIndex#idOf(String)} gives the matrix's column names.
   *
   * @param matrix the matrix, one row per area
   * @param normaliser the normaliser, applied to each column as a benefit indicator
   * @param ties the tie policy of the ranks
   * @return the index
   * @throws InvalidInputException if the normaliser refuses a column (naming it) or gives a score
   *     that is not finite, or two column names give one id, or two rows share an id
   */
  public static FlatIndex of(io.potentia.core.interop.MatrixCsv.Matrix matrix, io.potentia.scoring.normalise.Normaliser normaliser,
      TiePolicy ties) {
    double[][] raw = matrix.columns();
    double[][] z = new double[raw.length][];
    InvalidInputException[] failures = new InvalidInputException[raw.length];
    java.util.stream.IntStream.range(0, raw.length).parallel().forEach(j -> {
      try {
        z[j] = normaliser.normalise(raw[j], io.potentia.core.indicator.Direction.BENEFIT);
      } catch (InvalidInputException e) {
        failures[j] = InvalidInputException.at("columns[" + j + "]", "column '" + matrix.names().get(j) + "' of "
            + matrix.source() + ": " + e.getMessage());
      }
    });
    for (InvalidInputException failure : failures) {
      if (failure != null) {
        throw failure;
      }
    }
    double[] weights = new double[raw.length];
    java.util.Arrays.fill(weights, 1);
    return new FlatIndex(matrix.rows(), matrix.names().stream().map(io.potentia.core.interop.ImportedIndex::idOf).toList(), z,
        weights, ties);
  }
}
