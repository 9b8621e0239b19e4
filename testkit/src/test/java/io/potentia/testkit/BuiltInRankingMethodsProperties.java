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

  @Nested
  class Edas implements RankingMethodContract {
    public Described<RankingMethod> method() {
      return Registered.ranking("edas");
    }
  }

  @Nested
  class Mabac implements RankingMethodContract {
    public Described<RankingMethod> method() {
      return Registered.ranking("mabac");
    }
  }

  @Nested
  class Marcos implements RankingMethodContract {
    public Described<RankingMethod> method() {
      return Registered.ranking("marcos");
    }
  }

  @Nested
  class CoCoSo implements RankingMethodContract {
    public Described<RankingMethod> method() {
      return Registered.ranking("cocoso", "lambda=0.5");
    }
  }

  @Nested
  class Codas implements RankingMethodContract {
    public Described<RankingMethod> method() {
      return Registered.ranking("codas", "tau=0.02");
    }
  }

  @Nested
  class Aras implements RankingMethodContract {
    public Described<RankingMethod> method() {
      return Registered.ranking("aras");
    }
  }

  @Nested
  class Copras implements RankingMethodContract {
    public Described<RankingMethod> method() {
      return Registered.ranking("copras");
    }
  }
}
