package io.potentia.scoring.weight;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import java.util.Collections;
import java.util.List;

/**
 * The directions of raw criteria for the weighting methods whose published form orients them
 * before weighing (CRITIC, Diakoulaki, Mavrotas and Papayannakis 1995, eq. 1): all benefits when
 * none are given, and the check that one is given per criterion. The orienting itself is the
 * min-max normaliser's.
 */
final class Orientation {
  private Orientation() {}

  /** Every criterion a benefit: the orientation of data on which higher is already better. */
  static List<Direction> benefits(int criteria) {
    return Collections.nCopies(criteria, Direction.BENEFIT);
  }

  /** Refuses directions that are missing, null, or not one per column. */
  static void check(double[][] columns, List<Direction> directions) {
    if (directions == null) {
      throw InvalidInputException.at("directions", "no directions given; give one per criterion");
    }
    if (directions.size() != columns.length) {
      throw InvalidInputException.at("directions", directions.size() + " directions for " + columns.length
          + " criteria; give one per criterion");
    }
    for (int j = 0; j < directions.size(); j++) {
      if (directions.get(j) == null) {
        throw InvalidInputException.at("directions[" + j + "]", "the direction of criterion " + j + " is null");
      }
    }
  }
}
