/**
 * What every strategy shares ({@link io.potentia.scoring.spi.Strategy}, {@link
 * io.potentia.scoring.spi.Trait}, {@link io.potentia.scoring.spi.Parameters}, policies) and the
 * service-provider interface through which strategies are found by name ({@link
 * io.potentia.scoring.spi.StrategyProvider}).
 */
package io.potentia.scoring.spi;
