/**
 * Defensive works built essential first: typed works with staged costs and durations, and a
 * roadmap planner under yearly budgets ({@link io.potentia.scoring.analysis.planning.works.WorksPlanner}).
 */
package io.potentia.scoring.analysis.planning.works;
