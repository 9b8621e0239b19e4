package io.potentia.scoring.result;

/** The stages of the pipeline whose indicator tables a report keeps, as COINr keeps every stage. */
public enum Stage {
  /** The data as given. */
  RAW,
  /** After imputation. */
  IMPUTED,
  /** After outlier treatment. */
  TREATED,
  /** After normalisation: the leaf scores. */
  NORMALISED
}
