package io.potentia.scoring.rank;

import io.potentia.scoring.spi.Trait;
import io.potentia.scoring.aggregate.Aggregator;
import io.potentia.scoring.normalise.Normaliser;
import io.potentia.scoring.weight.WeightingMethod;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * A normalisation + weighting + aggregation pipeline as a ranking method; see
 * {@link RankingMethods#pipeline(Normaliser, WeightingMethod, Aggregator)}.
 */
final class PipelineRanking implements RankingMethod {
  private final Normaliser normaliser;
  private final WeightingMethod weighting; // null: the problem's weights
  private final Aggregator aggregator;

  PipelineRanking(Normaliser normaliser, WeightingMethod weighting, Aggregator aggregator) {
    this.normaliser = normaliser;
    this.weighting = weighting;
    this.aggregator = aggregator;
  }

  @Override
  public String name() {
    return "pipeline";
  }

  @Override
  public Set<Trait> traits() {
    Set<Trait> t = EnumSet.copyOf(normaliser.traits());
    t.retainAll(aggregator.traits());
    if (weighting != null) {
      t.retainAll(weighting.traits());
    }
    return t;
  }

  @Override
  public RankingResult rank(DecisionProblem problem) {
    double[][] r = MatrixSteps.normalise(problem, normaliser);
    double[] w = weighting == null ? problem.unitWeights() : weighting.weigh(r);
    double[] scores = aggregator.aggregate(r, w);
    RankingResult.Builder b = Results.start(name(), problem, scores, true)
        .putParameter("normalisation", normaliser.name())
        .putParameter("aggregation", aggregator.name())
        .putParameter("weighting", weighting == null ? "problem" : weighting.name());
    if (weighting != null) {
      b.addNote("weights from " + weighting.name() + ": " + Arrays.toString(w));
    }
    return b.build();
  }
}
