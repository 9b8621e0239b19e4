package io.potentia.scoring.spi;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A strategy together with the name and traits it is known by. The strategy interfaces are
 * functional (a lambda can be a normaliser or an aggregator); what a strategy is called and what
 * it promises is given where it is registered ({@link StrategyDescriptor}) or, for a strategy passed
 * to a pipeline directly, here. The engine runs described strategies, so that every result and
 * error names the strategy and the methodology check reads what it promises.
 *
 * @param name the name used in specs and results, for example {@code "min-max"}; not blank
 * @param traits the traits the strategy promises for every valid input; promising too much lets
 *     the methodology check pass what it should refuse, so declare only what the testkit's contract
 *     for the kind confirms
 * @param strategy the strategy itself
 * @param <T> the strategy's interface, for example {@code Normaliser}
 */
public record Described<T>(String name, Set<Trait> traits, T strategy) {

  /**
   * Validates the components: none null, the name not blank; keeps an unmodifiable copy of the traits.
   *
   * @param name the name
   * @param traits the promised traits
   * @param strategy the strategy
   */
  public Described {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(traits, "traits");
    Objects.requireNonNull(strategy, "strategy");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a strategy's name must not be blank");
    }
    Set<Trait> copy = EnumSet.noneOf(Trait.class);
    copy.addAll(traits);
    traits = Collections.unmodifiableSet(copy);
  }

  /**
   * Describes a strategy.
   *
   * @param name the name
   * @param strategy the strategy
   * @param traits the promised traits (none: it promises nothing)
   * @param <T> the strategy's interface
   * @return the described strategy
   */
  public static <T> Described<T> of(String name, T strategy, Trait... traits) {
    Set<Trait> set = EnumSet.noneOf(Trait.class);
    set.addAll(java.util.Arrays.asList(traits));
    return new Described<>(name, set, strategy);
  }

  /**
   * Whether the strategy promises a trait.
   *
   * @param trait the trait
   * @return true if promised
   */
  public boolean has(Trait trait) {
    return traits.contains(trait);
  }
}
