package io.potentia.core.internal;

import io.potentia.core.InvalidInputException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Lookup of closed vocabularies by their JSON id, and the id rules shared by all models. */
public final class Ids {
  /** Lower-case ids with digits, underscores and hyphens, in dot-separated segments. */
  public static final Pattern DOTTED_ID = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*");

  private Ids() {}

  /**
   * The constant whose id equals {@code given}.
   *
   * @throws InvalidInputException naming {@code what}, the bad value and the known ids
   */
  public static <E> E byId(E[] values, Function<E, String> id, String what, String given) {
    for (E value : values) {
      if (id.apply(value).equals(given)) {
        return value;
      }
    }
    String known = Arrays.stream(values).map(id).collect(Collectors.joining(", "));
    throw InvalidInputException.at("", "unknown " + what + " '" + given + "'; known: " + known);
  }

  /** Quotes a text for a message, showing null as null. */
  public static String quote(Object value) {
    return value == null ? "null" : "'" + value + "'";
  }
}
