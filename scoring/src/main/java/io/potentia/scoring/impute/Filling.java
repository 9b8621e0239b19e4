package io.potentia.scoring.impute;

import java.util.ArrayList;
import java.util.List;

/**
 * What an imputer does to a panel, recorded as it goes: each value filled, with how, and each gap
 * left, with why, so that every imputer reports in the same terms and none forgets a gap.
 */
final class Filling {
  private final Panel panel;
  private final double[][][] values;
  private final List<ImputationResult.Imputed> imputed = new ArrayList<>();
  private final List<ImputationResult.Gap> gaps = new ArrayList<>();

  Filling(Panel panel) {
    this.panel = panel;
    this.values = panel.values();
  }

  /** The panel's values, by year, indicator and area: a copy the imputer fills in place. */
  double[][][] values() {
    return values;
  }

  /** Fills the value of area {@code a}, indicator {@code i}, year {@code y}, and records how. */
  void fill(int y, int i, int a, double value, String how) {
    values[y][i][a] = value;
    filled(y, i, a, how);
  }

  /** Records how a value the imputer has already written was found. */
  void filled(int y, int i, int a, String how) {
    imputed.add(new ImputationResult.Imputed(panel.areas().get(a), panel.indicators().get(i), panel.years()[y],
        values[y][i][a], how));
  }

  /** Records a gap left open, and why. */
  void leave(int y, int i, int a, String why) {
    gaps.add(new ImputationResult.Gap(panel.areas().get(a), panel.indicators().get(i), panel.years()[y], why));
  }

  /** The filled panel with what was filled and what was left. */
  ImputationResult result() {
    return new ImputationResult(panel.owning(values), imputed, gaps); // values is this filling's own copy
  }
}
