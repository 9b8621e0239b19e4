package io.potentia.scoring.impute;


/**
 * Imputation across the years of one area and indicator; see
 * {@link Imputers#lastObservationCarriedForward()} and {@link Imputers#linearInterpolation()}.
 */
final class TimeImputer implements Imputer {
  private final boolean interpolate;

  TimeImputer(boolean interpolate) {
    this.interpolate = interpolate;
  }

  @Override
  public ImputationResult impute(Panel panel) {
    Filling filling = new Filling(panel);
    int[] years = panel.years();
    int nInd = panel.indicators().size();
    int nArea = panel.areas().size();
    for (int i = 0; i < nInd; i++) {
      for (int a = 0; a < nArea; a++) {
        for (int y = 0; y < years.length; y++) {
          if (!Double.isNaN(panel.value(y, i, a))) {
            continue;
          }
          int before = y - 1;
          while (before >= 0 && Double.isNaN(panel.value(before, i, a))) {
            before--;
          }
          int after = y + 1;
          while (after < years.length && Double.isNaN(panel.value(after, i, a))) {
            after++;
          }
          if (before < 0 || (interpolate && after >= years.length)) {
            filling.leave(y, i, a, before < 0
                ? "no earlier observation to carry or interpolate from" : "no later observation to interpolate to");
            continue;
          }
          double x0 = panel.value(before, i, a);
          double value;
          String method;
          if (interpolate) {
            double x1 = panel.value(after, i, a);
            double t = (double) (years[y] - years[before]) / (years[after] - years[before]);
            value = x0 + (x1 - x0) * t;
            method = "interpolated between " + years[before] + " and " + years[after];
          } else {
            value = x0;
            method = "carried forward from " + years[before];
          }
          filling.fill(y, i, a, value, method);
        }
      }
    }
    return filling.result();
  }
}
