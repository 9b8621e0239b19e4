package io.potentia.core.data;

/**
 * The packed keys of one full chunk of {@link PackedEntries} in 32 bits each instead of 64, when a
 * file in no order leaves no pattern to hold as runs: a key is its slots (area and indicator, the
 * bits above the year's) beside the position of its year among the chunk's few distinct years,
 * instead of beside the year itself in 14 bits. A chunk of a dataset of 10,000 areas, 100
 * indicators and 5 years takes 25 of the 32 bits; one whose slots and years need more is not held
 * this way, and {@link #of} declines it.
 */
final class NarrowKeys implements HeldKeys {
  /** The most distinct years a chunk may have, each numbered in 6 bits at most. */
  private static final int MAX_YEARS = 64;

  private final int[] narrow;
  private final int[] years;
  private final int yearBits;
  private final int yearShift;

  private NarrowKeys(int[] narrow, int[] years, int yearBits, int yearShift) {
    this.narrow = narrow;
    this.years = years;
    this.yearBits = yearBits;
    this.yearShift = yearShift;
  }

  /**
   * The keys in 32 bits each, or null when their slots and the count of their distinct years need
   * more.
   *
   * @param keys the packed keys, every one of them read
   * @param yearShift the bits of the year at the bottom of a packed key
   * @return the narrow keys, or null
   */
  static NarrowKeys of(long[] keys, int yearShift) {
    int yearMask = (1 << yearShift) - 1;
    // the years seen, marked in a table as wide as a year's bits, then numbered in ascending order
    int[] index = new int[1 << yearShift];
    long slots = 0;
    int count = 0;
    for (long key : keys) {
      slots |= key >>> yearShift;
      int year = (int) key & yearMask;
      if (index[year] == 0) {
        if (++count > MAX_YEARS) {
          return null; // more years than a chunk of a real dataset holds: not worth the table
        }
        index[year] = 1;
      }
    }
    int yearBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, count - 1));
    if (64 - Long.numberOfLeadingZeros(slots) + yearBits > 32) {
      return null;
    }
    int[] years = new int[count];
    for (int year = 0, k = 0; k < count; year++) {
      if (index[year] != 0) {
        years[k] = year;
        index[year] = k++;
      }
    }
    int[] narrow = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      long key = keys[i];
      narrow[i] = (int) ((key >>> yearShift) << yearBits) | index[(int) key & yearMask];
    }
    return new NarrowKeys(narrow, years, yearBits, yearShift);
  }

  @Override
  public void decode(long[] into) {
    int yearMask = (1 << yearBits) - 1;
    for (int i = 0; i < narrow.length; i++) {
      int n = narrow[i];
      into[i] = (Integer.toUnsignedLong(n) >>> yearBits) << yearShift | years[n & yearMask];
    }
  }
}
