package io.potentia.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.potentia.core.InvalidInputException;
import io.potentia.core.PotentiaException;
import io.potentia.core.Problem;
import io.potentia.core.potential.Dimension;
import java.io.IOException;
import io.potentia.core.internal.Utf8CheckingStream;
import io.potentia.core.internal.Utf8Position;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that configures Jackson for Potentia, and the readers and writers built on it.
 *
 * <p>The mapper is strict, because a silent default in a score is worse than an error: unknown
 * properties, duplicate keys, trailing tokens, {@code null} for a primitive, strings where numbers
 * belong and floats where integers belong are all rejected. No default typing is enabled. The
 * stream settings (duplicate keys, read constraints on nesting, number and string length and
 * document size, 16 MiB) are {@link StrictJsonFactory}'s.
 *
 * <p>Every failure is an {@link InvalidInputException} whose problems name the source, line,
 * column and JSON path (for example {@code framework.json:12:5: nodes[3].weight: ...}). The readers
 * list every binding problem of a document in one exception, in document order, each with the bad
 * value in the user's terms: a wrong type ({@code nodes[1].weight: expected a number, found the
 * string "abc"}), an unknown field ({@code nodes[4].colour: unknown field 'colour'; known: ...}),
 * a wrong value ({@code indicators[2].direction: unknown direction 'up'; known: ...}) and a model
 * check that fails. A model check that fails on a value holding one of these problems is not
 * listed, being most likely its consequence. Malformed JSON stops the read at the first fault,
 * which is listed after any problem found before it. At most 100 problems are listed, then how
 * many more there are.
 */
public final class PotentiaJson {
  private static final ObjectMapper MAPPER = build();

  /** The readers' mapper: a copy of {@link #MAPPER} that collects binding problems, built on first read. */
  private static final class Collecting {
    static final ObjectMapper MAPPER = BindingProblems.mapper(PotentiaJson.MAPPER);
  }

  private PotentiaJson() {}

