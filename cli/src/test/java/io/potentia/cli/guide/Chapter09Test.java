package io.potentia.cli.guide;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.potentia.core.indicator.Direction;
import io.potentia.scoring.normalise.Normaliser;
import io.potentia.scoring.spi.Described;
import io.potentia.scoring.spi.StrategyDescriptor;
import io.potentia.scoring.spi.StrategyKind;
import io.potentia.scoring.spi.StrategyProvider;
import io.potentia.scoring.spi.Trait;
import io.potentia.testkit.NormaliserContract;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Chapter 9, embedding and the testkit: region {@code contract}, a normaliser of one's own (each
 * value's share of the column's best) checked by the testkit's contract on every trait it declares,
 * and region {@code provider}, the provider that makes it known by name; {@code ShareOfBestTest}, the
 * region's class, is run by Surefire as a test of its own.
 */
class Chapter09Test {

  @Test
  void theProviderDescribesTheNormaliserByName() {
    Described<Normaliser> byName = StrategyDescriptor.find(new MyStrategies().strategies(), "share-of-best", Normaliser.class);
    assertEquals(MyStrategies.TRAITS, byName.traits());
    assertArrayEquals(new double[] {0.5, 1.0}, byName.strategy().normalise(new double[] {2, 4}, Direction.BENEFIT), 0);
    assertArrayEquals(new double[] {1.0, 0.5}, byName.strategy().normalise(new double[] {2, 4}, Direction.COST), 0);
  }
}

/** Run by Surefire as a test of its own: the contract's checks of the traits declared. */
// region::contract
class ShareOfBestTest implements NormaliserContract {

  /** Benefit: x / max; cost: min / x. Missing values (NaN) stay missing. */
  static double[] shareOfBest(double[] column, Direction direction) {
    double max = Arrays.stream(column).filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
    double min = Arrays.stream(column).filter(v -> !Double.isNaN(v)).min().orElse(Double.NaN);
    return Arrays.stream(column).map(v -> direction == Direction.BENEFIT ? v / max : min / v).toArray();
  }

  @Override
  public Described<Normaliser> normaliser() {
    return Described.of("share-of-best", ShareOfBestTest::shareOfBest,
        Trait.MONOTONE, Trait.SCALE_INVARIANT, Trait.DETERMINISTIC, Trait.ANONYMOUS);
  }
}
// end::contract

// region::provider
// listed in META-INF/services/io.potentia.scoring.spi.StrategyProvider (class path)
// or declared by `provides io.potentia.scoring.spi.StrategyProvider with ...` (module path)
final class MyStrategies implements StrategyProvider {
  static final Set<Trait> TRAITS = Set.of(Trait.MONOTONE, Trait.SCALE_INVARIANT, Trait.DETERMINISTIC, Trait.ANONYMOUS);

  @Override
  public List<StrategyDescriptor> strategies() {
    Normaliser shareOfBest = ShareOfBestTest::shareOfBest;
    return List.of(StrategyDescriptor.of(StrategyKind.NORMALISATION, "share-of-best",
        "each value's share of the column's best", TRAITS, parameters -> shareOfBest));
  }
}
// end::provider
