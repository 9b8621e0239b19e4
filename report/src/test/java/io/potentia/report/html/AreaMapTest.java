package io.potentia.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.potentia.core.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shapes of the maps: the generated Voronoi geometry, and GeoJSON files matched to areas. */
class AreaMapTest {
  @Test
  void twoSitesSplitTheSquareAlongTheirBisector() {
    // hand-worked: sites (25, 50) and (75, 50) in the 100 × 100 square; the bisector is x = 50
    List<List<double[]>> cells = VoronoiCells.cells(List.of(new double[] {25, 50}, new double[] {75, 50}), 100);
    assertEquals(5000, VoronoiCells.area(cells.get(0)), 1e-9);
    assertEquals(5000, VoronoiCells.area(cells.get(1)), 1e-9);
    for (double[] v : cells.get(0)) {
      assertTrue(v[0] <= 50 + 1e-9, "the left cell ends at x = 50");
    }
    for (double[] v : cells.get(1)) {
      assertTrue(v[0] >= 50 - 1e-9, "the right cell starts at x = 50");
    }
  }

  @Test
  void theCellsPartitionTheSquareAndEachPointLiesInItsNearestSitesCell() {
    SplittableRandom seeds = new SplittableRandom(19);
    for (int run = 0; run < 30; run++) {
      int n = 2 + seeds.nextInt(60);
      List<double[]> sites = VoronoiCells.sites(n, 100, seeds.nextLong());
      List<List<double[]>> cells = VoronoiCells.cells(sites, 100);
      double total = 0;
      for (int i = 0; i < n; i++) {
        total += VoronoiCells.area(cells.get(i));
        assertTrue(inside(cells.get(i), sites.get(i)), "run " + run + ": site " + i + " lies in its own cell");
      }
      assertEquals(10_000, total, 1e-6, "run " + run + ": the cells' areas sum to the square's");
      SplittableRandom points = new SplittableRandom(run);
      for (int k = 0; k < 200; k++) {
        double[] p = {100 * points.nextDouble(), 100 * points.nextDouble()};
        int nearest = 0;
        for (int i = 1; i < n; i++) {
          if (dist(p, sites.get(i)) < dist(p, sites.get(nearest))) {
            nearest = i;
          }
        }
        assertTrue(inside(cells.get(nearest), p), "run " + run + ": point " + p[0] + "," + p[1] + " in the cell of its nearest site");
      }
    }
  }

  @Test
  void theSyntheticGeometryIsSeededClosedAndLabelledSynthetic() {
    List<String> areas = List.of("A", "B", "C", "D", "E");
    AreaMap map = AreaMap.synthetic(areas, 7);
    assertEquals(map.features(), AreaMap.synthetic(areas, 7).features(), "the same seed, the same shapes");
    assertTrue(!map.features().equals(AreaMap.synthetic(areas, 8).features()), "another seed, other shapes");
    JsonNode features = map.features().get("features");
    assertEquals(5, features.size());
    for (int i = 0; i < 5; i++) {
      assertEquals(areas.get(i), features.get(i).get("properties").get("id").asText());
      JsonNode ring = features.get(i).get("geometry").get("coordinates").get(0);
      assertEquals(ring.get(0), ring.get(ring.size() - 1), "the ring is closed");
    }
    assertEquals(List.of(), map.missing());
    assertTrue(map.source().startsWith("synthetic geometry") && map.source().endsWith("not real boundaries"), map.source());
  }

  @Test
  void aGeoJsonIsMatchedByTheNamedPropertyAndTheAreasWithoutAShapeAreListed(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("provinces.geojson");
    Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[" + feature("code", "P2", "Polygon")
        + "," + feature("code", "P1", "MultiPolygon") + "]}");
    AreaMap map = AreaMap.read(file, "code", List.of("P1", "P2", "P3"));
    assertEquals(List.of("P3"), map.missing());
    assertEquals(2, map.features().get("features").size());
    assertEquals("P2", map.features().get("features").get(0).get("properties").get("id").asText());
  }

  @Test
  void everyProblemOfAGeoJsonIsNamedAtItsPathInOneError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.geojson");
    Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[" + feature("code", "P9", "Polygon") + ","
        + feature("name", "P1", "Polygon") + "," + feature("code", "P1", "Point") + "," + feature("code", "P2", "Polygon")
        + "," + feature("code", "P2", "Polygon") + "]}");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> AreaMap.read(file, "code", List.of("P1", "P2")));
    String m = e.getMessage();
    assertTrue(m.contains("bad.geojson"), m);
    assertTrue(m.contains("4 problem(s)"), m);
    assertTrue(m.contains("$.features[0].properties.code: 'P9' is no area of the report"), m);
    assertTrue(m.contains("$.features[1].properties.code: missing"), m);
    assertTrue(m.contains("$.features[2].geometry.type: 'Point' for area 'P1'"), m);
    assertTrue(m.contains("$.features[4].properties.code: area 'P2' has a shape already"), m);
    Files.writeString(file, "{\"type\":\"Feature\"}");
    InvalidInputException notACollection = assertThrows(InvalidInputException.class, () -> AreaMap.read(file, "code", List.of("P1")));
    assertTrue(notACollection.getMessage().contains("$: not a GeoJSON FeatureCollection"), notACollection.getMessage());
  }

  private static String feature(String property, String id, String type) {
    return "{\"type\":\"Feature\",\"properties\":{\"" + property + "\":\"" + id + "\"},\"geometry\":{\"type\":\"" + type
        + "\",\"coordinates\":[]}}";
  }

  private static double dist(double[] a, double[] b) {
    return Math.hypot(a[0] - b[0], a[1] - b[1]);
  }

  /** A point in a convex counter-clockwise polygon (on the edge counts), by the sign of each edge's cross product. */
  private static boolean inside(List<double[]> polygon, double[] p) {
    List<double[]> v = new ArrayList<>(polygon);
    for (int k = 0; k < v.size(); k++) {
      double[] a = v.get(k);
      double[] b = v.get((k + 1) % v.size());
      if ((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]) < -1e-7) {
        return false;
      }
    }
    return true;
  }
}
