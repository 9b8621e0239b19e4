package io.potentia.core.potential;

import com.fasterxml.jackson.annotation.JsonValue;
import io.potentia.core.InvalidInputException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What an indicator measures a part of: one of the five {@link PotentialType potentials}, a
 * {@link ForceComponent force component} or a {@link PostureElement posture element}. The doctrine
 * speaks of defence strength as potential, force and posture; this closed set is that vocabulary.
 *
 * <p>In JSON a dimension is its {@link #id()}, for example {@code "economic"} or {@code
 * "reserve-force"}.
 */
public sealed interface Dimension permits PotentialType, ForceComponent, PostureElement {

  /**
   * The stable identifier used in JSON and CSV, lower case with hyphens.
   *
   * @return the id, for example {@code "science-technology"}
   */
  @JsonValue
  default String id() {
    return Registry.text(this, "id");
  }

  /**
   * A short description of what the dimension covers.
   *
   * @return one or two sentences
   */
  default String description() {
    return Registry.text(this, "description");
  }

  /**
   * The family of the dimension: potential, force or posture.
   *
   * @return the family
   */
  Family family();

  /** The three families the doctrine names. */
  enum Family {
    /** A potential: a source of strength that can be mobilised. */
    POTENTIAL,
    /** A component of the armed forces and the forces that coordinate with them. */
    FORCE,
    /** An element of the posture: how strength is disposed and prepared. */
    POSTURE
  }

  /**
   * Every dimension: the five potentials, then the force components, then the posture elements.
   *
   * @return an unmodifiable list
   */
  static List<Dimension> all() {
    return Registry.ALL;
  }

  /**
   * The dimension with the given id.
   *
   * @param id for example {@code "militia-self-defence"}
   * @return the dimension
   * @throws InvalidInputException if no dimension has this id; the message lists the known ids
   */
  static Dimension fromId(String id) {
    Dimension found = Registry.BY_ID.get(id);
    if (found == null) {
      throw InvalidInputException.at(
          "", "unknown dimension '" + id + "'; known: " + String.join(", ", Registry.BY_ID.keySet()));
    }
    return found;
  }

  /**
   * Holds the lookup tables and the dimensions' ids and descriptions (from {@code
   * dimensions.properties}, one place for the text of all three families); an interface cannot
   * have private static fields.
   */
  final class Registry {
    private static final Properties TEXT = load();
    private static final List<Dimension> ALL;
    private static final Map<String, Dimension> BY_ID;

    static {
      List<Dimension> all = new ArrayList<>();
      Collections.addAll(all, PotentialType.values());
      Collections.addAll(all, ForceComponent.values());
      Collections.addAll(all, PostureElement.values());
      Map<String, Dimension> byId = new LinkedHashMap<>();
      for (Dimension d : all) {
        byId.put(d.id(), d);
      }
      ALL = List.copyOf(all);
      BY_ID = Collections.unmodifiableMap(byId);
    }

    private Registry() {}

    private static Properties load() {
      Properties p = new Properties();
      try (Reader in = new InputStreamReader(Dimension.class.getResourceAsStream("dimensions.properties"),
          StandardCharsets.UTF_8)) {
        p.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("dimensions.properties cannot be read from the library's jar", e);
      }
      return p;
    }

    static String text(Dimension d, String key) {
      String name = ((Enum<?>) d).name();
      String value = TEXT.getProperty(name + "." + key);
      if (value == null) {
        throw new IllegalStateException("dimensions.properties has no " + name + "." + key);
      }
      return value;
    }
  }
}
