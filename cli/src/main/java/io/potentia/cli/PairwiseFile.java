package io.potentia.cli;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.potentia.core.InvalidInputException;

/** A pairwise comparison file: {@code {"matrix": [[1, 3], [0.333, 1]]}}. */
record PairwiseFile(double[][] matrix) {
  @JsonCreator
  PairwiseFile(@JsonProperty(value = "matrix", required = true) double[][] matrix) {
    if (matrix == null || matrix.length == 0) {
      throw InvalidInputException.at("matrix", "the pairwise comparison matrix is empty");
    }
    this.matrix = matrix;
  }
}
