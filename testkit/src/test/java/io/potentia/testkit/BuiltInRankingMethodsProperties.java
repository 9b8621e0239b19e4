package io.potentia.testkit;

import io.potentia.scoring.aggregate.Aggregators;
import io.potentia.scoring.normalise.Normalisers;
import io.potentia.scoring.rank.RankingMethod;
import io.potentia.scoring.rank.RankingMethods;
import io.potentia.scoring.weight.Weightings;
import org.junit.jupiter.api.Nested;

/** Every built-in ranking method passes the ranking-method contract. */
class BuiltInRankingMethodsProperties {
  @Nested
  class TopsisMinMax implements RankingMethodContract {
    public RankingMethod method() {
      return RankingMethods.topsis(Normalisers.minMax(0, 1));
    }
  }

  @Nested
  class TopsisVector implements RankingMethodContract {
    public RankingMethod method() {
      return RankingMethods.topsis(Normalisers.vector());
    }
  }

  @Nested
  class Vikor implements RankingMethodContract {
    public RankingMethod method() {
      return RankingMethods.vikor(0.5);
    }
  }

  @Nested
  class PrometheeII implements RankingMethodContract {
    public RankingMethod method() {
      return RankingMethods.prometheeII();
    }
  }

  @Nested
  class GreyRelational implements RankingMethodContract {
    public RankingMethod method() {
      return RankingMethods.greyRelational(0.5);
    }
  }

  @Nested
  class WeightedSum implements RankingMethodContract {
    public RankingMethod method() {
      return RankingMethods.weightedSum(Normalisers.fractionOfMax());
    }
  }

  @Nested
  class WeightedProduct implements RankingMethodContract {
    public RankingMethod method() {
      return RankingMethods.weightedProduct();
    }
  }

  @Nested
  class Spotis implements RankingMethodContract {
    public RankingMethod method() {
      return RankingMethods.spotis();
    }
  }

  @Nested
  class Pipeline implements RankingMethodContract {
    public RankingMethod method() {
      return RankingMethods.pipeline(Normalisers.minMax(0, 1), Weightings.entropy(), Aggregators.geometricMean());
    }
  }
}
