package io.potentia.spark;

import io.potentia.scoring.ScoringPipeline;
import java.io.Serializable;

/**
 * Builds the scoring pipeline where the work runs. A pipeline holds strategies that need not be
 * serializable, so a cluster ships this recipe (a lambda or a method reference, serializable as
 * this interface is) to each executor, which builds its own pipeline. It must build the same
 * pipeline every time: from a spec and a framework read from the same files, or from code.
 */
@FunctionalInterface
public interface PipelineSource extends Serializable {
  /**
   * Builds the pipeline.
   *
   * @return the pipeline, the same on every call and on every machine
   */
  ScoringPipeline build();
}
