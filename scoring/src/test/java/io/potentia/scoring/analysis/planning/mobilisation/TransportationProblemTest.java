package io.potentia.scoring.analysis.planning.mobilisation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.analysis.planning.mobilisation.TransportationProblem.Arc;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransportationProblemTest {
  private static final double EPS = 1e-6;

  /**
   * The P&amp;T Company: three canneries ship peas to four warehouses at the costs per truckload of
   * Hillier and Lieberman, <i>Introduction to Operations Research</i>, 9th ed., section 9.1; the
   * optimal cost given there is $152,535.
   */
  @Test
  void thePAndTCompanyProblemCosts152535AtTheOptimum() {
    double[] output = {75, 125, 100};
    double[] allocation = {80, 65, 70, 85};
    double[][] cost = {{464, 513, 654, 867}, {352, 416, 690, 791}, {995, 682, 388, 685}};
    List<Arc> arcs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 4; j++) {
        arcs.add(new Arc(i, j, cost[i][j], Double.POSITIVE_INFINITY));
      }
    }
    TransportationProblem.Solution s = TransportationProblem.of(output, allocation, arcs).solve();
    assertEquals(0, s.totalUnmet(), EPS);
    assertEquals(152_535, s.cost(), 1e-4);
    for (int i = 0; i < 3; i++) {
      double shipped = 0;
      for (int j = 0; j < 4; j++) {
        shipped += s.flows()[i * 4 + j];
      }
      assertEquals(output[i], shipped, EPS, "cannery " + (i + 1) + " ships all its output (supply equals demand)");
    }
  }

  /** Hand-worked: 10 units for needs of 6 and 8; 4 must stay unmet, and the cheaper sink is served first (6 * 1 + 4 * 5 = 26). */
  @Test
  void whenSupplyFallsShortTheCheapestWayToMeetTheMostIsChosen() {
    TransportationProblem.Solution s = TransportationProblem.of(new double[] {10}, new double[] {6, 8},
        List.of(new Arc(0, 0, 1, Double.POSITIVE_INFINITY), new Arc(0, 1, 5, Double.POSITIVE_INFINITY))).solve();
    assertEquals(4, s.totalUnmet(), EPS);
    assertArrayEquals(new double[] {6, 4}, s.flows(), EPS);
    assertArrayEquals(new double[] {0, 4}, s.unmet(), EPS);
    assertEquals(26, s.cost(), EPS);
  }

  /** Hand-worked: meeting demand comes first, however dear the only link; leaving it unmet would cost nothing. */
  @Test
  void unmetDemandIsMinimisedBeforeCost() {
    TransportationProblem.Solution s = TransportationProblem.of(new double[] {5}, new double[] {5},
        List.of(new Arc(0, 0, 1000, Double.POSITIVE_INFINITY))).solve();
    assertEquals(0, s.totalUnmet(), EPS);
    assertEquals(5000, s.cost(), 1e-6);
  }

  /** Hand-worked: a link carrying at most 3 of a need of 5 leaves 2 unmet, though 9 are spare. */
  @Test
  void aLinkCarriesNoMoreThanItsCapacity() {
    TransportationProblem.Solution s = TransportationProblem.of(new double[] {9}, new double[] {5},
        List.of(new Arc(0, 0, 1, 3))).solve();
    assertArrayEquals(new double[] {3}, s.flows(), EPS);
    assertEquals(2, s.totalUnmet(), EPS);
  }

  /** Hand-worked: a sink no arc reaches keeps its whole need unmet. */
  @Test
  void aSinkWithoutArcsIsLeftUnmet() {
    TransportationProblem.Solution s = TransportationProblem.of(new double[] {9}, new double[] {2, 3},
        List.of(new Arc(0, 0, 1, Double.POSITIVE_INFINITY))).solve();
    assertArrayEquals(new double[] {0, 3}, s.unmet(), EPS);
  }

  @Test
  void aNegativeSupplyANaNNeedAndABadArcAreAllNamed() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> TransportationProblem.of(new double[] {-1},
        new double[] {Double.NaN}, List.of(new Arc(0, 3, -2, Double.NaN))));
    String m = e.getMessage();
    assertTrue(m.contains("supplies[0]") && m.contains("-1.0"), m);
    assertTrue(m.contains("needs[0]") && m.contains("NaN"), m);
    assertTrue(m.contains("arcs[0].sink") && m.contains("arcs[0].cost") && m.contains("arcs[0].capacity"), m);
  }
}
