package io.potentia.scoring.spec;

import io.potentia.scoring.aggregate.Aggregators;
import io.potentia.scoring.impute.Imputers;
import io.potentia.scoring.normalise.Normalisers;
import io.potentia.scoring.outlier.OutlierTreatments;
import io.potentia.scoring.rank.RankingMethods;
import io.potentia.scoring.sort.SortingMethods;
import io.potentia.scoring.spi.StrategyDescriptor;
import io.potentia.scoring.spi.StrategyProvider;
import io.potentia.scoring.weight.Weightings;
import java.util.ArrayList;
import java.util.List;

/** Registers the built-in strategies through the same {@link StrategyProvider} SPI as users' own. */
public final class BuiltInStrategies implements StrategyProvider {
  /** Creates the provider; {@link java.util.ServiceLoader} needs a public constructor. */
  public BuiltInStrategies() {}

  @Override
  public List<StrategyDescriptor> strategies() {
    List<StrategyDescriptor> all = new ArrayList<>();
    all.addAll(Imputers.descriptors());
    all.addAll(OutlierTreatments.descriptors());
    all.addAll(Normalisers.descriptors());
    all.addAll(Weightings.descriptors());
    all.addAll(Aggregators.descriptors());
    all.addAll(RankingMethods.descriptors());
    all.addAll(SortingMethods.descriptors());
    return all;
  }
}
