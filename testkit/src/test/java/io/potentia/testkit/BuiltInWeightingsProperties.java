package io.potentia.testkit;

import io.potentia.scoring.spi.Described;
import io.potentia.scoring.weight.WeightingMethod;
import org.junit.jupiter.api.Nested;

/** Every built-in weighting method passes the weighting contract. */
class BuiltInWeightingsProperties {
  @Nested
  class Equal implements WeightingContract {
    public Described<WeightingMethod> weighting() {
      return Registered.weighting("equal");
    }
  }

  @Nested
  class Explicit implements WeightingContract {
    public Described<WeightingMethod> weighting() {
      return Registered.weighting("explicit", "weights=[1, 2, 3]");
    }

    public int criteria() {
      return 3;
    }
  }

  @Nested
  class BudgetAllocation implements WeightingContract {
    public Described<WeightingMethod> weighting() {
      return Registered.weighting("budget-allocation", "points=[[50, 50, 0], [20, 30, 50]]");
    }

    public int criteria() {
      return 3;
    }
  }

  @Nested
  class AhpPriorities implements WeightingContract {
    public Described<WeightingMethod> weighting() {
      return Registered.weighting("ahp", "matrix=[[1, 3, 5], [0.3333333333333333, 1, 2], [0.2, 0.5, 1]]");
    }

    public int criteria() {
      return 3;
    }
  }

  @Nested
  class Entropy implements WeightingContract {
    public Described<WeightingMethod> weighting() {
      return Registered.weighting("entropy");
    }
  }

  @Nested
  class Critic implements WeightingContract {
    public Described<WeightingMethod> weighting() {
      return Registered.weighting("critic");
    }
  }

  @Nested
  class Pca implements WeightingContract {
    public Described<WeightingMethod> weighting() {
      return Registered.weighting("pca");
    }
  }

  @Nested
  class RankOrderCentroid implements WeightingContract {
    public Described<WeightingMethod> weighting() {
      return Registered.weighting("rank-order-centroid", "ranks=[2, 1, 3]");
    }

    public int criteria() {
      return 3;
    }
  }

  @Nested
  class Merec implements WeightingContract {
    public Described<WeightingMethod> weighting() {
      return Registered.weighting("merec");
    }
  }

  @Nested
  class StandardDeviation implements WeightingContract {
    public Described<WeightingMethod> weighting() {
      return Registered.weighting("standard-deviation");
    }
  }

  @Nested
  class Gini implements WeightingContract {
    public Described<WeightingMethod> weighting() {
      return Registered.weighting("gini");
    }
  }

  @Nested
  class BestWorst implements WeightingContract {
    public Described<WeightingMethod> weighting() {
      return Registered.weighting("bwm", "bestToOthers=[2, 1, 4, 3, 8]", "othersToWorst=[4, 8, 2, 3, 1]");
    }

    public int criteria() {
      return 5;
    }
  }

  @Nested
  class Swara implements WeightingContract {
    public Described<WeightingMethod> weighting() {
      return Registered.weighting("swara", "ranks=[3, 1, 2, 4]", "s=[0.15, 0.04, 0.29]");
    }

    public int criteria() {
      return 4;
    }
  }
}
