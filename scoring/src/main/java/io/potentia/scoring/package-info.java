/**
 * Potentia scoring: pluggable strategies for each step of the composite-indicator pipeline
 * (imputation, outliers, normalisation, weighting, aggregation) and whole-matrix ranking methods,
 * found by name through {@link io.potentia.scoring.spec.Strategies} and recorded in a {@link
 * io.potentia.scoring.spec.StrategySpec}.
 */
package io.potentia.scoring;
