package io.potentia.core.data;

import io.potentia.core.Problem;
import io.potentia.core.internal.Problems;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The way in behind {@link Dataset#ofColumns}: a matrix already in memory is checked whole, so that
 * one error names every problem, and then copied column by column, without an object per value.
 */
final class ColumnInput {
  private ColumnInput() {}

  static Dataset of(String source, List<String> areas, List<String> indicators, int year, double[][] columns) {
    check(source, areas, indicators, year, columns);
    double[] values = new double[areas.size() * indicators.size()];
    for (int j = 0; j < columns.length; j++) {
      System.arraycopy(columns[j], 0, values, j * areas.size(), areas.size());
    }
    return new Dataset(List.of(),
        new CubeLayout(areas.toArray(String[]::new), indicators.toArray(String[]::new), new int[] {year}),
        new Cells(values, null, List.of()));
  }

  private static void check(String source, List<String> areas, List<String> indicators, int year, double[][] columns) {
    Problems problems = new Problems();
    if (!DatasetCheck.isYear(year)) {
      problems.add(new Problem(source, 0, 0, "year", "year " + year + " must be in 1000..9999"));
    }
    checkDistinct(source, "area", areas, problems);
    checkDistinct(source, "indicator", indicators, problems);
    if (columns.length != indicators.size()) {
      problems.add(new Problem(source, 0, 0, "", columns.length + " columns for " + indicators.size() + " indicators"));
    }
    for (int j = 0; j < Math.min(columns.length, indicators.size()); j++) {
      if (columns[j].length != areas.size()) {
        problems.add(new Problem(source, 0, 0, "", "indicator '" + indicators.get(j) + "' has " + columns[j].length
            + " values for " + areas.size() + " areas"));
        continue;
      }
      for (int a = 0; a < areas.size(); a++) {
        // a column of NaN would otherwise repeat one message per area: the first hundred tell enough
        if (!Double.isFinite(columns[j][a]) && problems.list().size() < 100) {
          problems.add(new Problem(source, 0, 0, "", DatasetCheck.valueMessage(indicators.get(j), areas.get(a), year,
              columns[j][a], "it must be finite")));
        }
      }
    }
    problems.throwIfAny();
  }

  private static void checkDistinct(String source, String what, List<String> ids, Problems problems) {
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      if (!seen.add(id)) {
        problems.add(new Problem(source, 0, 0, "", what + " '" + id + "' is given twice"));
      }
    }
  }
}
