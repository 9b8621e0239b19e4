package io.potentia.core.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.CreatorProperty;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.ArrayType;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapType;
import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.internal.JsonValues;
import io.potentia.core.potential.Dimension;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * The binding problems of one read of {@link PotentiaJson}, collected so that a file with several
 * wrong values, wrong types and unknown fields reports all of them in one {@link
 * InvalidInputException}, in document order, not only the first.
 *
 * <p>Jackson stops at the first fault, and its problem-handler hooks do not see the faults that
 * the strict coercion settings raise (a string where a number belongs fails in the coercion check,
 * before any handler is asked). So the collecting mapper ({@link #mapper(ObjectMapper)}, a copy of
 * the strict one; the shared mapper is left as it is) wraps every deserializer that Jackson's bean
 * factory makes (of beans, records, scalars, collections, arrays and maps) and every settable bean
 * property (for the values whose deserializers it does not make, such as enums with a creator): a
 * fault inside is recorded with its line, column, JSON path and bad value, the parser is moved to
 * the value's end, and binding goes on with the value null or the property unset. An unknown field
 * is recorded and skipped by the {@link DeserializationProblemHandler} hook. The strictness itself
 * is untouched: every value that the shared mapper rejects is still rejected.
 *
 * <p>A placeholder can break the checks of the model around it (a node whose weight was wrong is
 * missing its weight; a framework with a null node fails its own check), so a failure of a value
 * that holds a placeholder is not reported: it is most likely a consequence, and the real problem
 * is listed. A failure of a value without one (a node's own check, while another node had a type
 * fault) is listed too. Malformed JSON, a stream limit or an I/O error still stops the read at once.
 *
 * <p>At most {@value #LISTED} problems are listed, then a note of how many more there are; after
 * {@value #COUNTED} the read stops, so that a hostile file costs little.
 */
final class BindingProblems extends DeserializationProblemHandler {
  /** The most problems listed in one exception. */
  static final int LISTED = 100;
  /** The most problems counted before the read stops. */
  static final int COUNTED = 10_000;
  /** The context attribute under which a read's collector is found. */
  private static final Object KEY = BindingProblems.class;

  private final String source;
  private final List<Problem> listed = new ArrayList<>();
  private int count;
  /** The path of the last value bound with a placeholder, or null. */
  private String lastPlaceholder;
  private JsonProcessingException firstCause;
  /** The line where the read stopped after {@value #COUNTED} problems, or -1 while it goes on. */
  private int stoppedAt = -1;

  /**
   * A collector for one read.
   *
   * @param source the file or named source, for messages
   */
  BindingProblems(String source) {
    this.source = source;
  }

  /**
   * A copy of the strict mapper whose readers can collect problems; the original is unchanged.
   *
   * @param strict the shared mapper
   * @return the collecting mapper
   */
  static ObjectMapper mapper(ObjectMapper strict) {
    ObjectMapper copy = strict.copy();
    copy.registerModule(new SimpleModule("potentia-binding-problems").setDeserializerModifier(new Recovering()));
    return copy;
  }

  /**
   * A reader of the collecting mapper that records this read's problems here.
   *
   * @param mapper the collecting mapper
   * @param type the model type
   * @return the reader
   */
  ObjectReader reader(ObjectMapper mapper, Class<?> type) {
    return mapper.readerFor(type).withHandler(this).withAttribute(KEY, this);
  }

  /**
   * The exception to throw when the read stopped with {@code e}: the translated fault alone when
   * nothing was recorded before it (as without collecting), else every recorded problem followed
   * by the fault.
   *
   * @param e what stopped the read
   * @return the exception
   */
  InvalidInputException stoppedBy(JsonProcessingException e) {
    if (stop(e) != null) {
      return exception();
    }
    if (listed.isEmpty()) {
      return PotentiaJson.translate(source, e);
    }
    for (Problem p : PotentiaJson.translate(source, e).problems()) {
      add(p);
    }
    return exception();
  }

  /**
   * Whether {@code e} is the stop this collector raised after {@value #COUNTED} problems.
   *
   * @param e an exception out of the read
   * @return true when it is
   */
  boolean stopped(IOException e) {
    return e instanceof Stop;
  }

  /**
   * Throws every recorded problem in one exception, if any was recorded.
   *
   * @throws InvalidInputException with every problem, in document order
   */
  void throwIfAny() {
    if (count > 0) {
      throw exception();
    }
  }

  /**
   * Every recorded problem in one exception: the first {@value #LISTED}, then how many more.
   *
   * @return the exception
   */
  InvalidInputException exception() {
    List<Problem> out = new ArrayList<>(listed);
    if (count > listed.size()) {
      int more = count - listed.size();
      String note = "... and " + more + " more problem" + (more == 1 ? "" : "s");
      if (stoppedAt >= 0) {
        note += "; reading stopped at line " + stoppedAt + " after " + COUNTED + " problems";
      }
      out.add(new Problem(source, 0, 0, "", note));
    }
    return new InvalidInputException(out, firstCause);
  }

  @Override
  public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
      Object beanOrClass, String propertyName) throws IOException {
    if (ctxt.getAttribute(KEY) != this) {
      return false;
    }
    Collection<Object> known = deserializer == null ? null : deserializer.getKnownPropertyNames();
    String message = "unknown field '" + propertyName + "'";
    if (known != null && !known.isEmpty()) {
      TreeSet<String> names = new TreeSet<>();
      known.forEach(k -> names.add(String.valueOf(k)));
      message += "; known: " + String.join(", ", names);
    }
    JsonLocation where = p.currentTokenLocation();
    add(new Problem(source, line(where), column(where), path(p), message));
    stopIfTooMany(where);
    p.skipChildren();
    return true;
  }

  /**
   * Records a fault met while binding a value and moves the parser to the value's last token, so
   * that binding can go on; rethrows a fault after which it cannot.
   *
   * @param p the parser, where the fault left it
   * @param e the fault
   * @param outer the nesting depth of the context that holds the value
   * @throws IOException {@code e} itself when it is malformed JSON, a stream limit or an I/O error
   */
  private void recover(JsonParser p, JsonProcessingException e, int outer) throws IOException {
    if (fatal(e)) {
      throw e;
    }
    String valuePath = path(ancestor(p.getParsingContext(), outer));
    if (lastPlaceholder == null || !JsonValues.within(lastPlaceholder, valuePath)) {
      if (firstCause == null) {
        firstCause = e;
      }
      JsonLocation where = e.getLocation() != null ? e.getLocation() : p.currentTokenLocation();
      String path = path(p);
      String wrongType = wrongType(p, e);
      if (wrongType != null) {
        add(new Problem(source, line(where), column(where), path, wrongType));
      } else {
        PotentiaJson.problems(source, line(where), column(where), path, e).forEach(this::add);
      }
      stopIfTooMany(where);
    }
    lastPlaceholder = valuePath;
    JsonValues.skipRest(p, outer);
  }

  private void add(Problem problem) {
    count++;
    if (listed.size() < LISTED) {
      listed.add(problem);
    }
  }

  private void stopIfTooMany(JsonLocation where) throws Stop {
    if (count >= COUNTED) {
      stoppedAt = line(where);
      throw new Stop();
    }
  }

  /** A value of the wrong type, in the user's terms ("expected a number, found the string "x""); else null. */
  private static String wrongType(JsonParser p, JsonProcessingException e) throws IOException {
    if (e instanceof InputCoercionException c && p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      Class<?> type = c.getTargetType();
      String range = type == int.class || type == Integer.class ? Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
          : type == long.class || type == Long.class ? Long.MIN_VALUE + " to " + Long.MAX_VALUE : null;
      return range == null ? null : "expected a whole number from " + range + ", found " + JsonValues.describe(p);
    }
    if (!(e instanceof MismatchedInputException m) || m.getTargetType() == null) {
      return null;
    }
    JsonToken t = p.currentToken();
    if (t == null || !(t.isScalarValue() || t.isStructStart())) {
      return null;
    }
    return "expected " + kind(m.getTargetType()) + ", found " + JsonValues.describe(p);
  }

  /** Jackson's words for what it found where it could not bind: "from String value ('abc')", "from Array value". */
  private static final java.util.regex.Pattern FOUND = java.util.regex.Pattern.compile(
      "from (String|Array|Object|Integer|Floating-point|Boolean|Null) value(?: \\(token `[^`]*`\\))?(?: \\('(.*?)'\\))?",
      java.util.regex.Pattern.DOTALL);

  /**
   * A value of the wrong type, in the user's terms, from the failure alone (once the parser has moved
   * on): "expected an array, found the string "abc"" for Jackson's "Cannot construct instance of
   * `double[][]`: no String-argument constructor ... from String value ('abc')".
   */
  static String wrongType(Class<?> target, String message) {
    String expected = "expected " + kind(target);
    java.util.regex.Matcher found = FOUND.matcher(String.valueOf(message));
    if (!found.find()) {
      return expected;
    }
    String value = found.group(2);
    return expected + ", found " + switch (found.group(1)) {
      case "String" -> value == null ? "a string" : "the string \"" + value + "\"";
      case "Array" -> "an array";
      case "Object" -> "an object";
      case "Boolean" -> value == null ? "true or false" : value;
      case "Null" -> "null";
      default -> value == null ? "a number" : "the number " + value;
    };
  }

  /** What a value of a type looks like in JSON. */
  private static String kind(Class<?> type) {
    if (type == double.class || type == float.class || type == Double.class || type == Float.class
        || type == java.math.BigDecimal.class || type == Number.class || type == OptionalDouble.class) {
      return "a number";
    }
    if (type == int.class || type == long.class || type == short.class || type == byte.class || type == Integer.class
        || type == Long.class || type == Short.class || type == Byte.class || type == java.math.BigInteger.class
        || type == OptionalInt.class || type == OptionalLong.class) {
      return "a whole number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class || type.isEnum()
        || Dimension.class.isAssignableFrom(type)) {
      return "a string";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object";
  }

  /** Whether binding cannot go on after {@code e}: malformed JSON, a stream limit, an I/O error. */
  private static boolean fatal(Throwable e) {
    for (Throwable x = e; x != null; x = x.getCause() == x ? null : x.getCause()) {
      if (x instanceof InputCoercionException) {
        return false; // a well-formed number out of the target's range: a wrong value
      }
      if (x instanceof StreamReadException || x instanceof StreamConstraintsException
          || x instanceof IOException && !(x instanceof JacksonException)) {
        return true;
      }
    }
    return false;
  }

  private static JsonStreamContext ancestor(JsonStreamContext context, int depth) {
    JsonStreamContext c = context;
    while (c != null && c.getNestingDepth() > depth) {
      c = c.getParent();
    }
    return c;
  }

  /** The JSON path of the parser's current value, for example {@code nodes[1].weight}. */
  static String path(JsonParser p) {
    JsonStreamContext c = p.getParsingContext();
    if (p.currentToken() != null && p.currentToken().isStructStart() && c != null) {
      c = c.getParent(); // a START token opens the value's own context
    }
    return path(c);
  }

  private static String path(JsonStreamContext context) {
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray() && c.getCurrentIndex() >= 0) {
        parts.add("[" + c.getCurrentIndex() + "]");
      } else if (c.inObject() && c.getCurrentName() != null) {
        parts.add(c.getCurrentName());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = parts.size() - 1; i >= 0; i--) {
      String part = parts.get(i);
      if (out.length() > 0 && !part.startsWith("[")) {
        out.append('.');
      }
      out.append(part);
    }
    return out.toString();
  }

  private static int line(JsonLocation where) {
    return where == null ? 0 : Math.max(0, where.getLineNr());
  }

  private static int column(JsonLocation where) {
    return where == null ? 0 : Math.max(0, where.getColumnNr());
  }

  private static BindingProblems of(DeserializationContext ctxt) {
    return ctxt.getAttribute(KEY) instanceof BindingProblems problems ? problems : null;
  }

  /** Raised after {@value #COUNTED} problems to end the read; not a Jackson exception, so never wrapped as one. */
  private static final class Stop extends IOException {
    Stop() {
      super("too many problems", null);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  private static Stop stop(Throwable e) {
    for (Throwable x = e; x != null; x = x.getCause() == x ? null : x.getCause()) {
      if (x instanceof Stop s) {
        return s;
      }
    }
    return null;
  }

  /** Wraps each bean property and each bean, collection, array and map value in a recovering one. */
  private static final class Recovering extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription beanDesc,
        BeanDeserializerBuilder builder) {
      List<SettableBeanProperty> properties = new ArrayList<>();
      for (Iterator<SettableBeanProperty> it = builder.getProperties(); it.hasNext(); ) {
        properties.add(it.next());
      }
      for (SettableBeanProperty property : properties) {
        // a creator's parameters are bound by the creator, not set: their faults end the value
        if (!(property instanceof CreatorProperty)) {
          builder.addOrReplaceProperty(new RecoveringProperty(property), true);
        }
      }
      return builder;
    }

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
        JsonDeserializer<?> deserializer) {
      return new RecoveringValue(deserializer);
    }

    @Override
    public JsonDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType valueType,
        BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
      return new RecoveringValue(deserializer);
    }

    @Override
    public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
        BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
      return new RecoveringValue(deserializer);
    }

    @Override
    public JsonDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type,
        BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
      return new RecoveringValue(deserializer);
    }
  }

  /** A value that, on a fault inside, records it and binds as null. */
  private static final class RecoveringValue extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    RecoveringValue(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new RecoveringValue(delegate);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      BindingProblems problems = of(ctxt);
      if (problems == null) {
        return super.deserialize(p, ctxt);
      }
      int outer = JsonValues.outerDepth(p);
      try {
        return super.deserialize(p, ctxt);
      } catch (JsonProcessingException e) {
        problems.recover(p, e, outer);
        return null;
      }
    }
  }

  /** A property that, on a fault in its value, records it and leaves the property unset. */
  private static final class RecoveringProperty extends SettableBeanProperty.Delegating {
    private static final long serialVersionUID = 1L;

    RecoveringProperty(SettableBeanProperty delegate) {
      super(delegate);
    }

    @Override
    protected SettableBeanProperty withDelegate(SettableBeanProperty delegate) {
      return new RecoveringProperty(delegate);
    }

    @Override
    public void deserializeAndSet(JsonParser p, DeserializationContext ctxt, Object instance) throws IOException {
      BindingProblems problems = of(ctxt);
      if (problems == null) {
        delegate.deserializeAndSet(p, ctxt, instance);
        return;
      }
      int outer = JsonValues.outerDepth(p);
      try {
        delegate.deserializeAndSet(p, ctxt, instance);
      } catch (JsonProcessingException e) {
        problems.recover(p, e, outer);
      }
    }

    @Override
    public Object deserializeSetAndReturn(JsonParser p, DeserializationContext ctxt, Object instance)
        throws IOException {
      BindingProblems problems = of(ctxt);
      if (problems == null) {
        return delegate.deserializeSetAndReturn(p, ctxt, instance);
      }
      int outer = JsonValues.outerDepth(p);
      try {
        return delegate.deserializeSetAndReturn(p, ctxt, instance);
      } catch (JsonProcessingException e) {
        problems.recover(p, e, outer);
        return instance;
      }
    }
  }
}
