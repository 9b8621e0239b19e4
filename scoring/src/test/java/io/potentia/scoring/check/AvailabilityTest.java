package io.potentia.scoring.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Availability counted by hand: an index of pillar pa (a1, a2) and pillar pb (b1, b2, b3), three
 * areas, one indicator absent from the dataset and one area absent too.
 */
class AvailabilityTest {
  static final Framework FRAMEWORK = Framework.builder().id("t").name("t").nodes(List.of(
      FrameworkNode.builder().id("index").name("index").build(),
      FrameworkNode.builder().id("pa").name("A").parent("index").build(),
      FrameworkNode.builder().id("pb").name("B").parent("index").build(),
      leaf("a1", "pa"), leaf("a2", "pa"), leaf("b1", "pb"), leaf("b2", "pb"), leaf("b3", "pb"))).build();

  static FrameworkNode leaf(String id, String parent) {
    return FrameworkNode.builder().id(id).name(id).parent(parent).indicator(id).build();
  }

  // x has everything; y lacks a2 and b1; b3 is absent from the dataset altogether; z is not in it.
  static final Dataset DATA = Dataset.builder()
      .put("x", "a1", 2024, 1).put("x", "a2", 2024, 2).put("x", "b1", 2024, 3).put("x", "b2", 2024, 0)
      .put("y", "a1", 2024, 5).putMissing("y", "a2", 2024).putMissing("y", "b1", 2024).put("y", "b2", 2024, 6)
      .build();

  @Test
  void sharesCountAnIndicatorOrAnAreaTheDatasetLacksAsMissing() {
    Availability a = Availability.of(DATA, FRAMEWORK, List.of("x", "y", "z"), 2024);
    assertEquals(List.of("pa", "pb", "index"), a.nodes());
    assertEquals(4 / 5.0, a.share("x"), 0);
    assertEquals(2 / 5.0, a.share("y"), 0);
    assertEquals(0, a.share("z"), 0);
    assertEquals(0.5, a.share("y", "pa"), 0);
    assertEquals(1 / 3.0, a.share("y", "pb"), 0);
    assertEquals(2, a.present("x", "pb"));
    assertEquals(3, a.indicatorsUnder("pb"));
    assertEquals(2 / 3.0, a.indicatorShare("a1"), 0);
    assertEquals(1 / 3.0, a.indicatorShare("b1"), 0);
    assertEquals(0, a.indicatorShare("b3"), 0);
  }

  @Test
  void aYearTheDatasetLacksHasNothingPresent() {
    Availability a = Availability.of(DATA, FRAMEWORK, List.of("x"), 1999);
    assertEquals(0, a.share("x"), 0);
  }

  @Test
  void screeningListsEveryAreaBelowAMinimumWithEachReason() {
    Availability a = Availability.of(DATA, FRAMEWORK, List.of("x", "y", "z"), 2024);
    List<Screening.Screened> caught = new Screening(0.5, 0.4, Screening.Action.EXCLUDE).apply(a, List.of("pa", "pb"));
    assertEquals(List.of("y", "z"), caught.stream().map(Screening.Screened::area).toList());
    assertEquals(List.of("2 of 5 indicators (40.0%), below the minimum 50.0%",
        "1 of 3 indicators of 'pb' (33.3%), below the minimum 40.0%"), caught.get(0).reasons());
    assertEquals(3, caught.get(1).reasons().size(), "z fails overall and in both pillars");
    assertEquals(Screening.Action.EXCLUDE, caught.get(0).action());
  }

