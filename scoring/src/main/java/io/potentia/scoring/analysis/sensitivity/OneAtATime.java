package io.potentia.scoring.analysis.sensitivity;

import io.potentia.core.framework.FrameworkEdits;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.result.ScoreReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One-at-a-time sensitivity of an index's ranking: each indicator left out in turn, or each
 * node's weight multiplied by stated factors in turn, every other choice kept, and the result
 * compared with the nominal ranking ({@link MethodologyComparison}).
 *
 * <p>Leaving an indicator out removes its node from the framework, and any inner node left without
 * children with it; the remaining siblings' weights then share the whole. Changing a weight
 * multiplies the node's weight (its scenario weight where a scenario applies) by the factor; its
 * parent's other children keep theirs, so the node's share of the parent becomes {@code f w /
 * (f w + sum of the others)}. A weight set by a weighting method (entropy, PCA, ...) is recomputed
 * from the data whatever the framework says, so such nodes are not perturbed: they are listed in
 * {@link WeightSensitivity#methodWeighted()}.
 */
public final class OneAtATime {
  /**
   * One perturbation and its effect.
   *
   * @param node the node left out or re-weighted
   * @param factor the weight factor, 0 for a node left out
   * @param comparison the perturbed ranking against the nominal one
   */
  public record Impact(String node, double factor, MethodologyComparison.Comparison comparison) {}

  /**
   * The weight perturbations.
   *
   * @param impacts per node and factor, the effect, in framework order
   * @param methodWeighted the nodes whose weight a weighting method sets, not perturbed
   */
  public record WeightSensitivity(List<Impact> impacts, List<String> methodWeighted) {
    /**
     * Copies the lists.
     *
     * @param impacts per node and factor, the effect
     * @param methodWeighted the nodes not perturbed
     */
    public WeightSensitivity {
      impacts = List.copyOf(impacts);
      methodWeighted = List.copyOf(methodWeighted);
    }
  }

  private OneAtATime() {}

  /**
   * Leaves each indicator out in turn.
   *
   * @param pipeline the nominal pipeline
   * @param data the dataset
   * @param year the year to score
   * @return per indicator node, in framework order, its effect on the ranking (factor 0)
   * @throws InvalidInputException if the framework has a single indicator, or as
   *     {@link ScoringPipeline#score} and {@link MethodologyComparison#compare} do
   */
  public static List<Impact> leaveOneOut(ScoringPipeline pipeline, Dataset data, int year) {
    Framework framework = pipeline.framework();
    if (framework.leaves().size() < 2) {
      throw InvalidInputException.at("framework", "framework '" + framework.id() + "' scores a single indicator; "
          + "leaving it out leaves nothing to rank");
    }
    ScoreReport nominal = pipeline.score(data, year);
    List<Impact> impacts = new ArrayList<>();
    for (FrameworkNode leaf : framework.leaves()) {
      ScoreReport perturbed = pipeline.withFramework(FrameworkEdits.without(framework, Set.of(leaf.id()))).score(data, year);
      impacts.add(new Impact(leaf.id(), 0, MethodologyComparison.compare(nominal, perturbed)));
    }
    return impacts;
  }

  /**
   * Multiplies each node's weight by each factor in turn.
   *
   * @param pipeline the nominal pipeline
   * @param data the dataset
   * @param year the year to score
   * @param factors the factors, each finite and positive, such as 0.5 and 1.5
   * @return per node and factor, its effect on the ranking, and the nodes a method weights
   * @throws InvalidInputException if a factor is not finite and positive, or as
   *     {@link ScoringPipeline#score} and {@link MethodologyComparison#compare} do
   */
  public static WeightSensitivity weights(ScoringPipeline pipeline, Dataset data, int year, double... factors) {
    if (factors.length == 0) {
      throw InvalidInputException.at("factors", "no weight factors given");
    }
    for (double f : factors) {
      if (!(f > 0) || !Double.isFinite(f)) {
        throw InvalidInputException.at("factors", "weight factor " + f + " must be finite and positive");
      }
    }
    Framework framework = pipeline.framework();
    ScoreReport nominal = pipeline.score(data, year);
    List<Impact> impacts = new ArrayList<>();
    List<String> byMethod = new ArrayList<>();
    for (FrameworkNode node : framework.nodes()) {
      if (node.parent().isEmpty()) {
        continue;
      }
      String source = nominal.runs().get(node.parent().get()).weighting();
      if (!source.equals("framework") && !source.startsWith("scenario")) {
        byMethod.add(node.id());
        continue;
      }
      for (double f : factors) {
        ScoreReport perturbed = pipeline.withFramework(FrameworkEdits.reweighted(framework, Map.of(node.id(), f))).score(data, year);
        impacts.add(new Impact(node.id(), f, MethodologyComparison.compare(nominal, perturbed)));
      }
    }
    return new WeightSensitivity(impacts, byMethod);
  }
}
