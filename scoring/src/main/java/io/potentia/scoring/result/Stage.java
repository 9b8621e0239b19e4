package io.potentia.scoring.result;

/**
 * The stages of the pipeline whose indicator tables a report keeps, as COINr keeps every stage, in
 * the order they run. A stage that changed nothing for an indicator shows the stage before it.
 */
public enum Stage {
  /** The data as given. */
  RAW,
  /**
   * After denomination: {@code x * scale / d} for a leaf that names a denominator (population,
   * land area or another indicator), on the raw data.
   */
  DENOMINATED,
  /** After imputation. */
  IMPUTED,
  /**
   * After the change over years a leaf names: the growth rate {@code (x_t - x_{t-1}) /
   * |x_{t-1}|} or the change {@code x_t - x_{t-1}}, of the imputed values.
   */
  TRANSFORMED,
  /** After outlier treatment. */
  TREATED,
  /** After normalisation: the leaf scores. */
  NORMALISED
}
