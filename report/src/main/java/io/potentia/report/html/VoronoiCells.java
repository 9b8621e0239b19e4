package io.potentia.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A Voronoi partition of a square: the cell of each site is the set of points nearer to it than to
 * any other site, computed by clipping the square by the perpendicular bisector of the site and
 * every other site (Sutherland-Hodgman clipping of a convex polygon by a half-plane; O(n²) for n
 * sites, ample for the tens of areas of a report).
 */
final class VoronoiCells {
  private VoronoiCells() {}

  /**
   * Seeded random sites in the square [0, size]², one per area, at least a small distance apart
   * (so no cell is a sliver); the same seed gives the same sites.
   *
   * @param count the number of sites
   * @param size the side of the square
   * @param seed the seed
   * @return the sites, {@code {x, y}} each
   */
  static List<double[]> sites(int count, double size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double minGap = size / (3 * Math.sqrt(Math.max(1, count)));
    List<double[]> sites = new ArrayList<>();
    int tries = 0;
    while (sites.size() < count) {
      double[] p = {size * (0.02 + 0.96 * random.nextDouble()), size * (0.02 + 0.96 * random.nextDouble())};
      boolean far = true;
      for (double[] q : sites) {
        far &= Math.hypot(p[0] - q[0], p[1] - q[1]) >= minGap;
      }
      if (far || ++tries > 100_000) { // after many tries accept any point: still a valid (finer) partition
        sites.add(p);
      }
    }
    return sites;
  }

  /**
   * The cells of the sites within the square [0, size]².
   *
   * @param sites distinct points in the square
   * @param size the side of the square
   * @return the cell of each site, a convex polygon as its vertices in counter-clockwise order
   */
  static List<List<double[]>> cells(List<double[]> sites, double size) {
    List<List<double[]>> cells = new ArrayList<>();
    for (int i = 0; i < sites.size(); i++) {
      List<double[]> cell = List.of(new double[] {0, 0}, new double[] {size, 0}, new double[] {size, size},
          new double[] {0, size});
      double[] p = sites.get(i);
      for (int j = 0; j < sites.size() && !cell.isEmpty(); j++) {
        if (j != i) {
          cell = clip(cell, p, sites.get(j));
        }
      }
      cells.add(cell);
    }
    return cells;
  }

  /** The part of a convex polygon nearer to p than to q: the half-plane (x - m)·(q - p) <= 0, m the midpoint. */
  private static List<double[]> clip(List<double[]> polygon, double[] p, double[] q) {
    double nx = q[0] - p[0];
    double ny = q[1] - p[1];
    double c = nx * (p[0] + q[0]) / 2 + ny * (p[1] + q[1]) / 2;
    List<double[]> out = new ArrayList<>();
    for (int k = 0; k < polygon.size(); k++) {
      double[] a = polygon.get(k);
      double[] b = polygon.get((k + 1) % polygon.size());
      double da = nx * a[0] + ny * a[1] - c;
      double db = nx * b[0] + ny * b[1] - c;
      if (da <= 0) {
        out.add(a);
      }
      if ((da < 0 && db > 0) || (da > 0 && db < 0)) {
        double t = da / (da - db);
        out.add(new double[] {a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])});
      }
    }
    return out;
  }

  /**
   * A polygon's area by the shoelace formula.
   *
   * @param polygon the vertices in order
   * @return the area, positive for counter-clockwise vertices
   */
  static double area(List<double[]> polygon) {
    double twice = 0;
    for (int k = 0; k < polygon.size(); k++) {
      double[] a = polygon.get(k);
      double[] b = polygon.get((k + 1) % polygon.size());
      twice += a[0] * b[1] - b[0] * a[1];
    }
    return twice / 2;
  }
}
