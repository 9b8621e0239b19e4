package io.potentia.scoring.analysis.uncertainty;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.json.StrictJsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads an {@link UncertaintyPlan} with the project's strict streaming parser ({@link
 * StrictJsonFactory}: duplicate keys, nesting and size limits) and the same rules as the project's
 * mapper (unknown fields, wrong types, a fraction for a whole number, trailing content and the
 * plan's own checks are rejected, each naming the file, line, column and path), without building
 * the mapper. Building it costs about 0.2 s of a cold start, and the uncertainty command is timed
 * as a whole process; {@code PlanReaderTest} checks that the two read every plan alike.
 */
final class PlanReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Fields that the mapper reads as absent when they are null, as it does every optional value and collection. */
  private static final Set<String> NULL_IS_ABSENT = Set.of("weights", "normalisations", "aggregations", "imputations",
      "values", "nodes", "percentiles", "parameters", "probability");
  private static final Set<String> PLAN = Set.of("replications", "seed", "weights", "normalisations", "aggregations",
      "imputations", "leaveOut", "values", "nodes", "percentiles", "topK");

  private final String source;
  private final JsonParser p;

  private PlanReader(String source, JsonParser parser) {
    this.source = source;
    this.p = parser;
  }

  static UncertaintyPlan read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  static UncertaintyPlan read(String source, InputStream in) {
    try (JsonParser parser = StrictJsonFactory.create().createParser(in)) {
      PlanReader reader = new PlanReader(source, parser);
      if (parser.nextToken() == null) {
        throw reader.problem("", "the document is empty");
      }
      UncertaintyPlan plan = reader.plan();
      if (parser.nextToken() != null) {
        throw reader.problem("", "unexpected content after the plan: " + parser.currentToken());
      }
      return plan;
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
      int column = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
      throw new InvalidInputException(List.of(new Problem(source, line, column, "", e.getOriginalMessage())), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  private UncertaintyPlan plan() throws IOException {
    UncertaintyPlan.Builder b = UncertaintyPlan.builder();
    fields("", PLAN, name -> {
      switch (name) {
        case "replications" -> b.replications(integer("replications"));
        case "seed" -> b.seed(whole("seed"));
        case "weights" -> b.weights(weights());
        case "normalisations" -> b.normalisations(choices("normalisations"));
        case "aggregations" -> b.aggregations(choices("aggregations"));
        case "imputations" -> b.imputations(choices("imputations"));
        case "leaveOut" -> b.leaveOut(integer("leaveOut"));
        case "values" -> b.values(values());
        case "nodes" -> b.nodes(texts("nodes"));
        case "percentiles" -> b.percentiles(numbers("percentiles"));
        default -> b.topK(integer("topK"));
      }
    });
    return built("", b::build);
  }

  private UncertaintyPlan.WeightRange weights() throws IOException {
    ImmutableWeightRange.Builder w = ImmutableWeightRange.builder();
    fields("weights", Set.of("low", "high"), field -> {
      if (field.equals("low")) {
        w.low(number("weights.low"));
      } else {
        w.high(number("weights.high"));
      }
    });
    return built("weights", w::build);
  }

  private List<UncertaintyPlan.Choice> choices(String path) throws IOException {
    expect(JsonToken.START_ARRAY, path, "an array");
    List<UncertaintyPlan.Choice> out = new java.util.ArrayList<>();
    int k = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String at = path + "[" + k++ + "]";
      ImmutableChoice.Builder c = ImmutableChoice.builder();
      fields(at, Set.of("name", "parameters", "probability"), field -> {
        switch (field) {
          case "name" -> c.name(text(at + ".name"));
          case "probability" -> c.probability(number(at + ".probability"));
          default -> {
            expect(JsonToken.START_OBJECT, at + ".parameters", "an object");
            Map<String, JsonNode> parameters = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String key = p.currentName();
              p.nextToken();
              parameters.put(key, node(at + ".parameters." + key));
            }
            c.parameters(parameters);
          }
        }
      });
      out.add(built(at, c::build));
    }
    return out;
  }

  private Map<String, UncertaintyPlan.ValueSpread> values() throws IOException {
    expect(JsonToken.START_OBJECT, "values", "an object");
    Map<String, UncertaintyPlan.ValueSpread> out = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String indicator = p.currentName();
      String at = "values." + indicator;
      p.nextToken();
      ImmutableValueSpread.Builder v = ImmutableValueSpread.builder();
      fields(at, Set.of("distribution", "spread", "relative"), field -> {
        switch (field) {
          case "distribution" -> v.distribution(distribution(at + ".distribution"));
          case "spread" -> v.spread(number(at + ".spread"));
          default -> {
            if (!p.currentToken().isBoolean()) {
              throw problem(at + ".relative", "expected true or false, found " + describe());
            }
            v.relative(p.getBooleanValue());
          }
        }
      });
      out.put(indicator, built(at, v::build));
    }
    return out;
  }

  private UncertaintyPlan.ValueSpread.Distribution distribution(String path) throws IOException {
    String name = text(path);
    return switch (name) {
      case "uniform" -> UncertaintyPlan.ValueSpread.Distribution.UNIFORM;
      case "normal" -> UncertaintyPlan.ValueSpread.Distribution.NORMAL;
      default -> throw problem(path, "unknown distribution '" + name + "'; known: normal, uniform");
    };
  }

  private List<String> texts(String path) throws IOException {
    expect(JsonToken.START_ARRAY, path, "an array");
    List<String> out = new java.util.ArrayList<>();
    int k = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      out.add(text(path + "[" + k++ + "]"));
    }
    return out;
  }

  private List<Double> numbers(String path) throws IOException {
    expect(JsonToken.START_ARRAY, path, "an array");
    List<Double> out = new java.util.ArrayList<>();
    int k = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      out.add(number(path + "[" + k++ + "]"));
    }
    return out;
  }

  /** Builds a value, turning a missing field or a failed check into a problem at the value's path. */
  private <T> T built(String path, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidInputException e) {
      throw new InvalidInputException(e.problems().stream()
          .map(x -> new Problem(source, x.line(), x.column(), x.path().isEmpty() || path.isEmpty() ? path + x.path()
              : path + "." + x.path(), x.message())).toList(), e);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw problem(path, e.getMessage());
    }
  }

  /** A field handler that reads the field's value, the parser on its first token. */
  private interface FieldReader {
    void read(String name) throws IOException;
  }

  /** Reads an object at the current token, passing each known field to the handler. */
  private void fields(String path, Set<String> known, FieldReader handler) throws IOException {
    expect(JsonToken.START_OBJECT, path, "an object");
    Set<String> seen = new HashSet<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      String at = path.isEmpty() ? name : path + "." + name;
      if (!known.contains(name)) {
        throw problem(at, "unknown field '" + name + "'; known: " + String.join(", ", new TreeSet<>(known)));
      }
      seen.add(name);
      if (p.nextToken() == JsonToken.VALUE_NULL && NULL_IS_ABSENT.contains(name)) {
        continue;
      }
      handler.read(name);
    }
  }

  /** A parameter's value as the mapper's tree would hold it. */
  private JsonNode node(String path) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case VALUE_NUMBER_INT:
        return switch (p.getNumberType()) {
          case INT -> NODES.numberNode(p.getIntValue());
          case LONG -> NODES.numberNode(p.getLongValue());
          default -> NODES.numberNode(p.getBigIntegerValue());
        };
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(p.getDoubleValue());
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
      case VALUE_NULL:
        return NODES.nullNode();
      case START_ARRAY: {
        ArrayNode array = NODES.arrayNode();
        int k = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          array.add(node(path + "[" + k++ + "]"));
        }
        return array;
      }
      case START_OBJECT: {
        ObjectNode object = NODES.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          p.nextToken();
          object.set(key, node(path + "." + key));
        }
        return object;
      }
      default:
        throw problem(path, "unexpected " + t);
    }
  }

  private double number(String path) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw problem(path, "expected a number, found " + describe());
    }
    return p.getDoubleValue();
  }

  private int integer(String path) throws IOException {
    long v = whole(path);
    if (v != (int) v) {
      throw problem(path, v + " is too large for a whole number of at most " + Integer.MAX_VALUE);
    }
    return (int) v;
  }

  private long whole(String path) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw problem(path, "expected a whole number, found " + describe());
    }
    if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw problem(path, p.getText() + " is too large for a whole number");
    }
    return p.getLongValue();
  }

  private String text(String path) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw problem(path, "expected a string, found " + describe());
    }
    return p.getText();
  }

  private void expect(JsonToken token, String path, String what) throws IOException {
    if (p.currentToken() != token) {
      throw problem(path, "expected " + what + ", found " + describe());
    }
  }

  private String describe() throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "the end of the file";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      default -> "'" + p.getText() + "'";
    };
  }

  private InvalidInputException problem(String path, String message) {
    var where = p.currentTokenLocation();
    return InvalidInputException.of(new Problem(source, Math.max(0, where.getLineNr()), Math.max(0, where.getColumnNr()),
        path, message));
  }
}
