package io.potentia.scoring.weight;

import io.potentia.core.InvalidInputException;

/**
 * Weights fixed in advance, whatever the data: equal weights, explicit weights, and the results of
 * budget allocation, AHP and rank order centroid, which all end as a fixed vector. Only the number
 * of criteria is checked against the data.
 */
final class FixedWeights implements WeightingMethod {
  private final String name;
  private final double[] weights; // null for equal weights, which fit any number of criteria

  FixedWeights(String name, double[] weights) {
    this.name = name;
    this.weights = weights == null ? null : weights.clone();
  }

  @Override
  public double[] weigh(double[][] columns) {
    if (weights == null) {
      if (columns.length == 0) {
        throw InvalidInputException.at("", name + ": there are no criteria to weigh");
      }
      double[] w = new double[columns.length];
      java.util.Arrays.fill(w, 1.0 / columns.length);
      return w;
    }
    if (columns.length != weights.length) {
      throw InvalidInputException.at("", name + ": " + weights.length + " weights were given for " + columns.length
          + " criteria");
    }
    return weights.clone();
  }
}
