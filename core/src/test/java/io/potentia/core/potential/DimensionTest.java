package io.potentia.core.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.potentia.core.json.PotentiaJson;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DimensionTest {

  @Test
  void everyDimensionHasItsOwnIdAndADescription() {
    Set<String> ids = new HashSet<>();
    for (Dimension d : Dimension.all()) {
      assertFalse(d.description().isBlank(), d.id());
      assertEquals(d, Dimension.fromId(d.id()));
      ids.add(d.id());
    }
    assertEquals(13, ids.size(), "five potentials, four force components, four posture elements");
    assertEquals("science-technology", PotentialType.SCIENCE_TECHNOLOGY.id());
    assertEquals("standing-force", ForceComponent.STANDING.id());
    assertEquals("hearts-and-minds-posture", PostureElement.HEARTS_AND_MINDS.id());
    assertEquals(Dimension.Family.POSTURE, PostureElement.DEFENSIVE_WORKS.family());
  }

  @Test
  void inJsonADimensionIsItsId() throws Exception {
    assertEquals("\"reserve-force\"", PotentiaJson.mapper().writeValueAsString(ForceComponent.RESERVE));
    assertSame(ForceComponent.RESERVE, PotentiaJson.mapper().readValue("\"reserve-force\"", ForceComponent.class));
    assertSame(PotentialType.ECONOMIC, PotentiaJson.mapper().readValue("\"economic\"", PotentialType.class));
  }
}