  /**
   * The same failures as facts: y has 2 of the 5 indicators (share 0.4 < 0.5) and 1 of pb's 3
   * (share 1/3 < 0.4), passing pa with 1 of 2 (0.5 >= 0.4); z has none anywhere.
   */
  @Test
  void screeningRecordsEachShortfallAsFactsBesideItsSentence() {
    Availability a = Availability.of(DATA, FRAMEWORK, List.of("x", "y", "z"), 2024);
    List<Screening.Screened> caught = new Screening(0.5, 0.4, Screening.Action.FLAG).apply(a, List.of("pa", "pb"));
    assertEquals(List.of(new Screening.Shortfall("index", false, 2, 5, 0.5), new Screening.Shortfall("pb", true, 1, 3, 0.4)),
        caught.get(0).shortfalls());
    assertEquals(0.4, caught.get(0).shortfalls().get(0).share(), 0);
    assertEquals(1 / 3.0, caught.get(0).shortfalls().get(1).share(), 0);
    assertEquals(List.of(new Screening.Shortfall("index", false, 0, 5, 0.5), new Screening.Shortfall("pa", true, 0, 2, 0.4),
        new Screening.Shortfall("pb", true, 0, 3, 0.4)), caught.get(1).shortfalls());
    assertEquals(caught.get(1).shortfalls().stream().map(Screening.Shortfall::reason).toList(), caught.get(1).reasons(),
        "each reason is its shortfall in English");
  }

  @Test
  void aScreenedAreaGivenOnlyReasonsHasNoShortfallsAndOneGivenBothNeedsOneForEachReason() {
    Screening.Screened words = new Screening.Screened("y", Screening.Action.FLAG, List.of("too few"));
    assertEquals(List.of(), words.shortfalls());
    assertEquals(List.of(), new Screening.Screened("y", Screening.Action.FLAG, List.of("too few"), null).shortfalls(),
        "a report written before shortfalls were recorded reads back without them");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Screening.Screened("y",
        Screening.Action.FLAG, List.of("a", "b"), List.of(new Screening.Shortfall("index", false, 2, 5, 0.5))));
    assertEquals("screened area 'y': 1 shortfalls for 2 reasons; give one per reason or none", e.getMessage());
  }

  @Test
  void screeningRefusesSharesOutsideTheUnitInterval() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> new Screening(1.5, 0, Screening.Action.FLAG));
    assertTrue(e.getMessage().contains("minShare: screening: the minimum share 1.5 is not in [0, 1]"), e.getMessage());
    assertThrows(InvalidInputException.class, () -> new Screening(0.5, -0.1, Screening.Action.FLAG));
    assertThrows(InvalidInputException.class, () -> new Screening(0.5, 0.5, null));
  }

  /** Seeded property: an area's overall share is the indicator-weighted mean of its pillars' shares. */
  @Test
  void theOverallShareIsThePillarSharesWeightedByTheirIndicators() {
    SplittableRandom random = new SplittableRandom(16);
    for (int trial = 0; trial < 200; trial++) {
      Dataset.Builder b = Dataset.builder();
      List<String> areas = List.of("p", "q", "r", "s");
      for (String area : areas) {
        for (String indicator : FRAMEWORK.indicatorIds()) {
          if (random.nextDouble() < 0.6) {
            b.put(area, indicator, 2024, random.nextDouble());
          }
        }
      }
      b.put("p", "a1", 2023, 1);
      Availability a = Availability.of(b.build(), FRAMEWORK, areas, 2024);
      for (String area : areas) {
        double pooled = (a.share(area, "pa") * 2 + a.share(area, "pb") * 3) / 5;
        assertEquals(pooled, a.share(area), 1e-15, area);
        assertTrue(a.share(area) >= 0 && a.share(area) <= 1);
      }
    }
  }

  @Test
  void askingForAnAreaOrNodeNotAuditedNamesIt() {
    Availability a = Availability.of(DATA, FRAMEWORK, List.of("x"), 2024);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> a.share("y"));
    assertTrue(e.getMessage().contains("'y' is not an audited area"), e.getMessage());
    e = assertThrows(InvalidInputException.class, () -> a.share("x", "a1"));
    assertTrue(e.getMessage().contains("'a1' is not an inner node"), e.getMessage());
    assertThrows(InvalidInputException.class, () -> Availability.of(DATA, FRAMEWORK, List.of("x", "x"), 2024));
  }
}
