/**
 * Potentia scoring: pluggable strategies for each step of the composite-indicator pipeline
 * (imputation, outliers, normalisation, weighting, aggregation) and whole-matrix ranking methods,
 * found by name through {@link io.potentia.scoring.Strategies} and recorded in a {@link
 * io.potentia.scoring.StrategySpec}.
 */
package io.potentia.scoring;
