/**
 * The engine behind {@link io.potentia.scoring.ScoringPipeline}: the {@link
 * io.potentia.scoring.engine.Plan} that resolves, once, which strategy runs at which node from the
 * builder's {@link io.potentia.scoring.engine.StrategyChoices}, and the run of each year
 * (imputation over all years, then outlier treatment, normalisation and aggregation).
 */
package io.potentia.scoring.engine;
