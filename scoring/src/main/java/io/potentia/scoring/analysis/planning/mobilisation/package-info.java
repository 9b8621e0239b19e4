/**
 * Mobilisation for the first year of a war: per area, the wartime demands by phase and category
 * against the capacities derived from the dataset's indicators, and the mutual support between the
 * areas of a military region solved as a transportation linear programme.
 *
 * <p>The front door is {@link io.potentia.scoring.analysis.planning.mobilisation.Mobilisation#assess};
 * the plan is a {@link io.potentia.scoring.analysis.planning.mobilisation.MobilisationPlan}; the
 * linear programme alone is {@link io.potentia.scoring.analysis.planning.mobilisation.TransportationProblem}.
 */
package io.potentia.scoring.analysis.planning.mobilisation;
