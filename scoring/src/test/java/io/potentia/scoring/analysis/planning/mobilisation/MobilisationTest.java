package io.potentia.scoring.analysis.planning.mobilisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.scoring.analysis.planning.mobilisation.MobilisationPlan.Capacity;
import io.potentia.scoring.analysis.planning.mobilisation.MobilisationPlan.Demand;
import io.potentia.scoring.analysis.planning.mobilisation.MobilisationPlan.Link;
import io.potentia.scoring.analysis.planning.mobilisation.MobilisationPlan.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A hand-worked plan of three provinces, one category (personnel) and three phases.
 *
 * <p>Standing strength (per 1,000 people) 4, 2, 2 and reserve strength 10, 2, 5 at 100 persons
 * each; the reserve comes after a delay of 3 months. Capacity in phase 0-3 is 400, 200, 200 and from
 * month 3 on 1,400, 400, 700; each province needs 500 in every phase. In phase 3-6, P2 lacks 100;
 * P3 may send it at most 50 at cost 1, P1 the rest at cost 2: 50 + 100 = 150.
 */
class MobilisationTest {
  static final List<Phase> PHASES = List.of(new Phase("0-3", 0, 3), new Phase("3-6", 3, 6), new Phase("6-12", 6, 12));
  static final List<Capacity> SOURCES = List.of(new Capacity("personnel", "force.standing_strength", 100.0, 0),
      new Capacity("personnel", "force.reserve_strength", 100.0, 3));

  static Dataset data() {
    return Dataset.ofColumns("test", List.of("P1", "P2", "P3"), List.of("force.standing_strength", "force.reserve_strength"),
        2024, new double[][] {{4, 2, 2}, {10, 2, 5}});
  }

  static MobilisationPlan plan() {
    List<Demand> demands = new ArrayList<>();
    for (String area : List.of("P1", "P2", "P3")) {
      for (Phase p : PHASES) {
        demands.add(new Demand(area, "personnel", p.id(), 500.0));
      }
    }
    return new MobilisationPlan(PHASES, demands, SOURCES,
        List.of(new Link("P1", "P2", 2.0, null), new Link("P3", "P2", 1.0, Map.of("personnel", 50.0))), null,
        Map.of("MR", List.of("P1", "P2", "P3")));
  }

  private static MobilisationResult.Coverage row(MobilisationResult r, String area, String phase) {
    return r.coverage().stream().filter(c -> c.area().equals(area) && c.phase().equals(phase)).findFirst().orElseThrow();
  }

  @Test
  void capacitiesFollowTheRatesAndTheReserveArrivesAfterItsDelay() {
    MobilisationResult r = Mobilisation.assess(plan(), data(), null, 2024);
    assertEquals(400, row(r, "P1", "0-3").capacity(), 1e-9);
    assertEquals(1400, row(r, "P1", "3-6").capacity(), 1e-9);
    assertEquals(700, row(r, "P3", "6-12").capacity(), 1e-9);
  }

  @Test
  void withNoSurplusInTheFirstPhaseEachProvinceIsShortOnItsOwn() {
    MobilisationResult r = Mobilisation.assess(plan(), data(), null, 2024);
    assertEquals(0.8, row(r, "P1", "0-3").coverage(), 1e-9);
    assertEquals(300, row(r, "P2", "0-3").shortfall(), 1e-9);
    assertEquals(0.4, row(r, "P3", "0-3").coverage(), 1e-9);
  }

  @Test
  void inTheSecondPhaseNeighboursCoverP2TheCheapestWayTheLinksAllow() {
    MobilisationResult r = Mobilisation.assess(plan(), data(), null, 2024);
    MobilisationResult.Coverage p2 = row(r, "P2", "3-6");
    assertEquals(0.8, p2.coverageAlone(), 1e-9);
    assertEquals(1.0, p2.coverage(), 1e-9);
    assertEquals(100, p2.received(), 1e-6);
    List<MobilisationResult.Flow> flows = r.flows().stream().filter(f -> f.phase().equals("3-6")).toList();
    assertEquals(2, flows.size());
    assertEquals(150, flows.stream().mapToDouble(MobilisationResult.Flow::cost).sum(), 1e-6);
    assertEquals(50, flows.stream().filter(f -> f.from().equals("P3")).findFirst().orElseThrow().amount(), 1e-6);
  }

