package io.potentia.core.data;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link Dataset.Builder} does. It lives apart from {@link Dataset}, as the generated builders
 * of the value types do (see {@code PotentiaStyle}), and {@link Dataset.Builder} extends it, so the
 * builder's methods are public here and Javadoc lists them as the builder's own. Sealed, so that
 * {@link #self()} is always a {@link Dataset.Builder}.
 */
abstract sealed class ObservationCollector permits Dataset.Builder {
  private final List<String> labels = new ArrayList<>();
  private final Map<String, Integer> areaIndex = new LinkedHashMap<>();
  private final Map<String, Integer> indicatorIndex = new LinkedHashMap<>();
  private final ProvenanceTable provenanceTable = new ProvenanceTable();
  private final ObservationLog log = new ObservationLog();
  private String source = "";

  ObservationCollector() {}

  /**
   * Names the file the observations come from, for error messages.
   *
   * @param file the file name
   * @return this builder
   */
  public Dataset.Builder source(String file) {
    this.source = Objects.requireNonNull(file, "source");
    return self();
  }

  /**
   * Adds a label, for example "SYNTHETIC DATA".
   *
   * @param label the label
   * @return this builder
   */
  public Dataset.Builder label(String label) {
    labels.add(Objects.requireNonNull(label, "label"));
    return self();
  }

  /**
   * Declares an area so that it appears, in this order, even if all its values are missing.
   *
   * @param area the area id
   * @return this builder
   */
  public Dataset.Builder area(String area) {
    areaSlot(area);
    return self();
  }

  /**
   * Declares an indicator so that it appears, in this order, even if all its values are missing.
   *
   * @param indicator the indicator id
   * @return this builder
   */
  public Dataset.Builder indicator(String indicator) {
    indicatorSlot(indicator);
    return self();
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
  public Dataset.Builder put(String area, String indicator, int year, double value) {
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
  public Dataset.Builder putMissing(String area, String indicator, int year) {
    return put(area, indicator, year, Double.NaN, null, 0);
  }

  /**
   * Adds an observation with its provenance.
   *
   * @param observation the observation
   * @return this builder
   */
  public Dataset.Builder add(Observation observation) {
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
  public Dataset.Builder putAll(String area, int year, Map<String, Double> values) {
    values.forEach((indicator, value) -> put(area, indicator, year, value));
    return self();
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
  Dataset.Builder put(String area, String indicator, int year, double value, Provenance provenance, int line) {
    check(area, indicator, year, value, line);
    return putAt(areaSlot(area), indicatorSlot(indicator), year, value, provenance, line);
  }

  /**
   * The position of an area among those given so far, declaring it when new: a reader looks it up
   * once per row rather than once per value.
   */
  int areaSlot(String area) {
    return areaIndex.computeIfAbsent(requireId(area, "area"), k -> areaIndex.size());
  }

  /** The position of an indicator among those given so far, declaring it when new. */
  int indicatorSlot(String indicator) {
    return indicatorIndex.computeIfAbsent(requireId(indicator, "indicator"), k -> indicatorIndex.size());
  }

  /**
   * Adds a value read from a source, to an area and an indicator given by their slots; the same
   * checks as {@link #put(String, String, int, double, Provenance, int)}, whose names they need only
   * for a message.
   */
  Dataset.Builder putAt(int areaSlot, int indicatorSlot, int year, double value, Provenance provenance, int line) {
    if (Double.isInfinite(value) || !DatasetCheck.isYear(year)) {
      check(nameAt(areaIndex, areaSlot), nameAt(indicatorIndex, indicatorSlot), year, value, line);
    }
    log.add(areaSlot, indicatorSlot, year, value, provenanceTable.id(provenance), line);
    return self();
  }

  /**
   * Adds the values of one row of a table, one area in one year on one line, as {@link #putAt}
   * adds each: the year checked once, every value for finiteness, and nothing added when one
   * fails. A row of no values adds nothing, not even its year.
   *
   * @param areaSlot the area's slot
   * @param year the year
   * @param indicatorSlots the values' indicator slots, the first {@code count} used
   * @param values the values, NaN for missing, the first {@code count} used
   * @param count how many values
   * @param line the 1-based line of the source, or 0
   */
  void putRow(int areaSlot, int year, int[] indicatorSlots, double[] values, int count, int line) {
    boolean isYear = DatasetCheck.isYear(year);
    for (int k = 0; k < count; k++) {
      if (!isYear || Double.isInfinite(values[k])) {
        putAt(areaSlot, indicatorSlots[k], year, values[k], null, line); // names the value and throws
      }
    }
    log.addRow(areaSlot, year, indicatorSlots, values, count, line);
  }

  private void check(String area, String indicator, int year, double value, int line) {
    if (Double.isInfinite(value)) {
      throw InvalidInputException.of(new Problem(source, line, 0, "value",
          DatasetCheck.valueMessage(indicator, area, year, value, "it must be finite")));
    }
    if (!DatasetCheck.isYear(year)) {
      throw InvalidInputException.of(new Problem(source, line, 0, "year",
          "indicator '" + indicator + "' of area '" + area + "': year " + year + " must be in 1000..9999"));
    }
  }

  private static String nameAt(Map<String, Integer> index, int slot) {
    return index.keySet().stream().skip(slot).findFirst().orElseThrow();
  }

  /**
   * Every cell given more than once so far, in the order given, so that a reader can report them
   * with its own positions beside its other problems, before {@link #build()}.
   *
   * @param limit the most repeats returned
   * @return the repeats, each with both values and lines
   */
  List<ObservationLog.Repeat> repeats(int limit) {
    return log.repeats(areaIndex.keySet().toArray(new String[0]), indicatorIndex.keySet().toArray(new String[0]), limit);
  }

  /**
   * Builds the dataset.
   *
   * @return the dataset
   * @throws InvalidInputException if a cell was given twice (naming both values, and both lines when
   *     known) or the cube would exceed the largest Java array
   */
  public Dataset build() {
    return log.assemble(source, labels, areaIndex.keySet().toArray(new String[0]),
        indicatorIndex.keySet().toArray(new String[0]), provenanceTable.list());
  }

  private static String requireId(String id, String what) {
    if (id == null || id.isBlank()) {
      throw InvalidInputException.at(what, what + " id is blank or null");
    }
    return id;
  }

  private Dataset.Builder self() {
    return (Dataset.Builder) this;
  }
}
