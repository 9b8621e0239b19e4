package io.potentia.testkit;

import io.potentia.scoring.weight.Ahp;
import io.potentia.scoring.weight.WeightingMethod;
import io.potentia.scoring.weight.Weightings;
import org.junit.jupiter.api.Nested;

/** Every built-in weighting method passes the weighting contract. */
class BuiltInWeightingsProperties {
  @Nested
  class Equal implements WeightingContract {
    public WeightingMethod weighting() {
      return Weightings.equal();
    }
  }

  @Nested
  class Explicit implements WeightingContract {
    public WeightingMethod weighting() {
      return Weightings.explicit(1, 2, 3);
    }

    public int criteria() {
      return 3;
    }
  }

  @Nested
  class BudgetAllocation implements WeightingContract {
    public WeightingMethod weighting() {
      return Weightings.budgetAllocation(new double[][] {{50, 50, 0}, {20, 30, 50}});
    }

    public int criteria() {
      return 3;
    }
  }

  @Nested
  class AhpPriorities implements WeightingContract {
    public WeightingMethod weighting() {
      return Weightings.ahp(new double[][] {{1, 3, 5}, {1.0 / 3, 1, 2}, {0.2, 0.5, 1}}, Ahp.Method.EIGENVECTOR, true);
    }

    public int criteria() {
      return 3;
    }
  }

  @Nested
  class Entropy implements WeightingContract {
    public WeightingMethod weighting() {
      return Weightings.entropy();
    }
  }

  @Nested
  class Critic implements WeightingContract {
    public WeightingMethod weighting() {
      return Weightings.critic();
    }
  }

  @Nested
  class Pca implements WeightingContract {
    public WeightingMethod weighting() {
      return Weightings.pca();
    }
  }

  @Nested
  class RankOrderCentroid implements WeightingContract {
    public WeightingMethod weighting() {
      return Weightings.rankOrderCentroid(2, 1, 3);
    }

    public int criteria() {
      return 3;
    }
  }
}