  /**
   * The shared, configured mapper. It is thread-safe; do not reconfigure it. Like any Jackson
   * mapper, it stops at the first fault it meets; the readers of this class ({@link #read(Path,
   * Class)} and the others) reject exactly what it rejects, but list every binding problem.
   *
   * @return the mapper
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Reads a value from a JSON file.
   *
   * @param file the file
   * @param type the model type, for example {@code Framework.class}
   * @param <T> the model type
   * @return the value, validated
   * @throws InvalidInputException naming the file, position, JSON path and problem
   * @throws UncheckedIOException if the file cannot be read
   */
  public static <T> T read(Path file, Class<T> type) {
    try (InputStream in = new Utf8CheckingStream(Files.newInputStream(file))) {
      return read(file.toString(), in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // Jackson would read a key with a stray byte as if the byte were not there: the file is refused at the byte
      if (Utf8CheckingStream.notUtf8(e)) {
        throw InvalidInputException.of(Utf8Position.of(file.toString(), file));
      }
      throw e;
    }
  }

  /**
   * Reads a value from a JSON stream.
   *
   * @param source the name used in error messages, for example a file or resource name
   * @param in the stream; not closed
   * @param type the model type
   * @param <T> the model type
   * @return the value, validated
   * @throws InvalidInputException naming the source, position, JSON path and problem
   */
  public static <T> T read(String source, InputStream in, Class<T> type) {
    BindingProblems problems = new BindingProblems(source);
    T value;
    JsonParser parser = null;
    try {
      parser = Collecting.MAPPER.createParser(in);
      value = problems.reader(Collecting.MAPPER, type).readValue(parser);
    } catch (JsonProcessingException e) {
      // a read limit (number length, nesting) is raised without a position; the parser knows where it stopped
      throw problems.stoppedBy(e.getLocation() == null && parser != null ? located(e, parser) : e);
    } catch (IOException e) {
      if (problems.stopped(e)) {
        throw problems.exception();
      }
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
    return checked(source, problems, value);
  }

  /**
   * Reads a value from a JSON text.
   *
   * @param source the name used in error messages
   * @param json the text
   * @param type the model type
   * @param <T> the model type
   * @return the value, validated
   * @throws InvalidInputException naming the source, position, JSON path and problem
   */
  public static <T> T readString(String source, String json, Class<T> type) {
    try {
      return read(source, new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), type);
    } catch (UncheckedIOException e) {
      throw new IllegalStateException("reading a string cannot fail on I/O", e);
    }
  }

  private static JsonProcessingException located(JsonProcessingException e, JsonParser parser) {
    return new JsonParseException(parser, e.getOriginalMessage(), parser.currentLocation(), e);
  }

  private static <T> T checked(String source, BindingProblems problems, T value) {
    problems.throwIfAny();
    if (value == null) {
      throw InvalidInputException.of(Problem.inFile(source, 1, 1, "the document is empty or null"));
    }
    return value;
  }

  /**
   * Writes a value as indented JSON.
   *
   * @param value the model
   * @return the JSON text
   */
  public static String write(Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new PotentiaException("cannot write " + value.getClass().getSimpleName() + " as JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Writes a value as indented JSON to a file, through a temporary file and an atomic move, so that
   * a failure never leaves a half-written file.
   *
   * @param file the target
   * @param value the model
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Path file, Object value) {
    AtomicFiles.writeString(file, write(value) + "\n");
  }

  /**
   * Turns a Jackson failure into problems with source, position and JSON path. A validation
   * failure inside a model keeps its own problems, prefixed by where the model sits.
   *
   * @param source the file or named source
   * @param e the Jackson exception
   * @return the exception to throw
   */
  public static InvalidInputException translate(String source, JsonProcessingException e) {
    JsonLocation where = e.getLocation();
    int line = where == null ? 0 : Math.max(0, where.getLineNr());
    int column = where == null ? 0 : Math.max(0, where.getColumnNr());
    String path = e instanceof JsonMappingException m ? path(m.getPath()) : "";
    return new InvalidInputException(problems(source, line, column, path, e), e);
  }

  /** The problems of one Jackson failure at a known place: a model's own, or the failure's message. */
  static List<Problem> problems(String source, int line, int column, String path, JsonProcessingException e) {
    List<Problem> problems = new ArrayList<>();
    Throwable cause = e.getCause();
    if (cause instanceof InvalidInputException invalid) {
      for (Problem p : invalid.problems()) {
        Problem nested = p.under(path);
        problems.add(new Problem(source, line, column, nested.path(), nested.message()));
      }
    } else {
      String message = cause instanceof IllegalStateException || cause instanceof IllegalArgumentException
          ? missingFields(cause.getMessage())
          : e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m && m.getTargetType() != null
              ? BindingProblems.wrongType(m.getTargetType(), m.getOriginalMessage())
          // a JSON string where an array is wanted: Jackson looks for a constructor from a string, finds none
          : e instanceof com.fasterxml.jackson.databind.exc.InvalidDefinitionException d && d.getType() != null
              && d.getOriginalMessage() != null && d.getOriginalMessage().startsWith("Cannot construct instance")
              ? BindingProblems.wrongType(d.getType().getRawClass(), d.getOriginalMessage()) : e.getOriginalMessage();
      problems.add(new Problem(source, line, column, path, firstLine(message)));
    }
    return problems;
  }

  /** The words of a generated builder missing required attributes, which name its class. */
  private static final java.util.regex.Pattern MISSING = java.util.regex.Pattern.compile(
      "Cannot build \\w+, some of required attributes are not set \\[(.*)]");

  /** A generated builder's "Cannot build ClassScheme, ... not set [method]" as "missing the required field 'method'". */
  private static String missingFields(String message) {
    java.util.regex.Matcher m = message == null ? null : MISSING.matcher(message);
    if (m == null || !m.matches()) {
      return message;
    }
    List<String> names = java.util.Arrays.stream(m.group(1).split(",\\s*")).map(n -> "'" + n + "'").toList();
    return "missing the required field" + (names.size() == 1 ? " " : "s ") + String.join(", ", names);
  }

  /** Jackson's words for a read limit, which name its own classes and settings; said again in the user's. */
  private static final java.util.regex.Pattern READ_LIMIT = java.util.regex.Pattern.compile(
      "(Number value|String value|Document nesting depth|Document length) \\(?(?:length )?\\(?(\\d+)\\)? exceeds the"
          + " maximum allowed \\((\\d+).*");

  private static String firstLine(String message) {
    if (message == null) {
      return "malformed JSON";
    }
    if (message.startsWith("Trailing token")) { // FAIL_ON_TRAILING_TOKENS, in Jackson's words
      return "there is more after the end of the JSON document; a file holds one value";
    }
    java.util.regex.Matcher limit = READ_LIMIT.matcher(message);
    if (limit.matches()) {
      String what = switch (limit.group(1)) {
        case "Number value" -> "a number " + limit.group(2) + " characters long";
        case "String value" -> "a text " + limit.group(2) + " characters long";
        case "Document nesting depth" -> "values nested " + limit.group(2) + " deep";
        default -> "a document of " + limit.group(2) + " bytes";
      };
      return what + ": at most " + limit.group(3) + " are read";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : refs) {
      if (ref.getFieldName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.toString();
  }

  private static ObjectMapper build() {
    JsonMapper mapper = JsonMapper.builder(StrictJsonFactory.create())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .addModule(new Jdk8Module())
        .addModule(new SimpleModule("potentia").addDeserializer(Dimension.class, new DimensionDeserializer()))
        .build();
    mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    return mapper;
  }

  /** Reads a {@link Dimension} from its id, with an error that lists the known ids. */
  private static final class DimensionDeserializer extends JsonDeserializer<Dimension> {
    @Override
    public Dimension deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(com.fasterxml.jackson.core.JsonToken.VALUE_STRING)) {
        return (Dimension) ctxt.handleUnexpectedToken(Dimension.class, p);
      }
      try {
        return Dimension.fromId(p.getText());
      } catch (InvalidInputException e) {
        throw JsonMappingException.from(p, e.problems().get(0).message());
      }
    }
  }
}
