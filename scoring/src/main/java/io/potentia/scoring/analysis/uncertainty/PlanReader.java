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
import io.potentia.core.internal.JsonValues;
import io.potentia.core.json.StrictJsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 *
 * <p>Like the mapper's readers it lists every problem of a plan in one error: a field, element or
 * entry whose value is wrong is recorded and skipped, and reading goes on. A check of a value that
 * holds a skipped one is not listed, being most likely its consequence. Malformed JSON stops the
 * read at its first fault, listed after the problems found before it; at most {@value
 * #MAX_PROBLEMS} problems are listed.
 */
final class PlanReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Fields that the mapper reads as absent when they are null, as it does every optional value and collection. */
  private static final Set<String> NULL_IS_ABSENT = Set.of("weights", "normalisations", "aggregations", "imputations",
      "values", "nodes", "percentiles", "parameters", "probability");
  private static final Set<String> PLAN = Set.of("replications", "seed", "weights", "normalisations", "aggregations",
      "imputations", "leaveOut", "values", "nodes", "percentiles", "topK");

  /** The most problems listed; reading stops at the next one. */
  static final int MAX_PROBLEMS = 100;

  private final String source;
  private final JsonParser p;
  private final List<Problem> found = new ArrayList<>();
  /** The path of the last value skipped for a problem, or null. */
  private String lastSkipped;

  private PlanReader(String source, JsonParser parser) {
    this.source = source;
    this.p = parser;
  }

  static UncertaintyPlan read(Path file) {
    try (InputStream in = new io.potentia.core.internal.Utf8CheckingStream(Files.newInputStream(file))) {
      return read(file.toString(), in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      if (io.potentia.core.internal.Utf8CheckingStream.notUtf8(e)) {
        throw InvalidInputException.of(io.potentia.core.internal.Utf8Position.of(file.toString(), file));
      }
      throw e;
    }
  }

  static UncertaintyPlan read(String source, InputStream in) {
    PlanReader reader = null;
    try (JsonParser parser = StrictJsonFactory.create().createParser(in)) {
      reader = new PlanReader(source, parser);
      if (parser.nextToken() == null) {
        throw reader.problem("", "the document is empty");
      }
      UncertaintyPlan plan;
      try {
        plan = reader.plan();
      } catch (InvalidInputException e) {
        throw reader.withFound(e, reader.consequence(e));
      }
      if (parser.nextToken() != null) {
        InvalidInputException trailing = reader.problem("", "unexpected content after the plan: " + parser.currentToken());
        throw reader.withFound(trailing, false);
      }
      reader.throwIfAny();
      return plan;
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
      int column = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
      InvalidInputException stop = new InvalidInputException(List.of(new Problem(source, line, column, "",
          e.getOriginalMessage())), e);
      throw reader == null ? stop : reader.withFound(stop, false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  /** Every problem found before {@code last}, then {@code last}'s own unless it is left out as a consequence. */
  private InvalidInputException withFound(InvalidInputException last, boolean leaveOut) {
    if (found.isEmpty()) {
      return last;
    }
    List<Problem> all = new ArrayList<>(found);
    if (!leaveOut) {
      all.addAll(last.problems());
    }
    return new InvalidInputException(all.subList(0, Math.min(all.size(), MAX_PROBLEMS)), last);
  }

  private void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidInputException(found);
    }
  }

  /** Whether every problem of {@code e} lies in a value that holds one skipped before. */
  private boolean consequence(InvalidInputException e) {
    return lastSkipped != null && e.problems().stream().allMatch(x -> JsonValues.within(lastSkipped, x.path()));
  }

  /** A reader of one value, the parser on its first token. */
  private interface ValueReader {
    void read() throws IOException;
  }

  /**
   * Reads one value at {@code path}; when it is wrong, records why (unless a value skipped inside
   * it caused it), moves past the rest of it and goes on.
   */
  private void guarded(String path, ValueReader reader) throws IOException {
    int outer = JsonValues.outerDepth(p);
    try {
      reader.read();
    } catch (InvalidInputException e) {
      if (!consequence(e)) {
        add(e);
      }
      lastSkipped = path;
      JsonValues.skipRest(p, outer);
    }
  }

  /** Records a problem; past {@value #MAX_PROBLEMS}, stops reading with every one found. */
  private void add(InvalidInputException e) {
    if (found.size() + e.problems().size() > MAX_PROBLEMS) {
      throw withFound(e, false);
    }
    found.addAll(e.problems());
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
    List<UncertaintyPlan.Choice> out = new ArrayList<>();
    int k = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String at = path + "[" + k++ + "]";
      guarded(at, () -> {
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
      });
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
      guarded(at, () -> {
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
      });
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
    List<String> out = new ArrayList<>();
    int k = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String at = path + "[" + k++ + "]";
      guarded(at, () -> out.add(text(at)));
    }
    return out;
  }

  private List<Double> numbers(String path) throws IOException {
    expect(JsonToken.START_ARRAY, path, "an array");
    List<Double> out = new ArrayList<>();
    int k = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String at = path + "[" + k++ + "]";
      guarded(at, () -> out.add(number(at)));
    }
    return out;
  }

  /** Builds a value, turning a missing field or a failed check into a problem at the value's path. */
  private <T> T built(String path, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidInputException e) {
      // a check knows no position: it is the value's end, where the mapper reports it too
      var end = p.currentTokenLocation();
      throw new InvalidInputException(e.problems().stream()
          .map(x -> new Problem(source, x.line() > 0 ? x.line() : Math.max(0, end.getLineNr()),
              x.line() > 0 ? x.column() : Math.max(0, end.getColumnNr()),
              x.path().isEmpty() || path.isEmpty() ? path + x.path() : path + "." + x.path(), x.message())).toList(), e);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw problem(path, e.getMessage());
    }
  }

  /** A field handler that reads the field's value, the parser on its first token. */
  private interface FieldReader {
    void read(String name) throws IOException;
  }

  /**
   * Reads an object at the current token, passing each known field to the handler; an unknown
   * field, or a field whose value is wrong, is recorded and skipped.
   */
  private void fields(String path, Set<String> known, FieldReader handler) throws IOException {
    expect(JsonToken.START_OBJECT, path, "an object");
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      String at = path.isEmpty() ? name : path + "." + name;
      p.nextToken();
      if (!known.contains(name)) {
        // recorded, but no value is missing for it: the plan is read as if the field were not there
        add(problem(at, "unknown field '" + name + "'; known: " + String.join(", ", new TreeSet<>(known))));
        p.skipChildren();
      } else if (p.currentToken() != JsonToken.VALUE_NULL || !NULL_IS_ABSENT.contains(name)) {
        guarded(at, () -> handler.read(name));
      }
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
    return JsonValues.describe(p);
  }

  private InvalidInputException problem(String path, String message) {
    var where = p.currentTokenLocation();
    return InvalidInputException.of(new Problem(source, Math.max(0, where.getLineNr()), Math.max(0, where.getColumnNr()),
        path, message));
  }
}
