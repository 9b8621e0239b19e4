package io.potentia.scoring.rank;

import io.potentia.scoring.aggregate.Aggregator;
import io.potentia.scoring.normalise.Normaliser;
import io.potentia.scoring.spi.Described;
import io.potentia.scoring.spi.Trait;
import io.potentia.scoring.weight.WeightingMethod;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * A normalisation + weighting + aggregation pipeline as a ranking method; see
 * {@link RankingMethods#pipeline(Described, Described, Described)}.
 */
final class PipelineRanking implements RankingMethod {
  static final String NAME = "pipeline";

  private final Described<Normaliser> normaliser;
  private final Described<WeightingMethod> weighting; // null: the problem's weights
  private final Described<Aggregator> aggregator;

  PipelineRanking(Described<Normaliser> normaliser, Described<WeightingMethod> weighting,
      Described<Aggregator> aggregator) {
    this.normaliser = java.util.Objects.requireNonNull(normaliser, "normaliser");
    this.weighting = weighting;
    this.aggregator = java.util.Objects.requireNonNull(aggregator, "aggregator");
  }

  /** The pipeline with what it promises: what all of its parts promise. */
  static Described<RankingMethod> described(Described<Normaliser> normaliser, Described<WeightingMethod> weighting,
      Described<Aggregator> aggregator) {
    Set<Trait> t = EnumSet.noneOf(Trait.class);
    t.addAll(normaliser.traits());
    t.retainAll(aggregator.traits());
    if (weighting != null) {
      t.retainAll(weighting.traits());
    }
    return new Described<>(NAME, t, new PipelineRanking(normaliser, weighting, aggregator));
  }

  @Override
  public RankingResult rank(DecisionProblem problem) {
    double[][] r = MatrixSteps.normalise(problem, normaliser.strategy());
    double[] w = weighting == null ? problem.unitWeights() : weighting.strategy().weigh(r);
    double[] scores = aggregator.strategy().aggregate(r, w);
    RankingResult.Builder b = Results.start(NAME, problem, scores, true)
        .putParameter("normalisation", normaliser.name())
        .putParameter("aggregation", aggregator.name())
        .putParameter("weighting", weighting == null ? "problem" : weighting.name());
    if (weighting != null) {
      b.addNote("weights from " + weighting.name() + ": " + Arrays.toString(w));
    }
    return b.build();
  }
}
