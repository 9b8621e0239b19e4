package io.potentia.core.data;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.internal.Problems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
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
  private final List<String> labels;
  private final String[] areas;
  private final String[] indicators;
  private final int[] years;
  private final Map<String, Integer> areaIndex;
  private final Map<String, Integer> indicatorIndex;
  private final double[] values;
  private final int[] provenanceIds; // null when no cell has provenance; 0 = none, k = table[k - 1]
  private final List<Provenance> provenanceTable;

  private Dataset(List<String> labels, String[] areas, String[] indicators, int[] years, double[] values,
      int[] provenanceIds, List<Provenance> provenanceTable) {
    this.labels = List.copyOf(labels);
    this.areas = areas;
    this.indicators = indicators;
    this.years = years;
    this.areaIndex = indexOf(areas);
    this.indicatorIndex = indexOf(indicators);
    this.values = values;
    this.provenanceIds = provenanceIds;
    this.provenanceTable = List.copyOf(provenanceTable);
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
    Problems problems = new Problems();
    if (year < 1000 || year > 9999) {
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
        if (!Double.isFinite(columns[j][a]) && problems.list().size() < 100) {
          problems.add(new Problem(source, 0, 0, "", "indicator '" + indicators.get(j) + "' of area '" + areas.get(a)
              + "' in " + year + " is " + columns[j][a] + "; it must be finite"));
        }
      }
    }
    problems.throwIfAny();
    double[] values = new double[areas.size() * indicators.size()];
    for (int j = 0; j < columns.length; j++) {
      System.arraycopy(columns[j], 0, values, j * areas.size(), areas.size());
    }
    return new Dataset(List.of(), areas.toArray(String[]::new), indicators.toArray(String[]::new), new int[] {year}, values,
        null, List.of());
  }

  private static void checkDistinct(String source, String what, List<String> ids, Problems problems) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String id : ids) {
      if (!seen.add(id)) {
        problems.add(new Problem(source, 0, 0, "", what + " '" + id + "' is given twice"));
      }
    }
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
    return List.of(areas);
  }

  /**
   * The indicator ids, in order of first appearance.
   *
   * @return the indicators
   */
  public List<String> indicators() {
    return List.of(indicators);
  }

  /**
   * The years, ascending.
   *
   * @return a copy of the years
   */
  public int[] years() {
    return years.clone();
  }

  /**
   * The number of areas.
   *
   * @return the area count
   */
  public int areaCount() {
    return areas.length;
  }

  /**
   * The number of indicators.
   *
   * @return the indicator count
   */
  public int indicatorCount() {
    return indicators.length;
  }

  /**
   * The number of cells, areas x indicators x years; each holds a value or is missing.
   *
   * @return the cell count
   */
  public long cellCount() {
    return values.length;
  }

  /**
   * The position of an area in {@link #areas()}.
   *
   * @param area the area id
   * @return the index
   * @throws InvalidInputException if the dataset has no such area
   */
  public int areaIndex(String area) {
    Integer i = areaIndex.get(area);
    if (i == null) {
      throw InvalidInputException.at("area", "the dataset has no area '" + area + "'");
    }
    return i;
  }

  /**
   * The position of an indicator in {@link #indicators()}.
   *
   * @param indicator the indicator id
   * @return the index
   * @throws InvalidInputException if the dataset has no such indicator
   */
  public int indicatorIndex(String indicator) {
    Integer i = indicatorIndex.get(indicator);
    if (i == null) {
      throw InvalidInputException.at("indicator", "the dataset has no indicator '" + indicator + "'");
    }
    return i;
  }

  /**
   * The position of a year in {@link #years()}.
   *
   * @param year the year
   * @return the index
   * @throws InvalidInputException if the dataset has no such year
   */
  public int yearIndex(int year) {
    int i = Arrays.binarySearch(years, year);
    if (i < 0) {
      throw InvalidInputException.at("year", "the dataset has no year " + year + "; it has " + Arrays.toString(years));
    }
    return i;
  }

  /**
   * Whether the dataset has an indicator.
   *
   * @param indicator the id
   * @return true if present
   */
  public boolean hasIndicator(String indicator) {
    return indicatorIndex.containsKey(indicator);
  }

  /**
   * Whether the dataset has an area.
   *
   * @param area the id
   * @return true if present
   */
  public boolean hasArea(String area) {
    return areaIndex.containsKey(area);
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
    double v = values[cell(areaIndex(area), indicatorIndex(indicator), yearIndex(year))];
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
    if (provenanceIds == null) {
      areaIndex(area);
      indicatorIndex(indicator);
      yearIndex(year);
      return Optional.empty();
    }
    int id = provenanceIds[cell(areaIndex(area), indicatorIndex(indicator), yearIndex(year))];
    return id == 0 ? Optional.empty() : Optional.of(provenanceTable.get(id - 1));
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
    int from = (year * indicators.length + indicator) * areas.length;
    return Arrays.copyOfRange(values, from, from + areas.length);
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
    int from = (year * indicators.length + indicator) * areas.length;
    System.arraycopy(values, from, target, offset, areas.length);
  }

  /**
   * The dataset restricted to some of its areas, in the dataset's order, with their values and
   * provenance; for example the provinces of a dataset that also holds communes.
   *
   * @param keep the area ids to keep; each must be in the dataset
   * @return the smaller dataset
   * @throws InvalidInputException naming an area the dataset does not have
   */
  public Dataset restrictTo(java.util.Collection<String> keep) {
    for (String area : keep) {
      areaIndex(area);
    }
    int[] kept = java.util.stream.IntStream.range(0, areas.length).filter(a -> keep.contains(areas[a])).toArray();
    String[] newAreas = new String[kept.length];
    for (int k = 0; k < kept.length; k++) {
      newAreas[k] = areas[kept[k]];
    }
    int cells = kept.length * indicators.length * years.length;
    double[] newValues = new double[cells];
    int[] newProvenance = provenanceIds == null ? null : new int[cells];
    for (int y = 0; y < years.length; y++) {
      for (int i = 0; i < indicators.length; i++) {
        int from = (y * indicators.length + i) * areas.length;
        int to = (y * indicators.length + i) * kept.length;
        for (int k = 0; k < kept.length; k++) {
          newValues[to + k] = values[from + kept[k]];
          if (newProvenance != null) {
            newProvenance[to + k] = provenanceIds[from + kept[k]];
          }
        }
      }
    }
    return new Dataset(labels, newAreas, indicators.clone(), years.clone(), newValues, newProvenance, provenanceTable);
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
  public Dataset withValues(java.util.Collection<Observation> changes) {
    double[] newValues = values.clone();
    int[] newProvenance = provenanceIds == null ? null : provenanceIds.clone();
    List<Provenance> table = new ArrayList<>(provenanceTable);
    for (Observation o : changes) {
      int c = cell(areaIndex(o.area()), indicatorIndex(o.indicator()), yearIndex(o.year()));
      newValues[c] = o.value().isPresent() ? o.value().getAsDouble() : Double.NaN;
      if (o.provenance().isPresent() && newProvenance == null) {
        newProvenance = new int[values.length];
      }
      if (newProvenance != null) {
        int id = o.provenance().map(p -> {
          int at = table.indexOf(p);
          if (at < 0) {
            table.add(p);
            at = table.size() - 1;
          }
          return at + 1;
        }).orElse(0);
        newProvenance[c] = id;
      }
    }
    return new Dataset(labels, areas, indicators, years, newValues, newProvenance, table);
  }

  /**
   * The number of missing cells.
   *
   * @return how many cells have no value
   */
  public long missingCount() {
    long n = 0;
    for (double v : values) {
      if (Double.isNaN(v)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Every cell as an observation (missing cells included, without a value), year by year, then
   * indicator, then area. Streams one at a time; nothing is held.
   *
   * @param action receives each observation
   */
  public void forEachObservation(Consumer<Observation> action) {
    for (int y = 0; y < years.length; y++) {
      for (int i = 0; i < indicators.length; i++) {
        for (int a = 0; a < areas.length; a++) {
          action.accept(observation(a, i, y));
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
    List<Observation> out = new ArrayList<>(values.length);
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
    int a = areaIndex(area);
    int y = yearIndex(year);
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < indicators.length; i++) {
      double v = values[cell(a, i, y)];
      if (!Double.isNaN(v)) {
        out.put(indicators[i], v);
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
    Problems problems = new Problems();
    for (int i = 0; i < indicators.length; i++) {
      if (!catalogue.contains(indicators[i])) {
        problems.add(Problem.at("indicator", "indicator '" + indicators[i] + "' is not in catalogue '" + catalogue.id() + "'"));
        continue;
      }
      Indicator indicator = catalogue.get(indicators[i]);
      for (int y = 0; y < years.length; y++) {
        for (int a = 0; a < areas.length; a++) {
          double v = values[cell(a, i, y)];
          if (Double.isNaN(v)) {
            continue;
          }
          if (!indicator.validRange().contains(v)) {
            problems.add(Problem.at("value", rangeMessage(indicator, areas[a], years[y], v)));
          }
          if (hierarchy != null && hierarchy.contains(areas[a]) && !indicator.appliesAt(hierarchy.area(areas[a]).level())) {
            problems.add(Problem.at("value", "indicator '" + indicator.id() + "' of area '" + areas[a] + "' in " + years[y]
                + " is " + v + "; the indicator does not apply at level '" + hierarchy.area(areas[a]).level().id() + "'"));
          }
        }
      }
    }
    if (hierarchy != null) {
      for (String area : areas) {
        problems.require(hierarchy.contains(area), "area", "area '" + area + "' is not in the hierarchy");
      }
    }
    return problems.list();
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
    return "indicator '" + indicator.id() + "' of area '" + area + "' in " + year + " is " + value + "; it must be "
        + indicator.validRange().describe();
  }

  private Observation observation(int a, int i, int y) {
    double v = values[cell(a, i, y)];
    Observation.Builder b = Observation.builder().area(areas[a]).indicator(indicators[i]).year(years[y]);
    if (!Double.isNaN(v)) {
      b.value(v);
    }
    if (provenanceIds != null && provenanceIds[cell(a, i, y)] != 0) {
      Provenance p = provenanceTable.get(provenanceIds[cell(a, i, y)] - 1);
      b.source(p.source()).note(p.note());
    }
    return b.build();
  }

  private int cell(int a, int i, int y) {
    return (y * indicators.length + i) * areas.length + a;
  }

  private static Map<String, Integer> indexOf(String[] ids) {
    Map<String, Integer> index = new HashMap<>(ids.length * 2);
    for (int i = 0; i < ids.length; i++) {
      index.put(ids[i], i);
    }
    return Collections.unmodifiableMap(index);
  }

  /**
   * Two datasets are equal when they have the same labels, areas, indicators and years in the same
   * order, the same values bit for bit (missing where missing) and the same provenance.
   */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Dataset other)) {
      return false;
    }
    if (!labels.equals(other.labels) || !Arrays.equals(areas, other.areas) || !Arrays.equals(indicators, other.indicators)
        || !Arrays.equals(years, other.years) || !Arrays.equals(values, other.values)) {
      return false;
    }
    for (int c = 0; c < values.length; c++) {
      if (!Objects.equals(provenanceAt(c), other.provenanceAt(c))) {
        return false;
      }
    }
    return true;
  }

  private Provenance provenanceAt(int c) {
    return provenanceIds == null || provenanceIds[c] == 0 ? null : provenanceTable.get(provenanceIds[c] - 1);
  }

  @Override
  public int hashCode() {
    return Objects.hash(labels, Arrays.hashCode(areas), Arrays.hashCode(indicators), Arrays.hashCode(years),
        Arrays.hashCode(values));
  }

  /** A one-line summary: counts of areas, indicators, years and missing cells. */
  @Override
  public String toString() {
    return "Dataset[" + areas.length + " areas x " + indicators.length + " indicators x " + years.length + " years, "
        + missingCount() + " of " + values.length + " cells missing]";
  }

  /**
   * Collects observations in any order and builds a {@link Dataset}. Not thread-safe.
   *
   * <p>A cell given twice is an error naming both places. When a source file and line numbers are
   * given (as the readers do), errors name them.
   */
  public static final class Builder {
    private final List<String> labels = new ArrayList<>();
    private final Map<String, Integer> areaIndex = new LinkedHashMap<>();
    private final Map<String, Integer> indicatorIndex = new LinkedHashMap<>();
    private final Map<Provenance, Integer> provenanceIds = new LinkedHashMap<>();
    private String source = "";
    private int size;
    private int[] entryArea = new int[1024];
    private int[] entryIndicator = new int[1024];
    private int[] entryYear = new int[1024];
    private double[] entryValue = new double[1024];
    private int[] entryLine = new int[1024];
    private int[] entryProvenance;

    private Builder() {}

    /**
     * Names the file the observations come from, for error messages.
     *
     * @param file the file name
     * @return this builder
     */
    public Builder source(String file) {
      this.source = Objects.requireNonNull(file, "source");
      return this;
    }

    /**
     * Adds a label, for example "SYNTHETIC DATA".
     *
     * @param label the label
     * @return this builder
     */
    public Builder label(String label) {
      labels.add(Objects.requireNonNull(label, "label"));
      return this;
    }

    /**
     * Declares an area so that it appears, in this order, even if all its values are missing.
     *
     * @param area the area id
     * @return this builder
     */
    public Builder area(String area) {
      areaIndex.computeIfAbsent(requireId(area, "area"), k -> areaIndex.size());
      return this;
    }

    /**
     * Declares an indicator so that it appears, in this order, even if all its values are missing.
     *
     * @param indicator the indicator id
     * @return this builder
     */
    public Builder indicator(String indicator) {
      indicatorIndex.computeIfAbsent(requireId(indicator, "indicator"), k -> indicatorIndex.size());
      return this;
    }

    /**
     * Adds a value.
     *
     * @param area the area id
     * @param indicator the indicator id
     * @param year the year, 1000..9999
     * @param value a finite value
     * @return this builder
     * @throws InvalidInputException if the value is NaN or infinite, or the year is out of range
     */
    public Builder put(String area, String indicator, int year, double value) {
      return put(area, indicator, year, value, null, 0);
    }

    /**
     * Records a value as missing.
     *
     * @param area the area id
     * @param indicator the indicator id
     * @param year the year
     * @return this builder
     */
    public Builder putMissing(String area, String indicator, int year) {
      return put(area, indicator, year, Double.NaN, null, 0);
    }

    /**
     * Adds an observation with its provenance.
     *
     * @param observation the observation
     * @return this builder
     */
    public Builder add(Observation observation) {
      return put(observation.area(), observation.indicator(), observation.year(),
          observation.value().isPresent() ? observation.value().getAsDouble() : Double.NaN,
          observation.provenance().orElse(null), 0);
    }

    /**
     * Adds every value of a map of indicator id to value, as one area profile gives them.
     *
     * @param area the area id
     * @param year the year
     * @param values indicator id to finite value
     * @return this builder
     */
    public Builder putAll(String area, int year, Map<String, Double> values) {
      values.forEach((indicator, value) -> put(area, indicator, year, value));
      return this;
    }

    /**
     * Adds a value or a missing marker (NaN) read from a line of the source file.
     *
     * @param area the area id
     * @param indicator the indicator id
     * @param year the year
     * @param value a finite value, or NaN for missing
     * @param provenance its provenance, or null
     * @param line the 1-based line of the source, or 0
     * @return this builder
     */
    Builder put(String area, String indicator, int year, double value, Provenance provenance, int line) {
      if (Double.isInfinite(value)) {
        throw InvalidInputException.of(new Problem(source, line, 0, "value",
            "indicator '" + indicator + "' of area '" + area + "' in " + year + " is " + value + "; it must be finite"));
      }
      if (year < 1000 || year > 9999) {
        throw InvalidInputException.of(new Problem(source, line, 0, "year",
            "indicator '" + indicator + "' of area '" + area + "': year " + year + " must be in 1000..9999"));
      }
      area(area);
      indicator(indicator);
      if (size == entryArea.length) {
        grow();
      }
      entryArea[size] = areaIndex.get(area);
      entryIndicator[size] = indicatorIndex.get(indicator);
      entryYear[size] = year;
      entryValue[size] = value;
      entryLine[size] = line;
      if (provenance != null) {
        if (entryProvenance == null) {
          entryProvenance = new int[entryArea.length];
        }
        entryProvenance[size] = provenanceIds.computeIfAbsent(provenance, k -> provenanceIds.size() + 1);
      }
      size++;
      return this;
    }

    private void grow() {
      int n = entryArea.length * 2;
      entryArea = Arrays.copyOf(entryArea, n);
      entryIndicator = Arrays.copyOf(entryIndicator, n);
      entryYear = Arrays.copyOf(entryYear, n);
      entryValue = Arrays.copyOf(entryValue, n);
      entryLine = Arrays.copyOf(entryLine, n);
      if (entryProvenance != null) {
        entryProvenance = Arrays.copyOf(entryProvenance, n);
      }
    }

    private static String requireId(String id, String what) {
      if (id == null || id.isBlank()) {
        throw InvalidInputException.at(what, what + " id is blank or null");
      }
      return id;
    }

    /**
     * Builds the dataset.
     *
     * @return the dataset
     * @throws InvalidInputException if a cell was given twice (naming both lines when known) or the
     *     cube would exceed the largest Java array
     */
    public Dataset build() {
      int[] years = Arrays.stream(entryYear, 0, size).distinct().sorted().toArray();
      String[] areas = areaIndex.keySet().toArray(new String[0]);
      String[] indicators = indicatorIndex.keySet().toArray(new String[0]);
      long cells = (long) areas.length * indicators.length * years.length;
      if (cells > Integer.MAX_VALUE - 8) {
        throw InvalidInputException.of(new Problem(source, 0, 0, "", areas.length + " areas x " + indicators.length
            + " indicators x " + years.length + " years is " + cells + " cells; at most " + (Integer.MAX_VALUE - 8)
            + " fit in one dataset"));
      }
      double[] values = new double[(int) cells];
      Arrays.fill(values, Double.NaN);
      int[] provenance = entryProvenance == null ? null : new int[(int) cells];
      int[] firstEntry = new int[(int) cells];
      BitSet seen = new BitSet((int) cells);
      Problems problems = new Problems();
      for (int e = 0; e < size; e++) {
        int y = Arrays.binarySearch(years, entryYear[e]);
        int c = (y * indicators.length + entryIndicator[e]) * areas.length + entryArea[e];
        if (seen.get(c)) {
          int first = firstEntry[c];
          String where = entryLine[e] > 0 ? " (first at line " + entryLine[first] + ")" : "";
          problems.add(new Problem(source, entryLine[e], 0, "", "indicator '" + indicators[entryIndicator[e]] + "' of area '"
              + areas[entryArea[e]] + "' in " + entryYear[e] + " is given twice" + where));
          if (problems.list().size() >= 100) {
            break;
          }
          continue;
        }
        seen.set(c);
        firstEntry[c] = e;
        values[c] = entryValue[e];
        if (provenance != null) {
          provenance[c] = entryProvenance[e];
        }
      }
      problems.throwIfAny();
      return new Dataset(labels, areas, indicators, years, values, provenance, new ArrayList<>(provenanceIds.keySet()));
    }
  }
}
