package io.potentia.scoring.analysis.uncertainty;

import io.potentia.scoring.spec.StepSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one replication of an uncertainty analysis used, drawn from its own generator seeded by the
 * run's seed and the replication's index only, so that a replication is the same whatever the
 * number of threads or machines that run it.
 *
 * @param index the replication's number, from 0
 * @param normalisation the default normaliser drawn, or empty if the plan gives no alternatives
 * @param aggregation the default aggregator drawn, or empty
 * @param imputation the imputer drawn, or empty
 * @param leftOut the indicators left out (their leaves' node ids)
 * @param weightFactors per non-root node, the factor its weight was multiplied by (empty when the
 *     plan keeps the weights)
 */
public record Replication(int index, Optional<StepSpec> normalisation, Optional<StepSpec> aggregation,
    Optional<StepSpec> imputation, List<String> leftOut, Map<String, Double> weightFactors) {

  /**
   * Copies the collections.
   *
   * @param index the replication's number
   * @param normalisation the normaliser drawn, if any
   * @param aggregation the aggregator drawn, if any
   * @param imputation the imputer drawn, if any
   * @param leftOut the leaves left out
   * @param weightFactors the weight factors
   */
  public Replication {
    leftOut = List.copyOf(leftOut);
    weightFactors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(weightFactors));
  }
}
