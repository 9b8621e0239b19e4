package com.example;

import io.potentia.scoring.normalise.Normaliser;
import io.potentia.testkit.NormaliserContract;

/** The testkit's contract checks everything MedianRatio declares, in a few lines. */
class MedianRatioTest implements NormaliserContract {
  @Override
  public Normaliser normaliser() {
    return new MedianRatio();
  }
}
