package io.potentia.scoring.impute;

import java.util.ArrayList;
import java.util.List;

/** No imputation; see {@link Imputers#none()}. */
final class NoImputation implements Imputer {
  @Override
  public ImputationResult impute(Panel panel) {
    List<ImputationResult.Gap> gaps = new ArrayList<>();
    int[] years = panel.years();
    for (int y = 0; y < years.length; y++) {
      for (int i = 0; i < panel.indicators().size(); i++) {
        for (int a = 0; a < panel.areas().size(); a++) {
          if (Double.isNaN(panel.value(y, i, a))) {
            gaps.add(new ImputationResult.Gap(panel.areas().get(a), panel.indicators().get(i), years[y],
                "no imputation was asked for"));
          }
        }
      }
    }
    return new ImputationResult(panel, List.of(), gaps);
  }
}
