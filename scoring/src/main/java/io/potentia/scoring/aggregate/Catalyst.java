package io.potentia.scoring.aggregate;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.spi.OutputRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The political-catalyst multiplicative model; see
 * {@link Aggregators#catalyst(String, double, double)}. The catalyst is named by node id and found
 * among the children when the engine binds the aggregator to a node ({@link #forChildren}); an
 * unbound instance refuses to aggregate rather than guess a position.
 */
final class Catalyst implements Aggregator {
  private final String catalyst;
  private final int position; // -1 until bound to a node's children
  private final double scale;
  private final double strength;

  Catalyst(String catalyst, double scale, double strength) {
    this(catalyst, -1, scale, strength);
    if (catalyst == null || catalyst.isBlank()) {
      throw InvalidInputException.at("parameters.catalyst", "catalyst: parameter 'catalyst' is '" + catalyst
          + "'; it must name the catalyst child node, for example catalyst=political");
    }
    if (!(scale > 0) || !Double.isFinite(scale)) {
      throw InvalidInputException.at("parameters.scale", "catalyst: scale " + scale + " must be finite and > 0");
    }
    if (!(strength > 0) || !Double.isFinite(strength)) {
      throw InvalidInputException.at("parameters.strength", "catalyst: strength " + strength
          + " must be finite and > 0");
    }
  }

  private Catalyst(String catalyst, int position, double scale, double strength) {
    this.catalyst = catalyst;
    this.position = position;
    this.scale = scale;
    this.strength = strength;
  }

  @Override
  public Aggregator forChildren(List<String> children) {
    int at = children.indexOf(catalyst);
    if (at < 0) {
      throw InvalidInputException.at("parameters.catalyst", "catalyst: the catalyst '" + catalyst
          + "' is not a child of the node; its children are " + children);
    }
    if (children.size() < 2) {
      throw InvalidInputException.at("parameters.catalyst", "catalyst: the catalyst '" + catalyst
          + "' is the only child of the node; it needs at least one other child to act on");
    }
    return new Catalyst(catalyst, at, scale, strength);
  }

  @Override
  public Optional<OutputRange> range(OutputRange input) {
    return input.lower() >= 0 && input.upper() <= scale ? Optional.of(new OutputRange(0, input.upper()))
        : Optional.empty();
  }

  @Override
  public Optional<List<String>> domainProblems(List<String> children, List<Optional<OutputRange>> ranges) {
    int at = children.indexOf(catalyst);
    if (at < 0) {
      return Optional.of(List.of("the catalyst '" + catalyst + "' is not a child of the node; its children are "
          + children));
    }
    List<String> problems = new ArrayList<>();
    Optional<OutputRange> r = ranges.get(at);
    if (r.isEmpty() || r.get().lower() < 0 || r.get().upper() > scale) {
      problems.add("the catalyst '" + catalyst + "' must score within [0, " + scale + "] (the other children may"
          + " take any finite score), but its scores can lie "
          + r.map(x -> "in [" + x.lower() + ", " + x.upper() + "]").orElse("anywhere")
          + "; normalise it to [0, " + scale + "] (for example min-max with upper = " + scale
          + ") or set the catalyst's scale");
    }
    return Optional.of(problems);
  }

  @Override
  public double[] aggregate(double[][] children, double[] weights) {
    int c = children.length;
    if (position < 0) {
      throw InvalidInputException.at("parameters.catalyst", "catalyst: the catalyst '" + catalyst
          + "' has not been found among the node's children; bind the aggregator with forChildren(child ids)");
    }
    if (position >= c) {
      throw InvalidInputException.at("parameters.catalyst", "catalyst: the catalyst '" + catalyst + "' is child "
          + position + " of the node it was bound to, but only " + c + " children were given");
    }
    if (weights.length != c) {
      throw InvalidInputException.at("weights", "catalyst: " + weights.length + " weights for " + c + " children");
    }
    double[] hard = Aggregators.arithmeticMean().aggregate(others(children), others(weights));
    double[] out = new double[hard.length];
    for (int a = 0; a < out.length; a++) {
      double q = multiplier(children[position][a], a);
      out[a] = Double.isNaN(q) ? Double.NaN : hard[a] * q;
    }
    return out;
  }

  /**
   * The Shapley values of the children, baseline every child at 0: the score is {@code sum_j
   * w'_j x_j q} with {@code q = (P / s)^g}, a sum of two-player terms each of which is 0 unless
   * both the catalyst and child {@code j} are present, so each term is split evenly between the
   * two: {@code phi_j = w'_j x_j q / 2} and {@code phi_P = H q / 2 = I / 2}.
   */
  @Override
  public Optional<double[]> decompose(double[] x, double[] w) {
    if (position < 0 || position >= x.length) {
      return Optional.empty();
    }
    double[] parts = new double[x.length];
    double[] score = aggregate(column(x), w);
    if (Double.isNaN(score[0])) {
      java.util.Arrays.fill(parts, Double.NaN);
      return Optional.of(parts);
    }
    double q = multiplier(x[position], 0);
    double present = 0;
    for (int j = 0; j < x.length; j++) {
      present += j == position || Double.isNaN(x[j]) ? 0 : w[j];
    }
    for (int j = 0; j < x.length; j++) {
      parts[j] = j == position || Double.isNaN(x[j]) ? 0 : w[j] / present * x[j] * q / 2;
    }
    parts[position] = score[0] / 2;
    return Optional.of(parts);
  }

  /** The catalyst's multiplier {@code (P / s)^g}, NaN for a missing catalyst. */
  private double multiplier(double p, int area) {
    if (Double.isNaN(p)) {
      return Double.NaN;
    }
    if (!(p >= 0 && p <= scale)) {
      throw InvalidInputException.at("[" + position + "][" + area + "]", "catalyst: the score of the catalyst '"
          + catalyst + "' for area " + area + " is " + p + "; it must be in [0, " + scale + "]");
    }
    return Math.pow(p / scale, strength);
  }

  private static double[][] column(double[] x) {
    double[][] out = new double[x.length][];
    for (int j = 0; j < x.length; j++) {
      out[j] = new double[] {x[j]};
    }
    return out;
  }

  private double[][] others(double[][] children) {
    double[][] out = new double[children.length - 1][];
    for (int j = 0, k = 0; j < children.length; j++) {
      if (j != position) {
        out[k++] = children[j];
      }
    }
    return out;
  }

  private double[] others(double[] weights) {
    double[] out = new double[weights.length - 1];
    for (int j = 0, k = 0; j < weights.length; j++) {
      if (j != position) {
        out[k++] = weights[j];
      }
    }
    return out;
  }
}
