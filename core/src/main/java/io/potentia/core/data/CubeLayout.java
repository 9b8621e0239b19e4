package io.potentia.core.data;

import io.potentia.core.InvalidInputException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Where each cell of a {@link Dataset} sits in its one array of values, and the position of each
 * id. The arithmetic lives only here, so that the dataset, its builder and its derived datasets
 * cannot disagree about the layout.
 *
 * <p>Columns follow one another year by year, then indicator by indicator; a column holds every
 * area in order, so that a normaliser reads a contiguous run of memory. Immutable: the arrays are
 * shared between datasets of the same layout and never handed out.
 */
final class CubeLayout {
  final String[] areas;
  final String[] indicators;
  final int[] years;
  /** The ids as immutable lists, made once: a dataset hands them out on every call. */
  final List<String> areaList;
  final List<String> indicatorList;
  private final Map<String, Integer> areaIndex;
  private final Map<String, Integer> indicatorIndex;

  /** The layout of these ids; the years are sorted and every id is distinct. */
  CubeLayout(String[] areas, String[] indicators, int[] years) {
    this.areas = areas;
    this.indicators = indicators;
    this.years = years;
    this.areaList = List.of(areas);
    this.indicatorList = List.of(indicators);
    this.areaIndex = indexOf(areas);
    this.indicatorIndex = indexOf(indicators);
  }

  /** The number of cells, as a long: the builder checks it against the largest array first. */
  long cellCount() {
    return (long) areas.length * indicators.length * years.length;
  }

  int columnStart(int indicator, int year) {
    return (year * indicators.length + indicator) * areas.length;
  }

  int cell(int area, int indicator, int year) {
    return columnStart(indicator, year) + area;
  }

  /** Where the cell of these ids is, naming the first id the dataset does not have. */
  int cell(String area, String indicator, int year) {
    return cell(areaIndex(area), indicatorIndex(indicator), yearIndex(year));
  }

  int areaIndex(String area) {
    return position(areaIndex, "area", area);
  }

  int indicatorIndex(String indicator) {
    return position(indicatorIndex, "indicator", indicator);
  }

  private static int position(Map<String, Integer> index, String what, String id) {
    Integer i = index.get(id);
    if (i == null) {
      throw InvalidInputException.at(what, "the dataset has no " + what + " '" + id + "'");
    }
    return i;
  }

  int yearIndex(int year) {
    int i = Arrays.binarySearch(years, year);
    if (i < 0) {
      throw InvalidInputException.at("year", "the dataset has no year " + year + "; it has " + Arrays.toString(years));
    }
    return i;
  }

  boolean hasArea(String area) {
    return areaIndex.containsKey(area);
  }

  boolean hasIndicator(String indicator) {
    return indicatorIndex.containsKey(indicator);
  }

  /** The positions of the given areas, ascending, naming the first one the layout does not have. */
  int[] areaPositions(Collection<String> keep) {
    for (String area : keep) {
      areaIndex(area);
    }
    return IntStream.range(0, areas.length).filter(a -> keep.contains(areas[a])).toArray();
  }

  /** This layout with only the areas at the given positions, ascending. */
  CubeLayout withAreas(int[] kept) {
    String[] newAreas = new String[kept.length];
    for (int k = 0; k < kept.length; k++) {
      newAreas[k] = areas[kept[k]];
    }
    return new CubeLayout(newAreas, indicators, years);
  }

  /**
   * For each cell of {@link #withAreas(int[]) withAreas(kept)}, in order, the cell here that it
   * comes from: one map serves the values and the provenance alike.
   */
  int[] cellsOf(int[] kept) {
    int[] from = new int[kept.length * indicators.length * years.length];
    int to = 0;
    for (int y = 0; y < years.length; y++) {
      for (int i = 0; i < indicators.length; i++) {
        int start = columnStart(i, y);
        for (int a : kept) {
          from[to++] = start + a;
        }
      }
    }
    return from;
  }

  /** Same areas, indicators and years, in the same order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof CubeLayout other && Arrays.equals(areas, other.areas)
        && Arrays.equals(indicators, other.indicators) && Arrays.equals(years, other.years);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(new int[] {Arrays.hashCode(areas), Arrays.hashCode(indicators), Arrays.hashCode(years)});
  }

  private static Map<String, Integer> indexOf(String[] ids) {
    Map<String, Integer> index = new HashMap<>(ids.length * 2);
    for (int i = 0; i < ids.length; i++) {
      index.put(ids[i], i);
    }
    return Collections.unmodifiableMap(index);
  }
}
