package io.potentia.testkit;

import io.potentia.scoring.impute.Imputer;
import io.potentia.scoring.spi.Described;
import org.junit.jupiter.api.Nested;

/** Every built-in imputer passes the imputer contract. */
class BuiltInImputersProperties {
  @Nested
  class None implements ImputerContract {
    public Described<Imputer> imputer() {
      return Registered.imputer("none");
    }
  }

  @Nested
  class Mean implements ImputerContract {
    public Described<Imputer> imputer() {
      return Registered.imputer("mean");
    }
  }

  @Nested
  class Median implements ImputerContract {
    public Described<Imputer> imputer() {
      return Registered.imputer("median");
    }
  }

  @Nested
  class GroupMean implements ImputerContract {
    public Described<Imputer> imputer() {
      return Registered.imputer("group-mean");
    }
  }

  @Nested
  class Locf implements ImputerContract {
    public Described<Imputer> imputer() {
      return Registered.imputer("locf");
    }
  }

  @Nested
  class Interpolation implements ImputerContract {
    public Described<Imputer> imputer() {
      return Registered.imputer("linear-interpolation");
    }
  }

  @Nested
  class Em implements ImputerContract {
    public Described<Imputer> imputer() {
      return Registered.imputer("em", "tolerance=1e-6", "maxIterations=2000");
    }
  }
}
