package io.potentia.scoring.weight;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import java.util.Collections;
import java.util.List;

/**
 * Orients raw criteria by their directions for the weighting methods whose published form does so
 * before weighing (CRITIC, Diakoulaki, Mavrotas and Papayannakis 1995, eq. 1), so that every such
 * method turns a cost criterion around the same way.
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

  /**
   * Min-max to {@code [0, 1]} with 1 the best value: {@code (x - min)/(max - min)} for a benefit
   * criterion, {@code (max - x)/(max - min)} for a cost one. The caller has checked that {@code
   * max > min}; NaN stays NaN.
   */
  static double[] unitMinMax(double[] x, double min, double max, Direction direction) {
    double range = max - min;
    double[] z = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      z[i] = direction == Direction.COST ? (max - x[i]) / range : (x[i] - min) / range;
    }
    return z;
  }
}
