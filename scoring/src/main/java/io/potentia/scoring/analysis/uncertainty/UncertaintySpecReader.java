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
import io.potentia.scoring.spec.StepSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an {@link UncertaintySpec} with the streaming parser, as strictly as the data-binding
 * mapper would (unknown and duplicate keys, wrong types, missing fields and trailing content are
 * rejected, each with file, line, column and path), but without building a mapper: the
 * uncertainty command is timed as a whole process, and the mapper alone costs a third of a
 * second of a cold start.
 */
final class UncertaintySpecReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String source;
  private final JsonParser p;

  private UncertaintySpecReader(String source, JsonParser parser) {
    this.source = source;
    this.p = parser;
  }

  static UncertaintySpec read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  static UncertaintySpec read(String source, InputStream in) {
    try (JsonParser parser = StrictJsonFactory.create().createParser(in)) {
      UncertaintySpecReader reader = new UncertaintySpecReader(source, parser);
      if (parser.nextToken() == null) {
        throw reader.problem("", "the document is empty");
      }
      UncertaintySpec spec = reader.spec();
      if (parser.nextToken() != null) {
        throw reader.problem("", "unexpected content after the spec: " + parser.currentToken());
      }
      return spec;
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
      int column = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
      throw new InvalidInputException(List.of(new Problem(source, line, column, "", e.getOriginalMessage())), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  private UncertaintySpec spec() throws IOException {
    ImmutableUncertaintySpec.Builder b = ImmutableUncertaintySpec.builder();
    Set<String> seen = fields("", Set.of("normalisation", "weights", "aggregations", "percentiles", "topK"), name -> {
      switch (name) {
        case "normalisation" -> b.normalisation(step("normalisation"));
        case "weights" -> b.weights(weights());
        case "aggregations" -> aggregations(b);
        case "percentiles" -> percentiles(b);
        default -> b.topK(integer("topK"));
      }
    });
    for (String required : List.of("normalisation", "weights", "aggregations")) {
      if (!seen.contains(required)) {
        throw problem(required, "the spec has no '" + required + "'");
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw problem("", e.getMessage());
    }
  }

  private StepSpec step(String path) throws IOException {
    String[] name = new String[1];
    Map<String, JsonNode> parameters = new LinkedHashMap<>();
    Set<String> seen = fields(path, Set.of("name", "parameters"), field -> {
      if (field.equals("name")) {
        name[0] = text(path + ".name");
      } else {
        expect(JsonToken.START_OBJECT, path + ".parameters", "an object");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          p.nextToken();
          parameters.put(key, node(path + ".parameters." + key));
        }
      }
    });
    if (!seen.contains("name")) {
      throw problem(path, "the step has no 'name'");
    }
    return StepSpec.of(name[0], parameters);
  }

  private UncertaintySpec.WeightRange weights() throws IOException {
    ImmutableWeightRange.Builder w = ImmutableWeightRange.builder();
    Set<String> seen = fields("weights", Set.of("low", "high"), field -> {
      if (field.equals("low")) {
        w.low(number("weights.low"));
      } else {
        w.high(number("weights.high"));
      }
    });
    if (seen.size() < 2) {
      throw problem("weights", "the weights need both 'low' and 'high'");
    }
    return w.build();
  }

  private void aggregations(ImmutableUncertaintySpec.Builder b) throws IOException {
    expect(JsonToken.START_ARRAY, "aggregations", "an array");
    int k = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String path = "aggregations[" + k++ + "]";
      ImmutableAggregationChoice.Builder a = ImmutableAggregationChoice.builder();
      Set<String> seen = fields(path, Set.of("name", "probability"), field -> {
        if (field.equals("name")) {
          a.name(text(path + ".name"));
        } else {
          a.probability(number(path + ".probability"));
        }
      });
      if (seen.size() < 2) {
        throw problem(path, "an aggregation needs both 'name' and 'probability'");
      }
      b.addAggregations(a.build());
    }
  }

  private void percentiles(ImmutableUncertaintySpec.Builder b) throws IOException {
    expect(JsonToken.START_ARRAY, "percentiles", "an array");
    int k = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      b.addPercentiles(number("percentiles[" + k++ + "]"));
    }
  }

  /** A field handler that reads the field's value, the parser on its first token. */
  private interface FieldReader {
    void read(String name) throws IOException;
  }

  /** Reads an object at the current token, passing each known field to the handler; returns the fields seen. */
  private Set<String> fields(String path, Set<String> known, FieldReader handler) throws IOException {
    expect(JsonToken.START_OBJECT, path, "an object");
    Set<String> seen = new java.util.HashSet<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      String at = path.isEmpty() ? name : path + "." + name;
      if (!known.contains(name)) {
        throw problem(at, "unknown field '" + name + "'; known: " + String.join(", ", new java.util.TreeSet<>(known)));
      }
      seen.add(name);
      p.nextToken();
      handler.read(name);
    }
    return seen;
  }

  private JsonNode node(String path) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case VALUE_NUMBER_INT:
        // the node types the mapper makes: int, long or big integer, by the literal's size
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
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw problem(path, "expected a whole number, found " + describe());
    }
    return p.getIntValue();
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
