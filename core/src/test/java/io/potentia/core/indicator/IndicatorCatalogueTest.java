package io.potentia.core.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.json.PotentiaJson;
import io.potentia.core.potential.Dimension;
import io.potentia.core.potential.ForceComponent;
import io.potentia.core.potential.PostureElement;
import io.potentia.core.potential.PotentialType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorCatalogueTest {
  private final IndicatorCatalogue builtIn = IndicatorCatalogue.builtIn();

  @Test
  void theBuiltInCatalogueHasAtLeastEightIndicatorsPerPotentialAndSixtyInAll() {
    for (PotentialType potential : PotentialType.values()) {
      assertTrue(builtIn.of(potential).size() >= 8, potential + " has " + builtIn.of(potential).size());
    }
    assertTrue(builtIn.indicators().size() >= 60, "total " + builtIn.indicators().size());
  }

  @Test
  void theBuiltInCatalogueCoversEveryForceComponentAndPostureElement() {
    for (Dimension d : List.<Dimension>of(ForceComponent.values()).stream().toList()) {
      assertTrue(!builtIn.of(d).isEmpty(), d.id());
    }
    for (PostureElement p : PostureElement.values()) {
      assertTrue(!builtIn.of(p).isEmpty(), p.id());
    }
  }

  @Test
  void everyBuiltInIndicatorHasAVietnameseNameAndASource() {
    for (Indicator i : builtIn.indicators()) {
      assertTrue(i.nameVi().isPresent(), i.id());
      assertTrue(i.source().isPresent(), i.id());
      i.dimension().ifPresent(d -> assertTrue(i.id().startsWith(prefixOf(d)), i.id() + " is filed under " + d.id()));
    }
  }

  @Test
  void onlyTheBudgetAndLeadershipMechanismIndicatorsStayOutsideTheDefaultFrameworksDimensions() {
    // spending is judged against economic potential, not part of it; the mechanism has its own node
    // in the doctrine framework; every other built-in indicator has a dimension
    assertEquals(List.of("economic.defence_security_spending_per_capita", "economic.defence_security_budget_share",
        "posture.defensive_zone_resolutions", "posture.steering_board_meetings", "posture.defence_legal_documents",
        "posture.military_police_coordination", "posture.joint_drills", "posture.defence_inspections"),
        builtIn.indicators().stream().filter(i -> i.dimension().isEmpty()).map(Indicator::id).toList());
  }

  private static String prefixOf(Dimension d) {
    return switch (d.family()) {
      case FORCE -> "force.";
      case POSTURE -> "posture.";
      case POTENTIAL -> d == PotentialType.SCIENCE_TECHNOLOGY ? "scitech." : d.id() + ".";
    };
  }

  @Test
  void theCatalogueRoundTripsThroughJson() {
    String json = PotentiaJson.write(builtIn);
    assertEquals(builtIn, PotentiaJson.readString("catalogue.json", json, IndicatorCatalogue.class));
  }

  @Test
  void duplicateIndicatorIdsAreRejectedWithTheirPath() {
    Indicator gdp = builtIn.get("economic.gdp");
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> IndicatorCatalogue.builder().id("mine").addIndicators(gdp, gdp).build());
    assertEquals("indicators[1].id", e.problems().get(0).path());
  }

  @Test
  void everyDuplicateIndicatorIdOfACatalogueFileNamesWhereTheFirstIsInOneError(@TempDir Path dir) throws Exception {
    Indicator gdp = builtIn.get("economic.gdp");
    Indicator trust = builtIn.get("political.trust_government");
    // a catalogue with a duplicate cannot be built to be written, so the file repeats each indicator's text
    String gdpJson = PotentiaJson.write(gdp);
    String trustJson = PotentiaJson.write(trust);
    Path file = dir.resolve("mine.json");
    Files.writeString(file, "{\"id\": \"mine\", \"indicators\": [" + gdpJson + ", " + trustJson + ", " + trustJson + ", "
        + gdpJson + "]}");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> IndicatorCatalogue.read(file));
    List<String> problems = e.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
    assertEquals(List.of(
        "indicators[2].id: duplicate indicator id 'political.trust_government' (first at indicators[1])",
        "indicators[3].id: duplicate indicator id 'economic.gdp' (first at indicators[0])"), problems);
    assertTrue(e.getMessage().startsWith("2 problems:\n  " + file), e.getMessage());
  }

  @Test
  void anUnknownIndicatorIsNamed() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> builtIn.get("economic.gdpp"));
    assertTrue(e.getMessage().contains("'economic.gdpp'"), e.getMessage());
  }

  @Test
  void aUserCatalogueFileWithABadDirectionIsRejectedWithFileLineAndPath(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.json");
    Files.writeString(file, """
        {"id": "mine",
         "indicators": [
           {"id": "x.a", "name": "A", "unit": "%", "direction": "upwards", "scale": "percentage",
            "dimension": "economic", "rollUp": "mean", "description": "A."}
         ]}
        """);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> IndicatorCatalogue.read(file));
    Problem p = e.problems().get(0);
    assertEquals(file.toString(), p.source());
    assertEquals(3, p.line());
    assertEquals("indicators[0].direction", p.path());
    assertTrue(p.message().contains("'upwards'"), p.message());
  }

  /** Issue 15, item 5: the JSON readers stopped at the first wrong type. */
  @Test
  void everyWrongTypeAndUnknownFieldOfACatalogueFileComesInOneErrorWithItsPlaceAndValue(@TempDir Path dir)
      throws Exception {
    Path file = Files.writeString(dir.resolve("mine.json"), """
        {"id": "mine",
         "indicators": [
           {"id": "x.a", "name": "A", "unit": "%", "direction": "benefit", "scale": "percentage",
            "validRange": {"min": "0", "max": 100}, "dimension": "economic", "rollUp": "mean", "description": "A."},
           {"id": "x.b", "name": "B", "unit": "%", "direction": "benefit", "scale": "percentage",
            "dimension": "economic", "rollUp": "mean", "description": "B.", "levels": "province"},
           {"id": "x.c", "name": "C", "unit": "%", "direction": "benefit", "scale": "percentage",
            "dimension": "economic", "rollUp": "mean", "descripton": "C."}
         ]}
        """);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> IndicatorCatalogue.read(file));
    assertEquals(List.of(
        "4:27: indicators[0].validRange.min: expected a number, found the string \"0\"",
        "6:79: indicators[1].levels: expected an array, found the string \"province\"",
        "8:62: indicators[2].descripton: unknown field 'descripton'; known: description, dimension, direction, id,"
            + " levels, name, nameVi, rollUp, scale, source, unit, validRange",
        // the misspelt field leaves a required one unset: a problem of its own, listed too
        "8:66: indicators[2]: missing the required field 'description'"),
        e.problems().stream().map(p -> p.line() + ":" + p.column() + ": " + p.path() + ": " + p.message()).toList());
    assertTrue(e.problems().stream().allMatch(p -> p.source().equals(file.toString())), e.getMessage());
  }

  @Test
  void aUserIndicatorThatBreaksARuleIsReportedUnderItsPath(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.json");
    Files.writeString(file, """
        {"id": "mine",
         "indicators": [
           {"id": "x.a", "name": "A", "unit": "%", "direction": "benefit", "scale": "percentage",
            "dimension": "economic", "rollUp": "sum", "description": "A."}
         ]}
        """);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> IndicatorCatalogue.read(file));
    assertEquals("indicators[0].rollUp", e.problems().get(0).path());
  }

  @Test
  void anUnknownDimensionListsTheKnownOnes(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.json");
    Files.writeString(file, """
        {"id": "mine", "indicators": [{"id": "x.a", "name": "A", "unit": "%", "direction": "benefit",
         "scale": "percentage", "dimension": "cultural", "rollUp": "mean", "description": "A."}]}
        """);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> IndicatorCatalogue.read(file));
    assertEquals("indicators[0].dimension", e.problems().get(0).path());
    assertTrue(e.getMessage().contains("'cultural'") && e.getMessage().contains("science-technology"), e.getMessage());
  }

  @Test
  void aUserCanExtendTheBuiltInCatalogue() {
    Indicator own = Indicator.builder().from(builtIn.get("economic.road_density")).id("economic.rail_density")
        .name("Rail density").build();
    IndicatorCatalogue extended = builtIn.plus(List.of(own));
    assertEquals(builtIn.indicators().size() + 1, extended.indicators().size());
    assertThrows(InvalidInputException.class, () -> builtIn.plus(List.of(builtIn.get("economic.gdp"))));
  }
}
