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
    String over = byGroup ? "its group" : "all areas";
    for (int y = 0; y < v.length; y++) {
      for (int i = 0; i < v[y].length; i++) {
        double[] column = v[y][i];
        // one statistic per pool (the column, or each group of it), computed once: a pass per missing cell was quadratic
        java.util.Map<Integer, Pool> pools = null;
        for (int a = 0; a < column.length; a++) {
          if (!Double.isNaN(column[a])) {
            continue;
          }
          if (byGroup && groups[a] < 0) {
            filling.leave(y, i, a, "the area has no group");
            continue;
          }
          if (pools == null) {
            pools = pools(column, groups);
          }
          Pool pool = pools.get(byGroup ? groups[a] : -1);
          if (pool == null) {
            filling.leave(y, i, a, "no value of " + over + " is present");
            continue;
          }
          filling.fill(y, i, a, pool.value(), pool.how());
        }
      }
    }
    return filling.result();
  }

  /** A pool's statistic and how it is told in the imputation log, made once for all the cells it fills. */
  private record Pool(double value, String how) {}

  /** Per pool key (the group, or -1 for the whole column), the statistic of the values present. */
  private java.util.Map<Integer, Pool> pools(double[] column, int[] groups) {
    java.util.Map<Integer, double[]> members = new java.util.HashMap<>();
    java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
    for (int a = 0; a < column.length; a++) {
      if (!Double.isNaN(column[a]) && (!byGroup || groups[a] >= 0)) {
        counts.merge(byGroup ? groups[a] : -1, 1, Integer::sum);
      }
    }
    java.util.Map<Integer, Integer> filled = new java.util.HashMap<>();
    counts.forEach((key, n) -> {
      members.put(key, new double[n]);
      filled.put(key, 0);
    });
    for (int a = 0; a < column.length; a++) {
      if (!Double.isNaN(column[a]) && (!byGroup || groups[a] >= 0)) {
        int key = byGroup ? groups[a] : -1;
        int k = filled.merge(key, 1, Integer::sum) - 1;
        members.get(key)[k] = column[a];
      }
    }
    String over = byGroup ? "its group" : "all areas";
    java.util.Map<Integer, Pool> out = new java.util.HashMap<>();
    members.forEach((key, x) -> out.put(key, new Pool(statistic == Statistic.MEAN ? Stats.mean(x) : Stats.median(x),
        statistic.name().toLowerCase(java.util.Locale.ROOT) + " of " + x.length + " areas (" + over + ")")));
    return out;
  }
}
