package io.potentia.scoring.impute;


/** No imputation; see {@link Imputers#none()}. */
final class NoImputation implements Imputer {
  @Override
  public ImputationResult impute(Panel panel) {
    Filling filling = new Filling(panel);
    int[] years = panel.years();
    for (int y = 0; y < years.length; y++) {
      for (int i = 0; i < panel.indicators().size(); i++) {
        for (int a = 0; a < panel.areas().size(); a++) {
          if (Double.isNaN(panel.value(y, i, a))) {
            filling.leave(y, i, a, "no imputation was asked for");
          }
        }
      }
    }
    return filling.result();
  }
}
