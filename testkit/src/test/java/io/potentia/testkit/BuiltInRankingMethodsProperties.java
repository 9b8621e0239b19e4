package io.potentia.testkit;

import io.potentia.scoring.rank.RankingMethod;
import io.potentia.scoring.spi.Described;
import org.junit.jupiter.api.Nested;

/** Every built-in ranking method passes the ranking-method contract. */
class BuiltInRankingMethodsProperties {
  @Nested
  class TopsisMinMax implements RankingMethodContract {
    public Described<RankingMethod> method() {
      return Registered.ranking("topsis");
    }
  }

  @Nested
  class TopsisVector implements RankingMethodContract {
    public Described<RankingMethod> method() {
      return Registered.ranking("topsis", "normalisation=vector");
    }
  }

  @Nested
  class Vikor implements RankingMethodContract {
    public Described<RankingMethod> method() {
      return Registered.ranking("vikor", "v=0.5");
    }
  }

  @Nested
  class PrometheeII implements RankingMethodContract {
    public Described<RankingMethod> method() {
      return Registered.ranking("promethee-ii");
    }
  }

  @Nested
  class GreyRelational implements RankingMethodContract {
    public Described<RankingMethod> method() {
      return Registered.ranking("gra", "zeta=0.5");
    }
  }

  @Nested
  class WeightedSum implements RankingMethodContract {
    public Described<RankingMethod> method() {
      return Registered.ranking("wsm");
    }
  }

  @Nested
  class WeightedProduct implements RankingMethodContract {
    public Described<RankingMethod> method() {
      return Registered.ranking("wpm");
    }
  }

  @Nested
  class Spotis implements RankingMethodContract {
    public Described<RankingMethod> method() {
      return Registered.ranking("spotis");
    }
  }

  @Nested
  class Pipeline implements RankingMethodContract {
    public Described<RankingMethod> method() {
      return Registered.ranking("pipeline", "weighting=entropy", "aggregation=geometric-mean");
    }
  }
}
