package io.potentia.scoring.spi;

import io.potentia.scoring.spi.TiePolicy;

/**
 * How tied values are ranked. With values {@code 10, 20, 20, 30} ranked ascending: {@code
 * AVERAGE} gives 1, 2.5, 2.5, 4; {@code MIN} 1, 2, 2, 4 (sports ranking); {@code MAX} 1, 3, 3, 4;
 * {@code DENSE} 1, 2, 2, 3; {@code FIRST} 1, 2, 3, 4 (by position). The default of reports is
 * {@code MIN}, as league tables and COINr's ranks do.
 */
public enum TiePolicy {
  /** The mean of the positions the tied values occupy. */
  AVERAGE,
  /** The best of the positions the tied values occupy. */
  MIN,
  /** The worst of the positions the tied values occupy. */
  MAX,
  /** Consecutive ranks without gaps. */
  DENSE,
  /** Positions in input order; breaks ties arbitrarily but deterministically. */
  FIRST
}
