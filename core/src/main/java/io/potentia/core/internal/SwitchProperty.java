package io.potentia.core.internal;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import java.util.Locale;

/**
 * A system property that switches something on or off: {@code true} or {@code false}, in any case,
 * and off when it is not set. Anything else is refused by name rather than read as off, so that a
 * {@code -Dname=yes} cannot be silently ignored.
 */
public final class SwitchProperty {
  private SwitchProperty() {}

  /**
   * The switch's value.
   *
   * @param name the property
   * @param value its value, null when it is not set
   * @param advice what to set instead, said after the refusal
   * @return true for {@code true}, false for {@code false} or null
   * @throws InvalidInputException for any other value, said of the system properties ({@code system
   *     property: NAME: 'yes' is neither true nor false; ADVICE}), so that a caller naming the file
   *     it read cannot take the property for its own
   */
  public static boolean parse(String name, String value, String advice) {
    if (value == null) {
      return false;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw InvalidInputException.of(Problem.at(name, "'" + value + "' is neither true nor false; " + advice))
          .withSource("system property");
    };
  }
}
