package io.potentia.core.data;

/**
 * The packed keys of one full chunk of {@link PackedEntries} held in fewer bytes than a {@code long}
 * each: as runs of a pattern ({@link KeyRuns}) or in 32 bits each ({@link NarrowKeys}). Every form
 * reads back exactly.
 */
interface HeldKeys {
  /**
   * Writes every key back, in order.
   *
   * @param into an array of at least as many keys as were held
   */
  void decode(long[] into);
}
