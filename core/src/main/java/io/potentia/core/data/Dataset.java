package io.potentia.core.data;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/**
 * Observations of indicators for areas over years, stored column-wise in one primitive array.
 *
 * <p>Layout: a dense cube of {@code double}, one column per (year, indicator) holding every area in
 * order, so that a normaliser reads a contiguous run of memory. A missing value is stored as NaN
 * internally and shown as an empty {@link OptionalDouble}; input never supplies NaN, so the two
 * cannot be confused. Provenance is held apart, as an {@code int} per cell into a table of distinct
 * {@link Provenance} values, allocated only when some observation has one. The cube of A areas, I
 * indicators and Y years thus takes 8AIY bytes, or 12AIY with provenance.
 *
 * <p>Instances are immutable and safe to share between threads. Areas and indicators keep the order
 * in which they first appeared; years are sorted.
 */
public final class Dataset {
  // The parts, each in its own class: CubeLayout says where a cell is and Cells what it holds;
  // ObservationCollector (the builder) and ColumnInput make datasets; DatasetCheck checks them.
  private final List<String> labels;
  private final CubeLayout layout;
  private final Cells cells;

  Dataset(List<String> labels, CubeLayout layout, Cells cells) {
    this.labels = List.copyOf(labels);
    this.layout = layout;
    this.cells = cells;
  }

  /**
   * A dataset of one year from whole columns, without an object per value: the fast way in for a
   * matrix already in memory.
   *
   * @param source the file the values come from, for messages
   * @param areas the areas' ids, distinct, one per value of each column
   * @param indicators the indicators' ids, distinct, one per column
   * @param year the year, 1000..9999
   * @param columns one array per indicator, one finite value per area
   * @return the dataset
   * @throws InvalidInputException if an id is repeated, a column's length is not the number of
   *     areas, a value is not finite or the year is out of range, naming each problem
   */
  public static Dataset ofColumns(String source, List<String> areas, List<String> indicators, int year, double[][] columns) {
    return ColumnInput.of(source, areas, indicators, year, columns);
  }

  /**
   * A builder that collects observations in any order.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Labels of the dataset, for example "SYNTHETIC DATA: not real statistics" or its source.
   *
   * @return the labels
   */
  public List<String> labels() {
    return labels;
  }

  /**
   * The area ids, in order of first appearance.
   *
   * @return the areas
   */
  public List<String> areas() {
    return layout.areaList;
  }

  /**
   * The indicator ids, in order of first appearance.
   *
   * @return the indicators
   */
  public List<String> indicators() {
    return layout.indicatorList;
  }

  /**
   * The years, ascending.
   *
   * @return a copy of the years
   */
  public int[] years() {
    return layout.years.clone();
  }

  /**
   * The number of areas.
   *
   * @return the area count
   */
  public int areaCount() {
    return layout.areas.length;
  }

  /**
   * The number of indicators.
   *
   * @return the indicator count
   */
  public int indicatorCount() {
    return layout.indicators.length;
  }

  /**
   * The number of cells, areas x indicators x years; each holds a value or is missing.
   *
   * @return the cell count
   */
  public long cellCount() {
    return cells.values.length;
  }

  /**
   * The position of an area in {@link #areas()}.
   *
   * @param area the area id
   * @return the index
   * @throws InvalidInputException if the dataset has no such area
   */
  public int areaIndex(String area) {
    return layout.areaIndex(area);
  }

  /**
   * The position of an indicator in {@link #indicators()}.
   *
   * @param indicator the indicator id
   * @return the index
   * @throws InvalidInputException if the dataset has no such indicator
   */
  public int indicatorIndex(String indicator) {
    return layout.indicatorIndex(indicator);
  }

  /**
   * The position of a year in {@link #years()}.
   *
   * @param year the year
   * @return the index
   * @throws InvalidInputException if the dataset has no such year
   */
  public int yearIndex(int year) {
    return layout.yearIndex(year);
  }

  /**
   * Whether the dataset has an indicator.
   *
   * @param indicator the id
   * @return true if present
   */
  public boolean hasIndicator(String indicator) {
    return layout.hasIndicator(indicator);
  }

  /**
   * Whether the dataset has an area.
   *
   * @param area the id
   * @return true if present
   */
  public boolean hasArea(String area) {
    return layout.hasArea(area);
  }

