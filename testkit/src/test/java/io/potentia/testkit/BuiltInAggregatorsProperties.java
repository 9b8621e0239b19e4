package io.potentia.testkit;

import io.potentia.scoring.aggregate.AggregationRule;
import io.potentia.scoring.aggregate.Aggregator;
import io.potentia.scoring.aggregate.Aggregators;
import io.potentia.scoring.aggregate.RuledAggregator;
import java.util.List;
import org.junit.jupiter.api.Nested;

/** Every built-in aggregator passes the aggregator contract. */
class BuiltInAggregatorsProperties {
  @Nested
  class ArithmeticMean implements AggregatorContract {
    public Aggregator aggregator() {
      return Aggregators.arithmeticMean();
    }
  }

  @Nested
  class GeometricMean implements AggregatorContract {
    public Aggregator aggregator() {
      return Aggregators.geometricMean();
    }
  }

  @Nested
  class HarmonicMean implements AggregatorContract {
    public Aggregator aggregator() {
      return Aggregators.harmonicMean();
    }
  }

  @Nested
  class PowerMean implements AggregatorContract {
    public Aggregator aggregator() {
      return Aggregators.powerMean(2.5);
    }
  }

  @Nested
  class Median implements AggregatorContract {
    public Aggregator aggregator() {
      return Aggregators.median();
    }
  }

  @Nested
  class Minimum implements AggregatorContract {
    public Aggregator aggregator() {
      return Aggregators.minimum();
    }
  }

  @Nested
  class Owa implements AggregatorContract {
    public Aggregator aggregator() {
      return Aggregators.owa(0.1, 0.2, 0.3, 0.4);
    }

    public int childCount() {
      return 4;
    }
  }

  @Nested
  class Copeland implements AggregatorContract {
    public Aggregator aggregator() {
      return Aggregators.copeland();
    }
  }

  @Nested
  class MazziottaPareto implements AggregatorContract {
    public Aggregator aggregator() {
      return Aggregators.mazziottaPareto(true);
    }
  }

  @Nested
  class CouplingCoordination implements AggregatorContract {
    public Aggregator aggregator() {
      return Aggregators.couplingCoordination();
    }
  }

  @Nested
  class Catalyst implements AggregatorContract {
    public Aggregator aggregator() {
      return Aggregators.catalyst(0, 1, 1);
    }
  }

  @Nested
  class Ruled implements AggregatorContract {
    public Aggregator aggregator() {
      return new RuledAggregator(Aggregators.arithmeticMean(), List.of(AggregationRule.capWhenBelow(0, 0.2, 0.4)));
    }
  }
}
