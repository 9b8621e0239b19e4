package io.potentia.core.data;

/**
 * The packed keys of one full chunk of {@link PackedEntries} in 32 bits each instead of 64, when a
 * file in no order leaves no pattern to hold as runs: a key is its slots (area and indicator, the
 * bits above the year's) beside the position of its year among the chunk's distinct years,
 * instead of beside the year itself in 14 bits. A chunk of a dataset of 10,000 areas, 100
 * indicators (the key's 8 bits at least) and 5 years takes 14 + 8 + 3 = 25 of the 32 bits; one
 * whose slots and years need more is not held this way, and {@link #of} declines it.
 */
final class NarrowKeys implements HeldKeys {
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
   * The keys in 32 bits each, or null when the bits of their slots and of the count of their
   * distinct years add up to more.
   *
   * @param keys the packed keys, every one of them read
   * @param yearShift the bits of the year at the bottom of a packed key
   * @return the narrow keys, or null
   */
  static NarrowKeys of(long[] keys, int yearShift) {
    int yearMask = (1 << yearShift) - 1;
    long[] seen = new long[((1 << yearShift) + 63) >> 6]; // the years seen, one bit each
    long slots = 0;
    for (long key : keys) {
      slots |= key >>> yearShift;
      int year = (int) key & yearMask;
      seen[year >> 6] |= 1L << year;
    }
    int[] years = java.util.BitSet.valueOf(seen).stream().toArray();
    int yearBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, years.length - 1));
    if (64 - Long.numberOfLeadingZeros(slots) + yearBits > 32) {
      return null;
    }
    int[] position = ObservationLog.yearSlots(years);
    int[] narrow = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      long key = keys[i];
      narrow[i] = (int) ((key >>> yearShift) << yearBits) | position[(int) key & yearMask];
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
