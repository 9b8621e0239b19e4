package com.example;

import io.potentia.scoring.spi.StrategyDescriptor;
import io.potentia.scoring.spi.StrategyKind;
import io.potentia.scoring.spi.StrategyProvider;
import java.util.List;

/** Registers the user's strategies for discovery by name. */
public final class MyStrategies implements StrategyProvider {
  @Override
  public List<StrategyDescriptor> strategies() {
    return List.of(StrategyDescriptor.of(StrategyKind.NORMALISATION, "median-ratio",
        "ratio to the column's median", MedianRatio.TRAITS, p -> new MedianRatio()));
  }
}
