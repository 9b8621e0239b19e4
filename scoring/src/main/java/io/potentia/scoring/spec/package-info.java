/**
 * What a run does, as data that can be written, read and reproduced ({@link
 * io.potentia.scoring.spec.StrategySpec}, {@link io.potentia.scoring.spec.StepSpec}, {@link
 * io.potentia.scoring.spec.RuleSpec}), and the registry that builds strategies by name from every
 * {@link io.potentia.scoring.spi.StrategyProvider} on the class path ({@link
 * io.potentia.scoring.spec.Strategies}), the built-ins included.
 */
package io.potentia.scoring.spec;
