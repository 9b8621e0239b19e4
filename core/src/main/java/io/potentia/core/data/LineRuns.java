package io.potentia.core.data;

import java.util.Arrays;

/**
 * The source line of each observation of an {@link ObservationLog}, held as runs rather than an
 * {@code int} each: a wide row gives its values on one line, a long file one value a line, so the
 * lines of consecutive observations stay the same or go up by one. A run is its first observation,
 * its first line and that step; any other sequence still reads back exactly, at a run per change.
 */
final class LineRuns {
  private int runs;
  private int[] firstEntry = new int[16];
  private int[] firstLine = new int[16];
  private int[] step = new int[16]; // 0 or 1; -1 while the run has one observation
  private int entries;
  private int lastLine;

  /** Notes the line of the next observation. */
  void add(int line) {
    int r = runs - 1;
    if (r >= 0 && step[r] < 0 && (line == lastLine || line == lastLine + 1)) {
      step[r] = line - lastLine;
    } else if (r < 0 || step[r] < 0 || line != lastLine + step[r]) {
      if (runs == firstEntry.length) {
        firstEntry = Arrays.copyOf(firstEntry, runs * 2);
        firstLine = Arrays.copyOf(firstLine, runs * 2);
        step = Arrays.copyOf(step, runs * 2);
      }
      firstEntry[runs] = entries;
      firstLine[runs] = line;
      step[runs] = -1;
      runs++;
    }
    lastLine = line;
    entries++;
  }

  /** Notes the same line for the next {@code count} observations, as {@code count} calls of {@link #add(int)}. */
  void add(int line, int count) {
    // three alike leave the last run on this line with step 0, whatever came before; the rest extend it
    for (int k = 0; k < Math.min(count, 3); k++) {
      add(line);
    }
    entries += Math.max(0, count - 3);
  }

  /** The line of observation {@code e}, counted from 0. */
  int line(int e) {
    int r = Arrays.binarySearch(firstEntry, 0, runs, e);
    if (r < 0) {
      r = -r - 2; // the run that starts before e
    }
    return firstLine[r] + (e - firstEntry[r]) * Math.max(0, step[r]);
  }
}
