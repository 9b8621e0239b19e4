/**
 * What every strategy shares and the service-provider interface through which strategies are found
 * by name. The strategy interfaces themselves are functional (a lambda can be one); what a
 * strategy is called and what it promises is given where it is registered ({@link
 * io.potentia.scoring.spi.StrategyDescriptor}, via a {@link
 * io.potentia.scoring.spi.StrategyProvider}) and travels with it as a {@link
 * io.potentia.scoring.spi.Described} strategy: its name, its {@link io.potentia.scoring.spi.Trait}s
 * and the strategy. {@link io.potentia.scoring.spi.Parameters} reads a strategy's parameters
 * strictly.
 */
package io.potentia.scoring.spi;