  /**
   * The value of an indicator for an area in a year.
   *
   * @param area the area id
   * @param indicator the indicator id
   * @param year the year
   * @return the value, empty when missing
   * @throws InvalidInputException if the area, indicator or year is not in the dataset
   */
  public OptionalDouble value(String area, String indicator, int year) {
    double v = cells.values[layout.cell(area, indicator, year)];
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /**
   * The provenance of an observation.
   *
   * @param area the area id
   * @param indicator the indicator id
   * @param year the year
   * @return the provenance, when one was recorded
   */
  public Optional<Provenance> provenance(String area, String indicator, int year) {
    return Optional.ofNullable(cells.provenance(layout.cell(area, indicator, year)));
  }

  /**
   * A copy of one column: the values of an indicator in a year for every area, in area order, with
   * NaN where missing. The engine's fast path; prefer {@link #value} elsewhere.
   *
   * @param indicator the indicator index
   * @param year the year index
   * @return a new array of {@link #areaCount()} values
   */
  public double[] column(int indicator, int year) {
    int from = layout.columnStart(indicator, year);
    return Arrays.copyOfRange(cells.values, from, from + layout.areas.length);
  }

  /**
   * Copies one column into an array, without allocating.
   *
   * @param indicator the indicator index
   * @param year the year index
   * @param target an array of at least {@link #areaCount()} values
   * @param offset where in {@code target} to start
   */
  public void copyColumn(int indicator, int year, double[] target, int offset) {
    System.arraycopy(cells.values, layout.columnStart(indicator, year), target, offset, layout.areas.length);
  }

  /**
   * The dataset restricted to some of its areas, in the dataset's order, with their values and
   * provenance; for example the provinces of a dataset that also holds communes.
   *
   * @param keep the area ids to keep; each must be in the dataset
   * @return the smaller dataset
   * @throws InvalidInputException naming an area the dataset does not have
   */
  public Dataset restrictTo(Collection<String> keep) {
    int[] kept = layout.areaPositions(keep);
    return new Dataset(labels, layout.withAreas(kept), cells.select(layout.cellsOf(kept)));
  }

  /**
   * The dataset with some cells replaced, for what-if analysis: each observation's value (or, when
   * it has none, a missing marker) and provenance (or none) take the place of the cell's. Every
   * other cell, and the areas, indicators and years, stay as they are.
   *
   * @param changes the new observations, each of an area, indicator and year the dataset has
   * @return the changed dataset
   * @throws InvalidInputException naming the area, indicator or year of a change the dataset does
   *     not have
   */
  public Dataset withValues(Collection<Observation> changes) {
    Cells.Editor changed = cells.edit();
    for (Observation o : changes) {
      changed.set(layout.cell(o.area(), o.indicator(), o.year()), o);
    }
    return new Dataset(labels, layout, changed.done());
  }

  /**
   * The number of missing cells.
   *
   * @return how many cells have no value
   */
  public long missingCount() {
    return cells.missingCount();
  }

  /**
   * Every cell as an observation (missing cells included, without a value), year by year, then
   * indicator, then area. Streams one at a time; nothing is held.
   *
   * @param action receives each observation
   */
  public void forEachObservation(Consumer<Observation> action) {
    for (int y = 0; y < layout.years.length; y++) {
      for (int i = 0; i < layout.indicators.length; i++) {
        for (int a = 0; a < layout.areas.length; a++) {
          action.accept(
              cells.observation(layout.cell(a, i, y), layout.areas[a], layout.indicators[i], layout.years[y]));
        }
      }
    }
  }

  /**
   * Every cell as an observation, in the order of {@link #forEachObservation}.
   *
   * @return the observations
   */
  public List<Observation> observations() {
    List<Observation> out = new ArrayList<>(cells.values.length);
    forEachObservation(out::add);
    return out;
  }

  /**
   * The observations of one area in one year, indicator id to value, missing ones left out; the
   * input of {@code AreaProfile.fromValues}.
   *
   * @param area the area id
   * @param year the year
   * @return indicator id to value, in indicator order
   */
  public Map<String, Double> valuesOf(String area, int year) {
    int a = layout.areaIndex(area);
    int y = layout.yearIndex(year);
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < layout.indicators.length; i++) {
      double v = cells.values[layout.cell(a, i, y)];
      if (!Double.isNaN(v)) {
        out.put(layout.indicators[i], v);
      }
    }
    return out;
  }

  /**
   * Checks the dataset against a catalogue and, optionally, a hierarchy: every indicator known,
   * every value in its indicator's valid range, every area in the hierarchy and every value at a
   * level where its indicator applies.
   *
   * @param catalogue the indicators
   * @param hierarchy the areas, or null to skip the area checks
   * @return every problem found, each naming area, indicator, year and value
   */
  public List<Problem> check(IndicatorCatalogue catalogue, AreaHierarchy hierarchy) {
    return DatasetCheck.check(this, catalogue, hierarchy);
  }

  /**
   * The message for a value outside its indicator's range, shared by every reader.
   *
   * @param indicator the indicator
   * @param area the area id
   * @param year the year
   * @param value the bad value
   * @return for example "indicator 'economic.gdp' of area 'VN-HN' in 2023 is -5.0; it must be >= 0.0"
   */
  static String rangeMessage(Indicator indicator, String area, int year, double value) {
    return DatasetCheck.valueMessage(indicator.id(), area, year, value,
        "it must be " + indicator.validRange().describe());
  }

  /**
   * Two datasets are equal when they have the same labels, areas, indicators and years in the same
   * order, the same values bit for bit (missing where missing) and the same provenance.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Dataset other && labels.equals(other.labels) && layout.equals(other.layout)
        && cells.equals(other.cells);
  }

  @Override
  public int hashCode() {
    return Objects.hash(labels, Arrays.hashCode(layout.areas), Arrays.hashCode(layout.indicators),
        Arrays.hashCode(layout.years), Arrays.hashCode(cells.values));
  }

  /** A one-line summary: counts of areas, indicators, years and missing cells. */
  @Override
  public String toString() {
    return "Dataset[" + layout.areas.length + " areas x " + layout.indicators.length + " indicators x "
        + layout.years.length + " years, " + missingCount() + " of " + cells.values.length + " cells missing]";
  }

  /**
   * Collects observations in any order and builds a {@link Dataset}. Not thread-safe.
   *
   * <p>A cell given twice is an error naming both places. When a source file and line numbers are
   * given (as the readers do), errors name them.
   */
  public static final class Builder extends ObservationCollector {
    private Builder() {}
  }
}
