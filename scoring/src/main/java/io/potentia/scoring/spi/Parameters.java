package io.potentia.scoring.spi;

import io.potentia.scoring.spi.Parameters;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.potentia.core.InvalidInputException;
import io.potentia.core.json.PotentiaJson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The parameters of one strategy, as given in a strategy spec or on the command line: names to JSON
 * values, read through typed getters whose errors name the strategy, the parameter and the bad
 * value. The getters remember what was read, so that {@link #rejectUnread()} can report a
 * misspelt parameter instead of ignoring it.
 */
public final class Parameters {
  private final String strategy;
  private final Map<String, JsonNode> values;
  private final Set<String> read = Collections.synchronizedSet(new LinkedHashSet<>());
  private volatile StrategyLookup lookup;

  private Parameters(String strategy, Map<String, JsonNode> values) {
    this.strategy = strategy;
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /**
   * Parameters of a strategy from JSON values.
   *
   * @param strategy the strategy name, for messages
   * @param values parameter name to JSON value
   * @return the parameters
   */
  public static Parameters of(String strategy, Map<String, JsonNode> values) {
    return new Parameters(strategy, values);
  }

  /**
   * No parameters.
   *
   * @param strategy the strategy name, for messages
   * @return empty parameters
   */
  public static Parameters none(String strategy) {
    return new Parameters(strategy, Map.of());
  }

  /**
   * Parameters from {@code KEY=VALUE} text, as the command line gives them; a value that parses as
   * JSON (a number, array, object, true, false) is taken as such, anything else as a string.
   *
   * @param strategy the strategy name, for messages
   * @param pairs texts of the form {@code KEY=VALUE}
   * @return the parameters
   * @throws InvalidInputException if a text has no {@code =}
   */
  public static Parameters parse(String strategy, List<String> pairs) {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw InvalidInputException.at("param", "parameter '" + pair + "' of '" + strategy + "' must be KEY=VALUE");
      }
      String text = pair.substring(eq + 1);
      JsonNode value;
      try {
        value = PotentiaJson.mapper().readTree(text);
        if (value == null || value.isMissingNode()) {
          value = JsonNodeFactory.instance.textNode(text);
        }
      } catch (Exception e) {
        value = JsonNodeFactory.instance.textNode(text);
      }
      values.put(pair.substring(0, eq), value);
    }
    return new Parameters(strategy, values);
  }

  /**
   * The strategy these parameters belong to.
   *
   * @return the strategy name
   */
  public String strategy() {
    return strategy;
  }

  /**
   * The raw values.
   *
   * @return name to JSON value
   */
  public Map<String, JsonNode> values() {
    return values;
  }

  /**
   * Whether a parameter is given.
   *
   * @param name the parameter
   * @return true if present
   */
  public boolean has(String name) {
    read.add(name);
    return values.containsKey(name);
  }

  /**
   * A finite number.
   *
   * @param name the parameter
   * @param fallback the value when absent
   * @return the number
   * @throws InvalidInputException if present but not a finite number
   */
  public double number(String name, double fallback) {
    return optionalNumber(name).orElse(fallback);
  }

  /**
   * A required finite number.
   *
   * @param name the parameter
   * @return the number
   * @throws InvalidInputException if absent or not a finite number
   */
  public double number(String name) {
    return optionalNumber(name).orElseThrow(() -> missing(name, "a number"));
  }

  /**
   * An optional finite number.
   *
   * @param name the parameter
   * @return the number, if given
   */
  public Optional<Double> optionalNumber(String name) {
    JsonNode v = get(name);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
      throw bad(name, v, "a finite number");
    }
    return Optional.of(v.doubleValue());
  }

  /**
   * A text.
   *
   * @param name the parameter
   * @param fallback the value when absent
   * @return the text
   */
  public String text(String name, String fallback) {
    JsonNode v = get(name);
    if (v == null) {
      return fallback;
    }
    if (!v.isTextual()) {
      throw bad(name, v, "a text");
    }
    return v.textValue();
  }

  /**
   * A boolean.
   *
   * @param name the parameter
   * @param fallback the value when absent
   * @return the boolean
   */
  public boolean flag(String name, boolean fallback) {
    JsonNode v = get(name);
    if (v == null) {
      return fallback;
    }
    if (!v.isBoolean()) {
      throw bad(name, v, "true or false");
    }
    return v.booleanValue();
  }

  /**
   * A list of finite numbers.
   *
   * @param name the parameter
   * @return the numbers, if given
   */
  public Optional<double[]> numbers(String name) {
    JsonNode v = get(name);
    if (v == null) {
      return Optional.empty();
    }
    return Optional.of(toArray(name, v));
  }

  /**
   * A matrix of finite numbers, given as a list of rows of equal length.
   *
   * @param name the parameter
   * @return the rows, if given
   */
  public Optional<double[][]> matrix(String name) {
    JsonNode v = get(name);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isArray() || v.isEmpty()) {
      throw bad(name, v, "a non-empty list of rows");
    }
    double[][] rows = new double[v.size()][];
    for (int i = 0; i < v.size(); i++) {
      rows[i] = toArray(name + "[" + i + "]", v.get(i));
      if (rows[i].length != rows[0].length) {
        throw bad(name, v, "rows of equal length (row 0 has " + rows[0].length + ", row " + i + " has " + rows[i].length + ")");
      }
    }
    return Optional.of(rows);
  }

  /**
   * A list of texts.
   *
   * @param name the parameter
   * @return the texts, if given
   */
  public Optional<List<String>> texts(String name) {
    JsonNode v = get(name);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isArray()) {
      throw bad(name, v, "a list of texts");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode e : v) {
      if (!e.isTextual()) {
        throw bad(name, v, "a list of texts");
      }
      out.add(e.textValue());
    }
    return Optional.of(out);
  }

  /**
   * Lets the strategies these parameters name be found among every registered one; the registry
   * that builds a strategy sets itself here before it calls the strategy's factory.
   *
   * @param registry the lookup
   * @return these parameters
   */
  public Parameters resolvingIn(StrategyLookup registry) {
    this.lookup = java.util.Objects.requireNonNull(registry, "registry");
    return this;
  }

  /**
   * A strategy named by a text parameter, found among every registered strategy of its kind (the
   * built-ins and a user's own), with its default parameters.
   *
   * @param name the parameter's name, for example {@code "normalisation"}
   * @param fallback the strategy's name when the parameter is absent
   * @param kind the kind of the named strategy
   * @param type the kind's interface
   * @param <T> the interface
   * @return the described strategy
   * @throws InvalidInputException if the parameter is not a text or names no strategy of that kind
   * @throws io.potentia.core.PotentiaException if these parameters were not given by a registry
   */
  public <T> Described<T> strategy(String name, String fallback, StrategyKind kind, Class<T> type) {
    String named = text(name, fallback);
    if (lookup == null) {
      throw new io.potentia.core.PotentiaException("'" + strategy + "' names a " + kind.id() + " strategy ('" + named
          + "'): build it through a registry (Strategies.registry()), which finds the strategies it names");
    }
    return lookup.find(kind, type, named);
  }

  /**
   * Rejects parameters that no getter asked for: a misspelt name is an error, not a silent default.
   *
   * @throws InvalidInputException naming the unknown parameters and the known ones
   */
  public void rejectUnread() {
    Set<String> unknown = new TreeSet<>(values.keySet());
    unknown.removeAll(read);
    if (!unknown.isEmpty()) {
      throw InvalidInputException.at("parameters", "unknown parameter" + (unknown.size() > 1 ? "s " : " ") + unknown
          + " for '" + strategy + "'; it reads " + (read.isEmpty() ? "no parameters" : new TreeSet<>(read)));
    }
  }

  private JsonNode get(String name) {
    read.add(name);
    JsonNode v = values.get(name);
    return v == null || v.isNull() ? null : v;
  }

  private double[] toArray(String name, JsonNode v) {
    if (!v.isArray()) {
      throw bad(name, v, "a list of numbers");
    }
    double[] out = new double[v.size()];
    for (int i = 0; i < out.length; i++) {
      JsonNode e = v.get(i);
      if (!e.isNumber() || !Double.isFinite(e.doubleValue())) {
        throw bad(name + "[" + i + "]", e, "a finite number");
      }
      out[i] = e.doubleValue();
    }
    return out;
  }

  private InvalidInputException bad(String name, JsonNode v, String expected) {
    return InvalidInputException.at("parameters." + name,
        "parameter '" + name + "' of '" + strategy + "' is " + v + "; it must be " + expected);
  }

  private InvalidInputException missing(String name, String expected) {
    return InvalidInputException.at("parameters." + name,
        "'" + strategy + "' needs parameter '" + name + "' (" + expected + ")");
  }

  @Override
  public String toString() {
    return strategy + values;
  }
}
