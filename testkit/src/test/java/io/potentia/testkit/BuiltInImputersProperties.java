package io.potentia.testkit;

import io.potentia.scoring.impute.Imputer;
import io.potentia.scoring.impute.Imputers;
import org.junit.jupiter.api.Nested;

/** Every built-in imputer passes the imputer contract. */
class BuiltInImputersProperties {
  @Nested
  class None implements ImputerContract {
    public Imputer imputer() {
      return Imputers.none();
    }
  }

  @Nested
  class Mean implements ImputerContract {
    public Imputer imputer() {
      return Imputers.mean();
    }
  }

  @Nested
  class Median implements ImputerContract {
    public Imputer imputer() {
      return Imputers.median();
    }
  }

  @Nested
  class GroupMean implements ImputerContract {
    public Imputer imputer() {
      return Imputers.groupMean();
    }
  }

  @Nested
  class Locf implements ImputerContract {
    public Imputer imputer() {
      return Imputers.lastObservationCarriedForward();
    }
  }

  @Nested
  class Interpolation implements ImputerContract {
    public Imputer imputer() {
      return Imputers.linearInterpolation();
    }
  }

  @Nested
  class Em implements ImputerContract {
    public Imputer imputer() {
      return Imputers.expectationMaximisation(1e-6, 2000);
    }
  }
}
