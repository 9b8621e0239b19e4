package io.potentia.core.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.json.PotentiaJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AreaHierarchyTest {

  static Area area(String id, AreaLevel level, String parent) {
    Area.Builder b = Area.builder().id(id).name(id).level(level);
    if (parent != null) {
      b.parent(parent);
    }
    return b.build();
  }

  /** A nation, two military regions, three provinces, and communes under one province (no districts). */
  static List<Area> sample() {
    return List.of(
        area("VN", AreaLevel.NATION, null),
        area("MR1", AreaLevel.MILITARY_REGION, "VN"),
        area("MR2", AreaLevel.MILITARY_REGION, "VN"),
        Area.builder().id("P1").name("Province 1").level(AreaLevel.PROVINCE).parent("MR1").population(1_000_000)
            .landAreaKm2(5000).addTag(AreaTag.BORDER).strategicDirection("north").build(),
        area("P2", AreaLevel.PROVINCE, "MR1"),
        area("P3", AreaLevel.PROVINCE, "MR2"),
        area("C1", AreaLevel.COMMUNE, "P1"),
        area("C2", AreaLevel.COMMUNE, "P1"));
  }

  @Test
  void queriesFollowTheParentLinks() {
    AreaHierarchy h = AreaHierarchy.of(sample());
    assertEquals("VN", h.root().id());
    assertEquals(List.of("P1", "P2"), ids(h.children("MR1")));
    assertEquals(List.of("P1", "MR1", "VN"), ids(h.ancestors("C1")));
    assertEquals("MR1", h.ancestorAt("C2", AreaLevel.MILITARY_REGION).orElseThrow().id());
    assertTrue(h.ancestorAt("C2", AreaLevel.DISTRICT).isEmpty(), "the district level is skipped");
    assertEquals(List.of("C1", "C2"), ids(h.descendantsAt("VN", AreaLevel.COMMUNE)));
    assertEquals(List.of("P1"), ids(h.withTag(AreaTag.BORDER)));
    assertEquals(List.of("P1", "P2", "P3"), ids(h.at(AreaLevel.PROVINCE)));
  }

  @Test
  void rollUpGroupsMapEachParentToItsDescendantsAtTheChildLevel() {
    Map<String, List<Area>> groups = AreaHierarchy.of(sample()).rollUpGroups(AreaLevel.MILITARY_REGION, AreaLevel.PROVINCE);
    assertEquals(List.of("MR1", "MR2"), List.copyOf(groups.keySet()));
    assertEquals(List.of("P1", "P2"), ids(groups.get("MR1")));
    assertEquals(List.of("P3"), ids(groups.get("MR2")));
    assertThrows(IllegalArgumentException.class,
        () -> AreaHierarchy.of(sample()).rollUpGroups(AreaLevel.PROVINCE, AreaLevel.NATION));
  }

  @Test
  void aDuplicateIdIsRejectedWithBothPositions() {
    List<Area> areas = new ArrayList<>(sample());
    areas.add(area("P2", AreaLevel.PROVINCE, "MR2"));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> AreaHierarchy.of(areas));
    assertEquals("areas[8].id", e.problems().get(0).path());
    assertTrue(e.getMessage().contains("first at areas[4]"), e.getMessage());
  }

  @Test
  void anOrphanIsRejectedNamingTheMissingParent() {
    List<Area> areas = new ArrayList<>(sample());
    areas.add(area("C9", AreaLevel.COMMUNE, "P9"));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> AreaHierarchy.of(areas));
    assertEquals("areas[8].parent", e.problems().get(0).path());
    assertTrue(e.getMessage().contains("'P9'"), e.getMessage());
  }

  @Test
  void twoRootsAreRejected() {
    List<Area> areas = new ArrayList<>(sample());
    areas.add(area("LA", AreaLevel.NATION, null));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> AreaHierarchy.of(areas));
    assertTrue(e.getMessage().contains("several root areas [VN, LA]"), e.getMessage());
  }

  @Test
  void aLongCycleIsReportedOnceWithItsFirstMembersAndItsSize() {
    List<Area> areas = new ArrayList<>(List.of(area("VN", AreaLevel.NATION, null)));
    int n = 5000;
    for (int i = 0; i < n; i++) {
      areas.add(area("C" + i, AreaLevel.COMMUNE, "C" + ((i + 1) % n)));
    }
    areas.add(area("HANGER", AreaLevel.COMMUNE, "C17")); // hangs from the cycle: not a cycle of its own
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> AreaHierarchy.of(areas));
    List<String> cycles = e.problems().stream().map(p -> p.message()).filter(m -> m.startsWith("cycle of")).toList();
    assertEquals(1, cycles.size(), "one problem per cycle, not one per member");
    assertTrue(cycles.get(0).startsWith("cycle of areas: C0 -> C1 -> C2 -> "), cycles.get(0));
    assertTrue(cycles.get(0).endsWith("C19 -> ... (5000 areas in the cycle)"), cycles.get(0));
    assertTrue(e.getMessage().length() < 60_000, "the message stays readable: " + e.getMessage().length() + " characters");
    assertTrue(e.getMessage().endsWith("more (problems() holds them all)"), "the level faults beyond the first 200 are counted");
  }

  @Test
  void aCycleIsRejectedAndSpelledOut() {
    List<Area> areas = List.of(area("VN", AreaLevel.NATION, null), area("A", AreaLevel.PROVINCE, "B"),
        area("B", AreaLevel.DISTRICT, "A"));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> AreaHierarchy.of(areas));
    assertTrue(e.getMessage().contains("cycle of areas: A -> B -> A"), e.getMessage());
  }

  @Test
  void aChildAtTheLevelOfItsParentIsRejected() {
    List<Area> areas = List.of(area("VN", AreaLevel.NATION, null), area("P1", AreaLevel.PROVINCE, "VN"),
        area("P2", AreaLevel.PROVINCE, "P1"));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> AreaHierarchy.of(areas));
    assertEquals("areas[2].level", e.problems().get(0).path());
  }

  @Test
  void anEmptyHierarchyHasNoRoot() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> AreaHierarchy.of(List.of()));
    assertTrue(e.getMessage().contains("no root area"), e.getMessage());
  }

  @Test
  void areaAttributesAreValidated() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Area.builder().id("P1").name("P").level(AreaLevel.PROVINCE).population(-5).landAreaKm2(0).build());
    assertEquals(2, e.problems().size(), e.getMessage());
    assertTrue(e.getMessage().contains("population is -5"), e.getMessage());
  }

  @Test
  void theHierarchyRoundTripsThroughJsonAndBadJsonNamesThePath() {
    AreaHierarchy h = AreaHierarchy.builder().label("test").areas(sample()).build();
    assertEquals(h, PotentiaJson.readString("areas.json", PotentiaJson.write(h), AreaHierarchy.class));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> PotentiaJson.readString("areas.json",
        "{\"areas\": [{\"id\": \"VN\", \"name\": \"VN\", \"level\": \"nation\", \"population\": \"many\"}]}",
        AreaHierarchy.class));
    assertEquals("areas[0].population", e.problems().get(0).path());
    assertEquals("areas.json", e.problems().get(0).source());
  }

  private static List<String> ids(List<Area> areas) {
    return areas.stream().map(Area::id).toList();
  }
}
