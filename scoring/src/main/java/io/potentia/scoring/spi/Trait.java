package io.potentia.scoring.spi;

import io.potentia.scoring.spi.Trait;

/**
 * A property a strategy promises, declared so that the testkit contracts and the methodology
 * checks can read it. A strategy declares only what holds for every valid input.
 */
public enum Trait {
  /** Raising one input (a benefit indicator, or a child score) never lowers the output. */
  MONOTONE,
  /** The output stays within a fixed range, given by the strategy. */
  BOUNDED,
  /** A low value in one input can be compensated by a high value in another. */
  COMPENSATORY,
  /** Multiplying a column by a positive constant does not change the result. */
  SCALE_INVARIANT,
  /** Adding a constant to a column does not change the result. */
  TRANSLATION_INVARIANT,
  /** Missing values (NaN) are accepted and handled as documented. */
  ACCEPTS_MISSING,
  /** Zero and negative inputs are accepted. */
  ACCEPTS_NON_POSITIVE,
  /** Adding or removing an alternative never swaps the order of two others. */
  RANK_REVERSAL_FREE,
  /** Reordering the alternatives (areas) reorders the output the same way and changes nothing else. */
  ANONYMOUS,
  /** The same input always gives the same output. */
  DETERMINISTIC,
  /**
   * The worst area always gets the lower bound of the range and the best the upper (min-max,
   * percentile ranks): a bounded output whose bounds are reached by every non-constant column.
   */
  ATTAINS_BOUNDS,
  /**
   * A normaliser fitted to the column's range, or to nothing: a value's score depends on the other
   * values only through their minimum and maximum (min-max, fraction of the maximum), or not at all
   * (goalposts), so adding a value that lies within the column's range changes no other score. Such
   * a normaliser can normalise all years of a panel as one column, and scores of different years
   * then compare ({@code "normalisationScope": "panel"} in a strategy spec needs it).
   */
  RANGE_FITTED
}
