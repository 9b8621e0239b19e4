package io.potentia.testkit;

import io.potentia.scoring.normalise.Normaliser;
import io.potentia.scoring.normalise.Normalisers;
import org.junit.jupiter.api.Nested;

/** Every built-in normaliser passes the normaliser contract. */
class BuiltInNormalisersProperties {
  @Nested
  class MinMax implements NormaliserContract {
    public Normaliser normaliser() {
      return Normalisers.minMax(0, 100);
    }
  }

  @Nested
  class ZScore implements NormaliserContract {
    public Normaliser normaliser() {
      return Normalisers.zScore(100, 10);
    }
  }

  @Nested
  class Rank implements NormaliserContract {
    public Normaliser normaliser() {
      return Normalisers.rank();
    }
  }

  @Nested
  class PercentileRank implements NormaliserContract {
    public Normaliser normaliser() {
      return Normalisers.percentileRank();
    }
  }

  @Nested
  class Borda implements NormaliserContract {
    public Normaliser normaliser() {
      return Normalisers.borda();
    }
  }

  @Nested
  class Goalposts implements NormaliserContract {
    public Normaliser normaliser() {
      return Normalisers.goalposts(-1e3, 1e3, 100, true, false);
    }
  }

  @Nested
  class LogGoalposts implements NormaliserContract {
    public Normaliser normaliser() {
      return Normalisers.goalposts(1e-3, 1e9, 1, true, true);
    }
  }

  @Nested
  class DistanceToTarget implements NormaliserContract {
    public Normaliser normaliser() {
      return Normalisers.distanceToTarget(1e3, true);
    }
  }

  @Nested
  class DistanceToBest implements NormaliserContract {
    public Normaliser normaliser() {
      return Normalisers.distanceToBest();
    }
  }

  @Nested
  class FractionOfMax implements NormaliserContract {
    public Normaliser normaliser() {
      return Normalisers.fractionOfMax();
    }
  }

  @Nested
  class Max implements NormaliserContract {
    public Normaliser normaliser() {
      return Normalisers.max();
    }
  }

  @Nested
  class ShareOfTotal implements NormaliserContract {
    public Normaliser normaliser() {
      return Normalisers.shareOfTotal();
    }
  }

  @Nested
  class Vector implements NormaliserContract {
    public Normaliser normaliser() {
      return Normalisers.vector();
    }
  }

  @Nested
  class Logarithmic implements NormaliserContract {
    public Normaliser normaliser() {
      return Normalisers.logarithmic();
    }
  }
}
