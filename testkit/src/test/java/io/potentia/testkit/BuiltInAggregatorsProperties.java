package io.potentia.testkit;

import io.potentia.scoring.aggregate.AggregationRule;
import io.potentia.scoring.aggregate.Aggregator;
import io.potentia.scoring.aggregate.RuledAggregator;
import io.potentia.scoring.spi.Described;
import java.util.List;
import org.junit.jupiter.api.Nested;

/** Every built-in aggregator passes the aggregator contract. */
class BuiltInAggregatorsProperties {
  @Nested
  class ArithmeticMean implements AggregatorContract {
    public Described<Aggregator> aggregator() {
      return Registered.aggregator("arithmetic-mean");
    }
  }

  @Nested
  class GeometricMean implements AggregatorContract {
    public Described<Aggregator> aggregator() {
      return Registered.aggregator("geometric-mean");
    }
  }

  @Nested
  class HarmonicMean implements AggregatorContract {
    public Described<Aggregator> aggregator() {
      return Registered.aggregator("harmonic-mean");
    }
  }

  @Nested
  class PowerMean implements AggregatorContract {
    public Described<Aggregator> aggregator() {
      return Registered.aggregator("power-mean", "p=2.5");
    }
  }

  @Nested
  class Median implements AggregatorContract {
    public Described<Aggregator> aggregator() {
      return Registered.aggregator("median");
    }
  }

  @Nested
  class Minimum implements AggregatorContract {
    public Described<Aggregator> aggregator() {
      return Registered.aggregator("minimum");
    }
  }

  @Nested
  class Owa implements AggregatorContract {
    public Described<Aggregator> aggregator() {
      return Registered.aggregator("owa", "order=[0.1, 0.2, 0.3, 0.4]");
    }

    public int childCount() {
      return 4;
    }
  }

  @Nested
  class Copeland implements AggregatorContract {
    public Described<Aggregator> aggregator() {
      return Registered.aggregator("copeland");
    }
  }

  @Nested
  class MazziottaPareto implements AggregatorContract {
    public Described<Aggregator> aggregator() {
      return Registered.aggregator("mazziotta-pareto");
    }
  }

  @Nested
  class CouplingCoordination implements AggregatorContract {
    public Described<Aggregator> aggregator() {
      return Registered.aggregator("coupling-coordination");
    }
  }

  @Nested
  class Catalyst implements AggregatorContract {
    public Described<Aggregator> aggregator() {
      Described<Aggregator> named = Registered.aggregator("catalyst", "catalyst=political", "scale=1", "strength=1");
      return new Described<>(named.name(), named.traits(),
          named.strategy().forChildren(List.of("political", "economic", "military")));
    }

    public int childCount() {
      return 3;
    }
  }

  @Nested
  class Ruled implements AggregatorContract {
    public Described<Aggregator> aggregator() {
      return RuledAggregator.described(Registered.aggregator("arithmetic-mean"),
          List.of(AggregationRule.capWhenBelow(0, 0.2, 0.4)), List.of());
    }
  }
}
