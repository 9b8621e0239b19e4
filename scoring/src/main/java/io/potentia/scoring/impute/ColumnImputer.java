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
        Pool[] pools = null; // by group + 1; slot 0 is the whole column
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
          Pool pool = pools[byGroup ? groups[a] + 1 : 0];
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

  /**
   * Each pool's statistic of the values present, in area order, by group + 1 (slot 0 the whole
   * column); null where a pool has no value. Arrays, not maps: this runs for every column of a panel.
   */
  private Pool[] pools(double[] column, int[] groups) {
    String over = byGroup ? "its group" : "all areas";
    if (!byGroup) {
      int n = Stats.count(column);
      return new Pool[] {n == 0 ? null
          : pool(statistic == Statistic.MEAN ? Stats.mean(column) : Stats.median(column), n, over)};
    }
    int groupCount = 0;
    for (int g : groups) {
      groupCount = Math.max(groupCount, g + 1);
    }
    int[] counts = new int[groupCount];
    for (int a = 0; a < column.length; a++) {
      if (!Double.isNaN(column[a]) && groups[a] >= 0) {
        counts[groups[a]]++;
      }
    }
    double[][] members = new double[groupCount][];
    int[] filled = new int[groupCount];
    for (int g = 0; g < groupCount; g++) {
      members[g] = new double[counts[g]];
    }
    for (int a = 0; a < column.length; a++) {
      if (!Double.isNaN(column[a]) && groups[a] >= 0) {
        members[groups[a]][filled[groups[a]]++] = column[a];
      }
    }
    Pool[] out = new Pool[groupCount + 1];
    for (int g = 0; g < groupCount; g++) {
      if (counts[g] > 0) {
        out[g + 1] = pool(statistic == Statistic.MEAN ? Stats.mean(members[g]) : Stats.median(members[g]), counts[g], over);
      }
    }
    return out;
  }

  private Pool pool(double value, int n, String over) {
    return new Pool(value, statistic.name().toLowerCase(java.util.Locale.ROOT) + " of " + n + " areas (" + over + ")");
  }
}
