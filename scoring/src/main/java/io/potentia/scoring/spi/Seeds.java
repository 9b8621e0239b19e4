package io.potentia.scoring.spi;

/**
 * Seeds of independent random streams derived from one seed, so that work split over threads draws
 * the same numbers whatever the split: stream {@code i} of seed {@code s} is seeded by {@link
 * #derive(long, long) derive(s, i)}, Stafford's "mix 13" finaliser of the golden-ratio sequence
 * (the one {@link java.util.SplittableRandom} uses), which gives nearby indices unrelated seeds.
 */
public final class Seeds {
  private Seeds() {}

  /**
   * The seed of stream {@code index} of a base seed.
   *
   * @param seed the base seed
   * @param index the stream, for example a replication or a test case
   * @return the derived seed
   */
  public static long derive(long seed, long index) {
    long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
