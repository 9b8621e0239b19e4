/**
 * Sorting into ordered classes: each alternative (area) is assigned to one of a few ordered
 * classes ("weak", "fair", "strong", "comprehensively strong") by comparing it with the profiles
 * that bound the classes, not with the other alternatives. The conjunctive rule, ELECTRE TRI-B
 * and MR-Sort come from {@link io.potentia.scoring.sort.SortingMethods}; a {@link
 * io.potentia.scoring.sort.SortingProblem} holds the alternatives, the classes and their profiles.
 * Classes of the areas of a score report are in {@code io.potentia.scoring.analysis.readiness}.
 */
package io.potentia.scoring.sort;
