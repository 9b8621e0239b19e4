package io.potentia.scoring.impute;

import io.potentia.scoring.internal.Stats;
import java.util.ArrayList;
import java.util.List;

/**
 * Mean or median imputation within one indicator in one year; see {@link Imputers#mean()},
 * {@link Imputers#median()} and {@link Imputers#groupMean()}.
 */
final class ColumnImputer implements Imputer {
  enum Statistic {
    MEAN,
    MEDIAN
  }

  private final String name;
  private final Statistic statistic;
  private final boolean byGroup;

  ColumnImputer(String name, Statistic statistic, boolean byGroup) {
    this.name = name;
    this.statistic = statistic;
    this.byGroup = byGroup;
  }

  @Override
  public ImputationResult impute(Panel panel) {
    double[][][] v = panel.values();
    int[] groups = panel.groups();
    int[] years = panel.years();
    List<ImputationResult.Imputed> imputed = new ArrayList<>();
    List<ImputationResult.Gap> gaps = new ArrayList<>();
    for (int y = 0; y < v.length; y++) {
      for (int i = 0; i < v[y].length; i++) {
        double[] column = v[y][i];
        double[] original = column.clone();
        for (int a = 0; a < column.length; a++) {
          if (!Double.isNaN(original[a])) {
            continue;
          }
          double[] pool = original;
          String over = "all areas";
          if (byGroup) {
            if (groups[a] < 0) {
              gaps.add(new ImputationResult.Gap(panel.areas().get(a), panel.indicators().get(i), years[y],
                  "the area has no group"));
              continue;
            }
            pool = original.clone();
            for (int b = 0; b < pool.length; b++) {
              if (groups[b] != groups[a]) {
                pool[b] = Double.NaN;
              }
            }
            over = "its group";
          }
          int n = Stats.count(pool);
          if (n == 0) {
            gaps.add(new ImputationResult.Gap(panel.areas().get(a), panel.indicators().get(i), years[y],
                "no value of " + over + " is present"));
            continue;
          }
          double value = statistic == Statistic.MEAN ? Stats.mean(pool) : Stats.median(pool);
          column[a] = value;
          imputed.add(new ImputationResult.Imputed(panel.areas().get(a), panel.indicators().get(i), years[y], value,
              statistic.name().toLowerCase(java.util.Locale.ROOT) + " of " + n + " areas (" + over + ")"));
        }
      }
    }
    return new ImputationResult(panel.with(v), imputed, gaps);
  }

}
