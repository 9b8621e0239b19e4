/**
 * Whole-matrix ranking methods and the decision-matrix API ({@link
 * io.potentia.scoring.rank.DecisionProblem}, {@link io.potentia.scoring.rank.RankingMethods}).
 */
package io.potentia.scoring.rank;
