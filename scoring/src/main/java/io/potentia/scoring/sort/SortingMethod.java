package io.potentia.scoring.sort;

/**
 * Assigns each alternative of a sorting problem to one of its ordered classes by comparing it with
 * the profiles that bound them. An alternative's class never depends on the other alternatives.
 * Built-ins come from {@link SortingMethods}.
 */
@FunctionalInterface
public interface SortingMethod {

  /**
   * Sorts a problem.
   *
   * @param problem the alternatives, classes and profiles
   * @return one assignment per alternative, with the criteria that keep it from the next class up
   * @throws io.potentia.core.InvalidInputException if the problem lacks what the method needs or
   *     gives what it would not use (the reason names the field and value)
   */
  SortingResult sort(SortingProblem problem);
}
