package io.potentia.scoring.spi;

import io.potentia.scoring.spi.Trait;
import io.potentia.scoring.spi.Strategy;
import java.util.Set;

/**
 * What every strategy has: a name by which specs refer to it, and the traits it promises.
 * Strategies are immutable and safe to share between threads.
 */
public interface Strategy {

  /**
   * The name used in strategy specs, for example {@code "min-max"}.
   *
   * @return the name
   */
  String name();

  /**
   * The traits this strategy promises for every valid input.
   *
   * @return the traits
   */
  Set<Trait> traits();

  /**
   * Whether the strategy promises a trait.
   *
   * @param trait the trait
   * @return true if declared
   */
  default boolean has(Trait trait) {
    return traits().contains(trait);
  }
}
