package io.potentia.testkit;

import io.potentia.scoring.normalise.Normaliser;
import io.potentia.scoring.spi.Described;
import org.junit.jupiter.api.Nested;

/** Every built-in normaliser passes the normaliser contract. */
class BuiltInNormalisersProperties {
  @Nested
  class MinMax implements NormaliserContract {
    public Described<Normaliser> normaliser() {
      return Registered.normaliser("min-max", "lower=0", "upper=100");
    }
  }

  @Nested
  class ZScore implements NormaliserContract {
    public Described<Normaliser> normaliser() {
      return Registered.normaliser("z-score", "mean=100", "sd=10");
    }
  }

  @Nested
  class Rank implements NormaliserContract {
    public Described<Normaliser> normaliser() {
      return Registered.normaliser("rank");
    }
  }

  @Nested
  class PercentileRank implements NormaliserContract {
    public Described<Normaliser> normaliser() {
      return Registered.normaliser("percentile-rank");
    }
  }

  @Nested
  class Borda implements NormaliserContract {
    public Described<Normaliser> normaliser() {
      return Registered.normaliser("borda");
    }
  }

  @Nested
  class Goalposts implements NormaliserContract {
    public Described<Normaliser> normaliser() {
      return Registered.normaliser("goalposts", "lower=-1000", "upper=1000", "scale=100");
    }
  }

  @Nested
  class LogGoalposts implements NormaliserContract {
    public Described<Normaliser> normaliser() {
      return Registered.normaliser("goalposts", "lower=0.001", "upper=1e9", "log=true");
    }
  }

  @Nested
  class DistanceToTarget implements NormaliserContract {
    public Described<Normaliser> normaliser() {
      return Registered.normaliser("distance-to-target", "target=1000");
    }
  }

  @Nested
  class DistanceToBest implements NormaliserContract {
    public Described<Normaliser> normaliser() {
      return Registered.normaliser("distance-to-best");
    }
  }

  @Nested
  class FractionOfMax implements NormaliserContract {
    public Described<Normaliser> normaliser() {
      return Registered.normaliser("fraction-of-max");
    }
  }

  @Nested
  class Max implements NormaliserContract {
    public Described<Normaliser> normaliser() {
      return Registered.normaliser("max");
    }
  }

  @Nested
  class ShareOfTotal implements NormaliserContract {
    public Described<Normaliser> normaliser() {
      return Registered.normaliser("share-of-total");
    }
  }

  @Nested
  class Vector implements NormaliserContract {
    public Described<Normaliser> normaliser() {
      return Registered.normaliser("vector");
    }
  }

  @Nested
  class Logarithmic implements NormaliserContract {
    public Described<Normaliser> normaliser() {
      return Registered.normaliser("logarithmic");
    }
  }
}
