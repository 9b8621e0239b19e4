package io.potentia.core.data;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.internal.Problems;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The observations given to a builder, in order, as parallel primitive arrays rather than an object
 * each (a file of millions of rows would otherwise hold millions of objects), and their assembly
 * into the cube. The years, and so the cube's shape, are known only once every observation is in;
 * that is also when a cell given twice shows.
 */
final class ObservationLog {
  private int size;
  private int[] entryArea = new int[1024];
  private int[] entryIndicator = new int[1024];
  private int[] entryYear = new int[1024];
  private double[] entryValue = new double[1024];
  private int[] entryLine = new int[1024];
  private int[] entryProvenance; // allocated with the first observation that has provenance

  /**
   * Notes one observation.
   *
   * @param areaIndex the area's position among the builder's areas
   * @param indicatorIndex the indicator's position among the builder's indicators
   * @param year the year
   * @param value the value, NaN for missing
   * @param provenanceId the provenance's id in the builder's {@link ProvenanceTable}, 0 for none
   * @param line the 1-based line of the source, or 0
   */
  void add(int areaIndex, int indicatorIndex, int year, double value, int provenanceId, int line) {
    if (size == entryArea.length) {
      grow();
    }
    entryArea[size] = areaIndex;
    entryIndicator[size] = indicatorIndex;
    entryYear[size] = year;
    entryValue[size] = value;
    entryLine[size] = line;
    if (provenanceId != 0) {
      if (entryProvenance == null) {
        entryProvenance = new int[entryArea.length];
      }
      entryProvenance[size] = provenanceId;
    }
    size++;
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

  /**
   * The dataset of the noted observations.
   *
   * @param source the file they come from, for messages, or ""
   * @param labels the dataset's labels
   * @param areas the areas, in the order of the indexes noted
   * @param indicators the indicators, in the order of the indexes noted
   * @param provenanceTable the provenances, id k at index k - 1
   * @return the dataset
   * @throws InvalidInputException if a cell was given twice (naming both lines when known) or the
   *     cube would exceed the largest Java array
   */
  Dataset assemble(String source, List<String> labels, String[] areas, String[] indicators,
      List<Provenance> provenanceTable) {
    int[] years = Arrays.stream(entryYear, 0, size).distinct().sorted().toArray();
    CubeLayout layout = new CubeLayout(areas, indicators, years);
    long cells = layout.cellCount();
    if (cells > Integer.MAX_VALUE - 8) {
      throw InvalidInputException.of(new Problem(source, 0, 0, "", areas.length + " areas x " + indicators.length
          + " indicators x " + years.length + " years is " + cells + " cells; at most " + (Integer.MAX_VALUE - 8)
          + " fit in one dataset"));
    }
    double[] values = new double[(int) cells];
    Arrays.fill(values, Double.NaN);
    int[] provenanceIds = entryProvenance == null ? null : new int[(int) cells];
    int[] firstEntry = new int[(int) cells];
    BitSet seen = new BitSet((int) cells);
    Problems problems = new Problems();
    for (int e = 0; e < size; e++) {
      int c = layout.cell(entryArea[e], entryIndicator[e], Arrays.binarySearch(years, entryYear[e]));
      if (seen.get(c)) {
        String where = entryLine[e] > 0 ? " (first at line " + entryLine[firstEntry[c]] + ")" : "";
        problems.add(new Problem(source, entryLine[e], 0, "", DatasetCheck.cellName(indicators[entryIndicator[e]],
            areas[entryArea[e]], entryYear[e]) + " is given twice" + where));
        if (problems.list().size() >= 100) {
          break; // the first hundred tell enough
        }
        continue;
      }
      seen.set(c);
      firstEntry[c] = e;
      values[c] = entryValue[e];
      if (provenanceIds != null) {
        provenanceIds[c] = entryProvenance[e];
      }
    }
    problems.throwIfAny();
    return new Dataset(labels, layout, new Cells(values, provenanceIds, provenanceTable));
  }
}
