package io.potentia.scoring.analysis.uncertainty;

import io.potentia.core.data.Dataset;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.result.ScoreReport;

/**
 * What a run works on: the nominal pipeline, the data and year, the plan, and the nominal report.
 *
 * @param pipeline the nominal pipeline
 * @param data the dataset
 * @param year the year scored
 * @param plan what to vary
 * @param nominal the nominal pipeline's report of the year
 */
record Inputs(ScoringPipeline pipeline, Dataset data, int year, UncertaintyPlan plan, ScoreReport nominal) {}
