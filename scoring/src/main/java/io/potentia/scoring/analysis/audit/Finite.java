package io.potentia.scoring.analysis.audit;

import java.util.OptionalDouble;

/** The audit's one rule for undefined statistics: they are empty, never NaN or infinite. */
final class Finite {
  private Finite() {}

  static OptionalDouble orEmpty(double v) {
    return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
  }
}
