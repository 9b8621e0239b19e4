/**
 * Potentia scoring. This package is the front door: {@link io.potentia.scoring.ScoringPipeline}
 * and its {@link io.potentia.scoring.PipelineBuilder}. The rest is laid out by the step of the
 * composite-indicator pipeline, or the question, each part answers:
 *
 * <ul>
 *   <li>{@code spec}: what a run does, as data ({@code StrategySpec}), and the registry that finds
 *       strategies by name ({@code Strategies});
 *   <li>{@code engine}: the plan that resolves which strategy runs at which node, once, and the
 *       run of each year;
 *   <li>{@code impute}, {@code outlier}, {@code normalise}, {@code weight}, {@code aggregate}: the
 *       strategies of each step, behind small interfaces and static factories; {@code rank}: the
 *       whole-matrix ranking methods; {@code spi}: what every strategy shares;
 *   <li>{@code check}: the methodology check; {@code validate}: the check of input files;
 *   <li>{@code result}: the score report that explains every number; {@code rollup}: roll-up over
 *       the area hierarchy;
 *   <li>{@code analysis}: uncertainty, sensitivity, what-if, planning and balance.
 * </ul>
 *
 * <p>File forms of the results (HTML, CSV, Excel) are in the {@code potentia-report} module.
 */
package io.potentia.scoring;
