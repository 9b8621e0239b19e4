package io.potentia.scoring.spi;

import java.util.List;

/**
 * A source of named strategies, found through {@link java.util.ServiceLoader}: list the
 * implementation in {@code META-INF/services/io.potentia.scoring.spi.StrategyProvider} of your jar
 * and its strategies can be named in strategy specs and on the command line. The built-in
 * strategies are registered the same way.
 *
 * <p>Implementations need a public no-argument constructor.
 */
public interface StrategyProvider {

  /**
   * The strategies this provider offers.
   *
   * @return the descriptors; names must be unique within a kind across all providers
   */
  List<StrategyDescriptor> strategies();
}
