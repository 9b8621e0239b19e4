package io.potentia.scoring.impute;

import io.potentia.scoring.internal.Stats;

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
    Filling filling = new Filling(panel);
    double[][][] v = filling.values();
    int[] groups = panel.groups();
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
              filling.leave(y, i, a, "the area has no group");
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
            filling.leave(y, i, a, "no value of " + over + " is present");
            continue;
          }
          double value = statistic == Statistic.MEAN ? Stats.mean(pool) : Stats.median(pool);
          filling.fill(y, i, a, value,
              statistic.name().toLowerCase(java.util.Locale.ROOT) + " of " + n + " areas (" + over + ")");
        }
      }
    }
    return filling.result();
  }
}
