package io.potentia.scoring.spi;

/**
 * Finds a registered strategy by kind and name, for a strategy that names another among its
 * parameters (as TOPSIS names its normalisation): the registry that builds the one resolves the
 * other, so a user's own strategies can be named there too.
 */
@FunctionalInterface
public interface StrategyLookup {

  /**
   * Builds the strategy of a kind and name with its default parameters.
   *
   * @param kind the kind
   * @param type the kind's interface
   * @param name the name
   * @param <T> the interface
   * @return the described strategy
   * @throws io.potentia.core.InvalidInputException if no strategy of that kind has that name
   */
  <T> Described<T> find(StrategyKind kind, Class<T> type, String name);
}
