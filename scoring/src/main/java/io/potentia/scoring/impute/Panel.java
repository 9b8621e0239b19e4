package io.potentia.scoring.impute;

import io.potentia.core.InvalidInputException;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values an imputer works on: {@code values[year][indicator][area]}, NaN where missing, with
 * each area's group (for group means) given as a group index, -1 for none. Instances are
 * immutable; {@link #values()} returns a deep copy.
 */
public final class Panel {
  private final List<String> areas;
  private final List<String> indicators;
  private final int[] years;
  private final double[][][] values;
  private final int[] group;

  /**
   * A panel from its parts.
   *
   * @param areas area ids
   * @param indicators indicator ids
   * @param years years, ascending
   * @param values {@code [year][indicator][area]}
   * @param group each area's group index, -1 for none
   */
  public Panel(List<String> areas, List<String> indicators, int[] years, double[][][] values, int[] group) {
    this.areas = List.copyOf(areas);
    this.indicators = List.copyOf(indicators);
    this.years = years.clone();
    this.values = copy(values);
    this.group = group.clone();
    if (values.length != years.length || group.length != areas.size()) {
      throw InvalidInputException.at("", "panel: " + values.length + " year slices for " + years.length + " years, "
          + group.length + " groups for " + areas.size() + " areas");
    }
    for (double[][] slice : values) {
      if (slice.length != indicators.size()) {
        throw InvalidInputException.at("", "panel: a year slice has " + slice.length + " indicators, expected "
            + indicators.size());
      }
      for (double[] column : slice) {
        if (column.length != areas.size()) {
          throw InvalidInputException.at("", "panel: a column has " + column.length + " areas, expected " + areas.size());
        }
      }
    }
  }

  /**
   * The panel of a dataset, without groups.
   *
   * @param dataset the dataset
   * @return the panel
   */
  public static Panel of(Dataset dataset) {
    int[] groups = new int[dataset.areaCount()];
    Arrays.fill(groups, -1);
    return of(dataset, groups);
  }

  /**
   * The panel of a dataset, grouping areas by their ancestor at a level (for example the military
   * region of each province); areas without such an ancestor, or not in the hierarchy, have no group.
   *
   * @param dataset the dataset
   * @param hierarchy the areas
   * @param groupLevel the level of the grouping ancestor
   * @return the panel
   */
  public static Panel of(Dataset dataset, AreaHierarchy hierarchy, AreaLevel groupLevel) {
    Map<String, Integer> index = new LinkedHashMap<>();
    int[] groups = new int[dataset.areaCount()];
    for (int a = 0; a < groups.length; a++) {
      String area = dataset.areas().get(a);
      groups[a] = !hierarchy.contains(area) ? -1 : hierarchy.ancestorAt(area, groupLevel)
          .map(g -> index.computeIfAbsent(g.id(), k -> index.size())).orElse(-1);
    }
    return of(dataset, groups);
  }

  private static Panel of(Dataset dataset, int[] groups) {
    int[] years = dataset.years();
    double[][][] v = new double[years.length][dataset.indicatorCount()][];
    for (int y = 0; y < years.length; y++) {
      for (int i = 0; i < dataset.indicatorCount(); i++) {
        v[y][i] = dataset.column(i, y);
      }
    }
    return new Panel(dataset.areas(), dataset.indicators(), years, v, groups);
  }

  /**
   * Area ids.
   *
   * @return the areas
   */
  public List<String> areas() {
    return areas;
  }

  /**
   * Indicator ids.
   *
   * @return the indicators
   */
  public List<String> indicators() {
    return indicators;
  }

  /**
   * Years, ascending.
   *
   * @return a copy of the years
   */
  public int[] years() {
    return years.clone();
  }

  /**
   * The values, {@code [year][indicator][area]}.
   *
   * @return a deep copy
   */
  public double[][][] values() {
    return copy(values);
  }

  /**
   * One value.
   *
   * @param year year index
   * @param indicator indicator index
   * @param area area index
   * @return the value, NaN when missing
   */
  public double value(int year, int indicator, int area) {
    return values[year][indicator][area];
  }

  /**
   * Each area's group index, -1 for none.
   *
   * @return a copy of the groups
   */
  public int[] groups() {
    return group.clone();
  }

  /**
   * The number of missing cells.
   *
   * @return the count
   */
  public int missingCount() {
    int n = 0;
    for (double[][] slice : values) {
      for (double[] column : slice) {
        for (double v : column) {
          if (Double.isNaN(v)) {
            n++;
          }
        }
      }
    }
    return n;
  }

  /**
   * The same panel with other values.
   *
   * @param newValues {@code [year][indicator][area]} of the same shape
   * @return the panel
   */
  public Panel with(double[][][] newValues) {
    return new Panel(areas, indicators, years, newValues, group);
  }

  /** The same panel holding these values, which the caller hands over and no longer touches: no copy. */
  Panel owning(double[][][] newValues) {
    return new Panel(this, newValues);
  }

  private Panel(Panel base, double[][][] values) {
    this.areas = base.areas;
    this.indicators = base.indicators;
    this.years = base.years;
    this.values = values;
    this.group = base.group;
  }

  private static double[][][] copy(double[][][] v) {
    double[][][] out = new double[v.length][][];
    for (int y = 0; y < v.length; y++) {
      out[y] = new double[v[y].length][];
      for (int i = 0; i < v[y].length; i++) {
        out[y][i] = v[y][i].clone();
      }
    }
    return out;
  }
}
