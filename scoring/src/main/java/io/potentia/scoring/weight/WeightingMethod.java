package io.potentia.scoring.weight;


/**
 * Sets the weights of a group of criteria (the children of a framework node, or the columns of a
 * decision matrix). Data-driven methods (entropy, CRITIC, PCA, optimised) read the matrix; the
 * others (equal, explicit, budget allocation, AHP, rank order centroid) were given what they need
 * when built and only check the number of criteria. Built-ins come from {@link Weightings}.
 */
@FunctionalInterface
public interface WeightingMethod {

  /**
   * The weights of the criteria.
   *
   * @param columns the data, one array per criterion, each holding one value per alternative,
   *     higher is better (normalised); NaN where missing
   * @return one weight per criterion, each {@code >= 0}, summing to 1
   * @throws io.potentia.core.InvalidInputException if the data or the method's own input cannot
   *     give weights, with the reason
   */
  double[] weigh(double[][] columns);
}
