package io.potentia.scoring.analysis.planning.works;

/** The stages a work goes through, in their order: from survey to acceptance. */
public enum StageKind {
  /** Survey of the site. */
  SURVEY,
  /** Planning. */
  PLANNING,
  /** Design. */
  DESIGN,
  /** Appraisal of the design. */
  APPRAISAL,
  /** Ratification. */
  RATIFICATION,
  /** Construction. */
  IMPLEMENTATION,
  /** Supervision of construction. */
  SUPERVISION,
  /** Inspection. */
  INSPECTION,
  /** Acceptance: the work is in service from the year this stage ends. */
  ACCEPTANCE
}
