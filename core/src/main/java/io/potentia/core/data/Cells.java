package io.potentia.core.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What the cells of a {@link Dataset} hold, in the order of its {@link CubeLayout}: a value each,
 * NaN where missing, and a provenance or none. Immutable.
 *
 * <p>Provenance is held apart from the values because most datasets have none: an {@code int} per
 * cell into a {@link ProvenanceTable table} of the distinct provenances, allocated only once some
 * cell has one.
 */
final class Cells {
  final double[] values; // read directly by the dataset's column copies, the engine's fast path
  private final int[] provenanceIds; // null when no cell has provenance; 0 = none, k = table[k - 1]
  private final List<Provenance> provenanceTable;

  Cells(double[] values, int[] provenanceIds, List<Provenance> provenanceTable) {
    this.values = values;
    this.provenanceIds = provenanceIds;
    this.provenanceTable = List.copyOf(provenanceTable);
  }

  /** The provenance of a cell, or null when it has none. */
  Provenance provenance(int cell) {
    return provenanceIds == null || provenanceIds[cell] == 0 ? null : provenanceTable.get(provenanceIds[cell] - 1);
  }

  /** What a cell holds, as the observation of the given ids. */
  Observation observation(int cell, String area, String indicator, int year) {
    double v = values[cell];
    Observation.Builder b = Observation.builder().area(area).indicator(indicator).year(year);
    if (!Double.isNaN(v)) {
      b.value(v);
    }
    Provenance p = provenance(cell);
    if (p != null) {
      b.source(p.source()).note(p.note());
    }
    return b.build();
  }

  long missingCount() {
    long n = 0;
    for (double v : values) {
      if (Double.isNaN(v)) {
        n++;
      }
    }
    return n;
  }

  /** The given cells, in their order; see {@link CubeLayout#cellsOf}. */
  Cells select(int[] cells) {
    double[] newValues = new double[cells.length];
    int[] newIds = provenanceIds == null ? null : new int[cells.length];
    for (int c = 0; c < cells.length; c++) {
      newValues[c] = values[cells[c]];
      if (newIds != null) {
        newIds[c] = provenanceIds[cells[c]];
      }
    }
    return new Cells(newValues, newIds, provenanceTable);
  }

  /** A copy to change cell by cell; the original stays as it is. */
  Editor edit() {
    return new Editor();
  }

  /**
   * The same values bit for bit (missing where missing) and the same provenance in every cell. Compares
   * provenances, not their ids: the ids depend on the order in which the provenances were first met.
   */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Cells other) || !Arrays.equals(values, other.values)) {
      return false;
    }
    for (int c = 0; c < values.length; c++) {
      if (!Objects.equals(provenance(c), other.provenance(c))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  /** Changes single cells and leaves every other cell as it was. */
  final class Editor {
    private final double[] newValues = values.clone();
    private final ProvenanceTable newTable = new ProvenanceTable(provenanceTable);
    private int[] newIds = provenanceIds == null ? null : provenanceIds.clone();

    private Editor() {}

    /** Gives a cell the value of an observation (missing when it has none) and its provenance (or none). */
    void set(int cell, Observation o) {
      newValues[cell] = o.value().isPresent() ? o.value().getAsDouble() : Double.NaN;
      Provenance provenance = o.provenance().orElse(null);
      if (provenance != null && newIds == null) {
        newIds = new int[newValues.length];
      }
      if (newIds != null) {
        newIds[cell] = newTable.id(provenance);
      }
    }

    Cells done() {
      return new Cells(newValues, newIds, newTable.list());
    }
  }
}
