package io.potentia.core.data;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.internal.Problems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The observations given to a builder, in order, packed (a key and a value in 8 to 16 bytes,
 * {@link PackedEntries}; the lines as runs, {@link LineRuns}) rather than an object each (a file
 * of millions of rows would otherwise hold millions of objects), and their assembly into the
 * cube. The years, and so the cube's shape, are known only once every observation is in; that is
 * also when a cell given twice shows.
 */
final class ObservationLog {
  private final PackedEntries entries = new PackedEntries();
  private final LineRuns lines = new LineRuns();
  private int[] entryProvenance; // grown as provenance comes; an entry past its end has none
  // the distinct years, one bit per year of 0..9999, so that the cube's years need no pass over the entries
  private final long[] yearsSeen = new long[(DatasetCheck.LAST_YEAR >> 6) + 1];
  // the cube as the last look for repeats found it, free of them, so that build() after a reader's
  // repeats() neither looks again nor places the values a second time; null before any look
  private Placed placed;

  /** Every observation in its cell of a cube of the given shape, as found after {@code entries} observations. */
  private record Placed(int entries, int areas, int indicators, int years, double[] values, int[] provenanceIds) {
    boolean fits(int entryCount, CubeLayout layout) {
      return entries == entryCount && areas == layout.areas.length && indicators == layout.indicators.length
          && years == layout.years.length;
    }
  }

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
    int e = entries.size();
    if (provenanceId != 0) {
      if (entryProvenance == null || e >= entryProvenance.length) {
        entryProvenance = Arrays.copyOf(entryProvenance == null ? new int[0] : entryProvenance,
            Math.max(1024, Math.max(e + 1, 2 * (entryProvenance == null ? 0 : entryProvenance.length))));
      }
      entryProvenance[e] = provenanceId;
    }
    entries.add(areaIndex, indicatorIndex, year, value);
    lines.add(line);
    yearsSeen[year >> 6] |= 1L << year;
  }

  /**
   * Notes {@code count} observations of one area in one year from one line, without provenance,
   * as {@link #add} does each.
   */
  void addRow(int areaIndex, int year, int[] indicatorIndexes, double[] values, int count, int line) {
    if (count == 0) {
      return; // nothing noted, not even the year: a year is in the cube only with an observation
    }
    entries.addRow(areaIndex, year, indicatorIndexes, values, count);
    lines.add(line, count);
    yearsSeen[year >> 6] |= 1L << year;
  }

  private int provenance(int e) {
    return entryProvenance == null || e >= entryProvenance.length ? 0 : entryProvenance[e];
  }

  private int cell(CubeLayout layout, int[] yearSlot, int e) {
    long key = entries.key(e);
    return layout.cell(entries.areaOf(key), entries.indicatorOf(key), yearSlot[PackedEntries.yearOf(key)]);
  }

  /**
   * A cell given twice: the observation that gives it again and the one that gave it first, each
   * with its value (NaN for missing) and its line (0 when unknown).
   *
   * @param area the area id
   * @param indicator the indicator id
   * @param year the year
   * @param first the first observation's position among those noted, from 0
   * @param firstValue the first observation's value
   * @param firstLine the first observation's line
   * @param again the repeating observation's position among those noted, from 0
   * @param value the repeating observation's value
   * @param line the repeating observation's line
   */
  record Repeat(String area, String indicator, int year, int first, double firstValue, int firstLine, int again,
      double value, int line) {}

  /**
   * Every cell given more than once, in the order noted: each observation after a cell's first is
   * one repeat of it.
   *
   * @param areas the areas, in the order of the indexes noted
   * @param indicators the indicators, in the order of the indexes noted
   * @param limit the most repeats returned
   * @return the repeats; none when the limit is 0 or the cube would exceed the largest Java array,
   *     which {@link #assemble} reports
   */
  List<Repeat> repeats(String[] areas, String[] indicators, int limit) {
    int[] years = years();
    long cells = (long) areas.length * indicators.length * years.length;
    if (limit <= 0 || cells > Integer.MAX_VALUE - 8 || entries.tooLarge()) {
      return List.of();
    }
    CubeLayout layout = new CubeLayout(areas, indicators, years);
    int[] yearSlot = yearSlots(years);
    if (placed(layout, yearSlot) != null) {
      return List.of(); // the usual case, found with a bit per cell instead of an int
    }
    int[] firstEntry = new int[(int) cells]; // 1 + the first entry of each cell, 0 while none
    List<Repeat> repeats = new ArrayList<>();
    for (int e = 0; e < entries.size() && repeats.size() < limit; e++) {
      int c = cell(layout, yearSlot, e);
      int f = firstEntry[c] - 1;
      if (f < 0) {
        firstEntry[c] = e + 1;
      } else {
        repeats.add(new Repeat(areas[entries.area(e)], indicators[entries.indicator(e)], entries.year(e), f,
            entries.value(f), lines.line(f), e, entries.value(e), lines.line(e)));
      }
    }
    return repeats;
  }

  /**
   * Every observation in its cell of a new cube (missing cells NaN), or null when some observation
   * gives a cell again: a bit per cell marks the cells given, and the values are placed in the same
   * pass.
   */
  private Placed placed(CubeLayout layout, int[] yearSlot) {
    if (placed != null && placed.fits(entries.size(), layout)) {
      return placed;
    }
    int cells = (int) layout.cellCount();
    double[] values = new double[cells];
    if (entries.size() != cells) {
      // with as many observations as cells and none repeated, every cell is written: no fill needed
      Arrays.fill(values, Double.NaN);
    }
    int[] provenanceIds = entryProvenance == null ? null : new int[cells];
    long[] given = new long[(int) ((cells + 63L) >> 6)]; // in long: a cube of nearly 2^31 cells would wrap
    for (int e = 0; e < entries.size(); e++) {
      int c = cell(layout, yearSlot, e);
      long bit = 1L << c;
      if ((given[c >> 6] & bit) != 0) {
        return null;
      }
      given[c >> 6] |= bit;
      values[c] = entries.value(e);
      if (provenanceIds != null) {
        provenanceIds[c] = provenance(e);
      }
    }
    placed = new Placed(entries.size(), layout.areas.length, layout.indicators.length, layout.years.length, values,
        provenanceIds);
    return placed;
  }

  /** The distinct years noted, ascending. */
  private int[] years() {
    return java.util.BitSet.valueOf(yearsSeen).stream().toArray();
  }

  /**
   * Each year's position among the sorted years, by year: a lookup instead of a search per entry
   * (here, and for the keys of a chunk in {@link NarrowKeys}).
   */
  static int[] yearSlots(int[] years) {
    int[] slot = new int[years.length == 0 ? 0 : years[years.length - 1] + 1];
    for (int y = 0; y < years.length; y++) {
      slot[years[y]] = y;
    }
    return slot;
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
   * @throws InvalidInputException if a cell was given twice (naming both values, and both lines
   *     when known) or the cube would exceed the largest Java array
   */
  Dataset assemble(String source, List<String> labels, String[] areas, String[] indicators,
      List<Provenance> provenanceTable) {
    int[] years = years();
    CubeLayout layout = new CubeLayout(areas, indicators, years);
    long cells = layout.cellCount();
    if (cells > Integer.MAX_VALUE - 8 || entries.tooLarge()) {
      throw InvalidInputException.of(new Problem(source, 0, 0, "", areas.length + " areas x " + indicators.length
          + " indicators x " + years.length + " years is " + cells + " cells; at most " + (Integer.MAX_VALUE - 8)
          + " fit in one dataset"));
    }
    int[] yearSlot = yearSlots(years);
    Placed cube = placed(layout, yearSlot);
    if (cube == null) {
      Problems problems = new Problems();
      for (Repeat r : repeats(areas, indicators, 100)) { // the first hundred tell enough
        problems.add(new Problem(source, r.line(), 0, "",
            DatasetCheck.repeatMessage(r, r.firstLine() > 0 ? "line " + r.firstLine() : "")));
      }
      problems.throwIfAny();
    }
    placed = null; // the dataset owns the cube now; a second build places the values anew
    return new Dataset(labels, layout, new Cells(cube.values(), cube.provenanceIds(), provenanceTable));
  }
}
