package com.example;

import io.potentia.scoring.normalise.Normaliser;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.spec.Strategies;
import io.potentia.scoring.spi.Described;
import io.potentia.testkit.NormaliserContract;

/** The testkit's contract checks everything MedianRatio declares, in a few lines. */
class MedianRatioTest implements NormaliserContract {
  @Override
  public Described<Normaliser> normaliser() {
    // the registered strategy, found by name, with the traits its provider declares
    return Strategies.registry().normaliser(StepSpec.of("median-ratio"));
  }
}
