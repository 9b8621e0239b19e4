package io.potentia.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A switch is on for true, off for false or nothing, in any case, and refuses anything else by name. */
class SwitchPropertyTest {
  @Test
  void trueAndFalseInAnyCaseAndNothingAreReadAndAnythingElseIsRefusedByName() {
    assertFalse(SwitchProperty.parse("p.q", null, "advice"));
    assertTrue(SwitchProperty.parse("p.q", "true", "advice"));
    assertTrue(SwitchProperty.parse("p.q", "True", "advice"));
    assertFalse(SwitchProperty.parse("p.q", "FALSE", "advice"));
    for (String bad : new String[] {"", "1", "yes", " true"}) {
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> SwitchProperty.parse("p.q", bad, "set it so"));
      assertEquals("system property: p.q: '" + bad + "' is neither true nor false; set it so", e.getMessage(), bad);
    }
  }
}
