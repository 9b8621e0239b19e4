package io.potentia.testkit;

import io.potentia.scoring.aggregate.Aggregator;
import io.potentia.scoring.impute.Imputer;
import io.potentia.scoring.normalise.Normaliser;
import io.potentia.scoring.rank.RankingMethod;
import io.potentia.scoring.sort.SortingMethod;
import io.potentia.scoring.spec.Strategies;
import io.potentia.scoring.spi.Described;
import io.potentia.scoring.spi.Parameters;
import io.potentia.scoring.weight.WeightingMethod;
import java.util.List;

/**
 * The built-in strategies as users get them by name, {@code KEY=VALUE} parameters as on the command
 * line: the contracts then check the traits the registry promises, not ones restated in the test.
 */
final class Registered {
  private Registered() {}

  static Described<Normaliser> normaliser(String name, String... parameters) {
    return Strategies.registry().normaliser(name, Parameters.parse(name, List.of(parameters)));
  }

  static Described<Aggregator> aggregator(String name, String... parameters) {
    return Strategies.registry().aggregator(name, Parameters.parse(name, List.of(parameters)));
  }

  static Described<WeightingMethod> weighting(String name, String... parameters) {
    return Strategies.registry().weighting(name, Parameters.parse(name, List.of(parameters)));
  }

  static Described<Imputer> imputer(String name, String... parameters) {
    return Strategies.registry().imputer(name, Parameters.parse(name, List.of(parameters)));
  }

  static Described<SortingMethod> sorting(String name) {
    return Strategies.registry().sorting(name, Parameters.none(name));
  }

  static Described<RankingMethod> ranking(String name, String... parameters) {
    return Strategies.registry().ranking(name, Parameters.parse(name, List.of(parameters)));
  }
}
