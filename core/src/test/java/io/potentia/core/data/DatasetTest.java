package io.potentia.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.indicator.IndicatorCatalogue;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class DatasetTest {

  @Test
  void valuesAreStoredAndMissingCellsAreEmpty() {
    Dataset d = Dataset.builder().put("A", "economic.gdp", 2023, 10).put("B", "economic.gdp", 2022, 20)
        .putMissing("B", "economic.gdp", 2023).build();
    assertEquals(List.of("A", "B"), d.areas());
    assertArrayEquals(new int[] {2022, 2023}, d.years());
    assertEquals(OptionalDouble.of(10), d.value("A", "economic.gdp", 2023));
    assertEquals(OptionalDouble.empty(), d.value("B", "economic.gdp", 2023));
    assertEquals(OptionalDouble.empty(), d.value("A", "economic.gdp", 2022));
    assertEquals(2, d.missingCount());
  }

  @Test
  void withValuesReplacesOnlyTheNamedCellsAndLeavesTheOriginalAlone() {
    Dataset d = Dataset.builder().put("A", "x.i", 2020, 1).put("B", "x.i", 2020, 2).put("A", "x.j", 2020, 3).build();
    Provenance scenario = Provenance.of("what-if", "planned depot");

    Dataset changed = d.withValues(List.of(
        Observation.builder().from(Observation.of("B", "x.i", 2020, 5)).source("what-if").note("planned depot")
            .build(),
        Observation.of("B", "x.j", 2020, 7),
        Observation.missing("A", "x.i", 2020)));

    assertEquals(OptionalDouble.of(5), changed.value("B", "x.i", 2020));
    assertEquals(scenario, changed.provenance("B", "x.i", 2020).orElseThrow());
    assertEquals(OptionalDouble.of(7), changed.value("B", "x.j", 2020));
    assertEquals(OptionalDouble.empty(), changed.value("A", "x.i", 2020));
    assertEquals(OptionalDouble.of(3), changed.value("A", "x.j", 2020));
    assertEquals(OptionalDouble.of(2), d.value("B", "x.i", 2020), "the original is unchanged");
    assertEquals(OptionalDouble.of(1), d.value("A", "x.i", 2020));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> d.withValues(List.of(Observation.of("C", "x.i", 2020, 1))));
    assertTrue(e.getMessage().contains("'C'"), e.getMessage());
  }

  @Test
  void aColumnHoldsEveryAreaOfOneIndicatorInOneYear() {
    Dataset d = Dataset.builder().put("A", "x.i", 2020, 1).put("B", "x.i", 2020, 2).put("A", "x.j", 2020, 3).build();
    assertArrayEquals(new double[] {1, 2}, d.column(d.indicatorIndex("x.i"), d.yearIndex(2020)));
    double[] j = d.column(d.indicatorIndex("x.j"), 0);
    assertEquals(3, j[0]);
    assertTrue(Double.isNaN(j[1]));
  }

  @Test
  void aCellGivenTwiceIsRejectedWithBothValues() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Dataset.builder().put("A", "x.i", 2020, 1).put("A", "x.i", 2020, 2).build());
    assertEquals("indicator 'x.i' of area 'A' in 2020 is given twice: 2.0 (first: 1.0)", e.getMessage());
  }

  @Test
  void infiniteValuesAndImpossibleYearsAreRejected() {
    assertThrows(InvalidInputException.class, () -> Dataset.builder().put("A", "x.i", 2020, Double.POSITIVE_INFINITY));
    assertThrows(InvalidInputException.class, () -> Dataset.builder().put("A", "x.i", 20, 1));
    assertThrows(InvalidInputException.class, () -> Dataset.builder().put(" ", "x.i", 2020, 1));
  }

  @Test
  void unknownLookupsNameWhatIsMissing() {
    Dataset d = Dataset.builder().put("A", "x.i", 2020, 1).build();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> d.value("A", "x.i", 2021));
    assertTrue(e.getMessage().contains("no year 2021"), e.getMessage());
    assertThrows(InvalidInputException.class, () -> d.value("Z", "x.i", 2020));
  }

  @Test
  void checkingAgainstTheCatalogueAndHierarchyNamesAreaIndicatorYearAndValue() {
    AreaHierarchy h = AreaHierarchy.of(List.of(
        io.potentia.core.area.Area.builder().id("VN").name("VN").level(AreaLevel.NATION).build(),
        io.potentia.core.area.Area.builder().id("P1").name("P1").level(AreaLevel.PROVINCE).parent("VN").build()));
    Dataset d = Dataset.builder().put("P1", "political.trust_government", 2023, 120)
        .put("P1", "diplomatic.missions_abroad", 2023, 90).put("XX", "economic.gdp", 2023, 1).build();
    List<Problem> problems = d.check(IndicatorCatalogue.builtIn(), h);
    List<String> messages = problems.stream().map(Problem::message).toList();
    assertTrue(messages.contains(
        "indicator 'political.trust_government' of area 'P1' in 2023 is 120.0; it must be in [0.0, 100.0]"), messages.toString());
    assertTrue(messages.stream().anyMatch(m -> m.contains("'diplomatic.missions_abroad'") && m.contains("level 'province'")));
    assertTrue(messages.contains("area 'XX' is not in the hierarchy"), messages.toString());
    assertEquals(3, problems.size());
  }

  @Test
  void theCubeTakesEightBytesPerCellWithoutProvenance() {
    Dataset.Builder b = Dataset.builder();
    for (int a = 0; a < 50; a++) {
      for (int i = 0; i < 20; i++) {
        b.put("A" + a, "x.i" + i, 2020, a * i);
      }
    }
    Dataset d = b.build();
    assertEquals(1000, d.cellCount());
    assertTrue(d.toString().contains("50 areas x 20 indicators x 1 years"), d.toString());
  }

  /** Three areas, two indicators, two years; P2's gdp in 2023 missing; P3's troops with a source. */
  private static Dataset threeAreas() {
    return Dataset.builder().label("test")
        .putAll("P1", 2022, java.util.Map.of("economic.gdp", 10.0, "military.combat_readiness", 3.0))
        .put("P1", "economic.gdp", 2023, 11)
        .put("P1", "military.combat_readiness", 2023, 4)
        .put("P2", "economic.gdp", 2022, 20)
        .putMissing("P2", "economic.gdp", 2023)
        .put("P2", "military.combat_readiness", 2022, 5)
        .put("P2", "military.combat_readiness", 2023, 6)
        .put("P3", "economic.gdp", 2022, 30)
        .put("P3", "economic.gdp", 2023, 31)
        .put("P3", "military.combat_readiness", 2022, 7)
        .add(Observation.builder().from(Observation.of("P3", "military.combat_readiness", 2023, 8)).source("GSO").build())
        .build();
  }

  @Test
  void restrictingToSomeAreasKeepsTheirValuesAndProvenanceInOrder() {
    Dataset d = threeAreas();
    Dataset kept = d.restrictTo(List.of("P3", "P2"));
    assertEquals(List.of("P2", "P3"), kept.areas(), "in the dataset's order");
    assertEquals(2, kept.areaCount());
    assertEquals(d.indicators(), kept.indicators());
    assertArrayEquals(d.years(), kept.years());
    for (String area : kept.areas()) {
      for (String indicator : d.indicators()) {
        for (int year : d.years()) {
          assertEquals(d.value(area, indicator, year), kept.value(area, indicator, year), area + indicator + year);
          assertEquals(d.provenance(area, indicator, year), kept.provenance(area, indicator, year));
        }
      }
    }
    assertEquals(1, kept.missingCount());
    assertEquals("GSO", kept.provenance("P3", "military.combat_readiness", 2023).orElseThrow().source().orElseThrow());
    assertThrows(InvalidInputException.class, () -> d.restrictTo(List.of("P9")));
  }

  @Test
  void changedValuesReplaceOnlyTheirCells() {
    Dataset d = threeAreas();
    Dataset changed = d.withValues(List.of(Observation.of("P2", "economic.gdp", 2023, 25),
        Observation.missing("P1", "economic.gdp", 2022), Observation.builder().from(Observation.of("P1", "military.combat_readiness", 2022, 9)).source("survey").build()));
    assertEquals(OptionalDouble.of(25), changed.value("P2", "economic.gdp", 2023));
    assertEquals(OptionalDouble.empty(), changed.value("P1", "economic.gdp", 2022));
    assertEquals("survey", changed.provenance("P1", "military.combat_readiness", 2022).orElseThrow().source().orElseThrow());
    assertEquals("GSO", changed.provenance("P3", "military.combat_readiness", 2023).orElseThrow().source().orElseThrow());
    assertEquals(d.missingCount(), changed.missingCount(), "one filled, one emptied");
    assertEquals(d.value("P3", "economic.gdp", 2022), changed.value("P3", "economic.gdp", 2022));
    assertEquals(OptionalDouble.of(20), d.value("P2", "economic.gdp", 2022), "the original is unchanged");
    assertThrows(InvalidInputException.class, () -> d.withValues(List.of(Observation.of("P1", "economic.gdp", 1999, 1))));
  }

  @Test
  void membershipColumnsAndEqualityFollowTheCells() {
    Dataset d = threeAreas();
    assertTrue(d.hasArea("P2"));
    assertTrue(!d.hasArea("P9"));
    assertTrue(d.hasIndicator("economic.gdp"));
    assertTrue(!d.hasIndicator("economic.debt"));
    assertEquals(3, d.areaCount());
    assertEquals(2, d.indicatorCount());
    assertEquals(12, d.cellCount());
    double[] gdp2023 = d.column(d.indicatorIndex("economic.gdp"), d.yearIndex(2023));
    assertEquals(11, gdp2023[0]);
    assertTrue(Double.isNaN(gdp2023[1]));
    assertEquals(31, gdp2023[2]);
    double[] target = new double[5];
    d.copyColumn(d.indicatorIndex("military.combat_readiness"), d.yearIndex(2022), target, 2);
    assertArrayEquals(new double[] {0, 0, 3, 5, 7}, target);
    assertEquals(threeAreas(), d);
    assertEquals(threeAreas().hashCode(), d.hashCode());
    assertTrue(!d.equals(d.withValues(List.of(Observation.of("P1", "economic.gdp", 2023, 12)))));
    assertTrue(!d.equals(d.restrictTo(List.of("P1", "P2"))));
    assertTrue(!d.equals("a dataset"));
  }

  @Test
  void aBuilderGrowsPastItsFirstCapacity() {
    Dataset.Builder b = Dataset.builder();
    for (int a = 0; a < 3000; a++) {
      b.put("A" + a, "economic.gdp", 2020 + a % 3, a);
    }
    Dataset d = b.build();
    assertEquals(3000, d.areaCount());
    assertEquals(OptionalDouble.of(2999), d.value("A2999", "economic.gdp", 2022));
    assertEquals(3000L * 3 - 3000, d.missingCount(), "each area has one year of three");
  }

  @Test
  void eachBuildHasItsOwnCubeAndSeesWhatWasDeclaredSince() {
    Dataset.Builder b = Dataset.builder().put("A", "x.i", 2020, 1).put("B", "x.i", 2020, 2);
    Dataset first = b.build(); // as many values as cells
    Dataset second = b.area("C").build(); // an area declared since, with no value: its cell is missing
    assertEquals(List.of("A", "B"), first.areas());
    assertEquals(List.of("A", "B", "C"), second.areas());
    assertEquals(OptionalDouble.empty(), second.value("C", "x.i", 2020));
    assertEquals(OptionalDouble.of(2), second.value("B", "x.i", 2020));
    Dataset third = b.put("C", "x.i", 2020, 3).build();
    assertEquals(OptionalDouble.of(3), third.value("C", "x.i", 2020));
    assertEquals(OptionalDouble.empty(), second.value("C", "x.i", 2020), "an earlier build is unchanged");
    assertEquals(third, b.build(), "a build with nothing new is alike");
  }

  @Test
  void aRepeatIsFoundWhenTheValuesAreAsManyAsTheCells() {
    // two values for two cells, one of them given twice: the other cell is left empty, not filled
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Dataset.builder().area("B").put("A", "x.i", 2020, 1).put("A", "x.i", 2020, 2).build());
    assertEquals("indicator 'x.i' of area 'A' in 2020 is given twice: 2.0 (first: 1.0)", e.getMessage());
  }

  @Test
  void aRowOfValuesIsCheckedAsEachValueWouldBe() {
    Dataset.Builder b = Dataset.builder();
    int area = b.areaSlot("A");
    int[] slots = {b.indicatorSlot("x.i"), b.indicatorSlot("x.j")};
    InvalidInputException infinite = assertThrows(InvalidInputException.class,
        () -> b.putRow(area, 2020, slots, new double[] {1, Double.NEGATIVE_INFINITY}, 2, 7));
    assertTrue(infinite.getMessage().contains("'x.j'") && infinite.getMessage().contains("finite"), infinite.getMessage());
    InvalidInputException year = assertThrows(InvalidInputException.class,
        () -> b.putRow(area, 20, slots, new double[] {1, 2}, 2, 7));
    assertTrue(year.getMessage().contains("year 20 must be in 1000..9999"), year.getMessage());
    b.putRow(area, 2020, slots, new double[] {1, Double.NaN, Double.POSITIVE_INFINITY}, 2, 7);
    Dataset d = b.build();
    assertEquals(OptionalDouble.of(1), d.value("A", "x.i", 2020));
    assertEquals(OptionalDouble.empty(), d.value("A", "x.j", 2020), "missing; the value past the count is not read");
  }

  @Test
  void aLookForRepeatsBeforeBuildingSeesWhatComesAfterIt() {
    // a reader looks for cells given twice before it builds; what is given in between is not lost
    Dataset.Builder b = Dataset.builder().put("A", "x.i", 2020, 1).put("B", "x.i", 2020, 2);
    assertEquals(List.of(), b.repeats(10));
    b.area("C");
    assertEquals(List.of(), b.repeats(10));
    b.indicator("x.j");
    assertEquals(List.of(), b.repeats(10));
    b.put("C", "x.j", 2021, 3);
    assertEquals(List.of(), b.repeats(10));
    b.put("A", "x.i", 2020, 4);
    assertEquals(1, b.repeats(10).size(), "the cell given again");
    InvalidInputException e = assertThrows(InvalidInputException.class, b::build);
    assertTrue(e.getMessage().contains("given twice: 4.0 (first: 1.0)"), e.getMessage());

    Dataset.Builder c = Dataset.builder().put("A", "x.i", 2020, 1).put("B", "x.i", 2020, 2);
    assertEquals(List.of(), c.repeats(10));
    Dataset d = c.area("C").indicator("x.j").put("C", "x.j", 2021, 3).build();
    assertEquals(List.of("A", "B", "C"), d.areas());
    assertArrayEquals(new int[] {2020, 2021}, d.years());
    assertEquals(OptionalDouble.of(2), d.value("B", "x.i", 2020));
    assertEquals(OptionalDouble.of(3), d.value("C", "x.j", 2021));
    assertEquals(OptionalDouble.empty(), d.value("C", "x.i", 2020));
    assertEquals(3 * 2 * 2 - 3, d.missingCount());
  }

  @Test
  void aCubeFoundWhileLookingForRepeatsIsNotTakenForALargerShape() {
    Dataset.Builder b = Dataset.builder().put("A", "x.i", 2020, 1).put("B", "x.i", 2020, 2);
    assertEquals(List.of(), b.repeats(10)); // places both values in a cube of two cells
    Dataset d = b.area("C").indicator("x.j").build(); // the same values, in a cube of six
    assertEquals(List.of("A", "B", "C"), d.areas());
    assertEquals(List.of("x.i", "x.j"), d.indicators());
    assertEquals(OptionalDouble.of(2), d.value("B", "x.i", 2020));
    assertEquals(OptionalDouble.empty(), d.value("C", "x.i", 2020));
    assertEquals(OptionalDouble.empty(), d.value("A", "x.j", 2020));
    assertEquals(4, d.missingCount());
  }

  @Test
  void aRowOfNoValuesAddsNothingNotEvenItsYear() {
    Dataset.Builder b = Dataset.builder();
    int area = b.areaSlot("A");
    int[] slots = {b.indicatorSlot("x.i")};
    b.putRow(area, 2020, slots, new double[] {1}, 1, 3);
    b.putRow(area, 2021, slots, new double[0], 0, 4);
    b.putRow(area, -1, slots, new double[0], 0, 5); // no value, so no year to check
    assertArrayEquals(new int[] {2020}, b.build().years());
  }
}