  @Test
  void theFirstPhaseMetIsLaterOrNeverWithoutSupport() {
    MobilisationResult r = Mobilisation.assess(plan(), data(), null, 2024);
    assertEquals(Optional.of("3-6"), r.firstPhaseMet().get("P2"));
    assertEquals(Optional.empty(), r.firstPhaseMetAlone().get("P2"));
    assertEquals(Optional.of("3-6"), r.firstPhaseMetAlone().get("P1"));
  }

  @Test
  void aPlanWithANegativeDemandAZeroRateAndPhasesOutOfOrderNamesEveryProblem() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> new MobilisationPlan(
        List.of(new Phase("0-3", 0, 3), new Phase("6-12", 6, 12)),
        List.of(new Demand("P1", "personnel", "0-3", -5.0), new Demand("P1", "personnel", "9-12", 1.0)),
        List.of(new Capacity("personnel", "force.reserve_strength", 0.0, -1)), List.of(new Link("P1", "P1", 1.0, null)),
        null, null));
    String m = e.getMessage();
    assertTrue(m.contains("phases[1].startMonth") && m.contains("must start at month 3"), m);
    assertTrue(m.contains("demands[0].amount") && m.contains("-5.0"), m);
    assertTrue(m.contains("demands[1].phase") && m.contains("'9-12'"), m);
    assertTrue(m.contains("capacities[0].rate") && m.contains("0.0"), m);
    assertTrue(m.contains("capacities[0].delayMonths") && m.contains("-1"), m);
    assertTrue(m.contains("links[0].to"), m);
  }

  @Test
  void anUnknownAreaAMissingIndicatorAndALinkLeavingItsGroupAreNamedTogether() {
    MobilisationPlan p = new MobilisationPlan(PHASES, List.of(new Demand("P9", "personnel", "0-3", 1.0),
        new Demand("P1", "personnel", "0-3", 1.0), new Demand("P2", "personnel", "0-3", 1.0)),
        List.of(new Capacity("personnel", "force.militia_coverage", 1.0, 0)), List.of(new Link("P1", "P2", 1.0, null)),
        null, Map.of("A", List.of("P1"), "B", List.of("P2")));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Mobilisation.assess(p, data(), null, 2024));
    String m = e.getMessage();
    assertTrue(m.contains("demands[0].area") && m.contains("'P9'"), m);
    assertTrue(m.contains("capacities[0].indicator") && m.contains("force.militia_coverage"), m);
    assertTrue(m.contains("links[0]") && m.contains("leaves its group"), m);
  }

  @Test
  void aSourceOfACategoryNoAreaDemandsAndALinkGivenTwiceAreNamedRatherThanIgnored() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> new MobilisationPlan(PHASES,
        List.of(new Demand("P1", "personnel", "0-3", 1.0), new Demand("P2", "personnel", "0-3", 1.0)),
        List.of(new Capacity("medical-beds", "force.reserve_strength", 1.0, 0)),
        List.of(new Link("P1", "P2", 1.0, Map.of("transport", 5.0)), new Link("P1", "P2", 2.0, null)), null, null));
    String m = e.getMessage();
    assertTrue(m.contains("capacities[0].category") && m.contains("'medical-beds'"), m);
    assertTrue(m.contains("links[0].capacity.transport"), m);
    assertTrue(m.contains("links[1]") && m.contains("given twice"), m);
  }

  @Test
  void aYearNotInTheDataIsRejected() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Mobilisation.assess(plan(), data(), null, 1999));
    assertTrue(e.getMessage().contains("1999"), e.getMessage());
  }
}
