package io.potentia.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;

/**
 * What the JSON readers share when they report a bad value and read on past it: the value as the
 * user wrote it, and how to skip the rest of it. Used by the data-binding readers ({@code
 * PotentiaJson}) and the streaming plan reader alike, so that both say the same thing.
 */
public final class JsonValues {
  /** The longest bad value quoted in a message, in characters. */
  private static final int QUOTED = 60;

  private JsonValues() {}

  /**
   * The parser's current token as the user wrote it: {@code the string "abc"}, {@code the number
   * 2.5}, {@code true}, {@code null}, {@code an object}, {@code an array}; long values are cut.
   *
   * @param p the parser
   * @return the description
   * @throws IOException if the parser cannot give the token's text
   */
  public static String describe(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "the end of the file";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "the string \"" + new String(JsonStringEncoder.getInstance().quoteAsString(cut(p.getText())))
          + "\"";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + cut(p.getText());
      case VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> t.asString();
      default -> "'" + cut(p.getText()) + "'";
    };
  }

  private static String cut(String text) {
    return text.length() <= QUOTED ? text : text.substring(0, QUOTED) + "...";
  }

  /**
   * The nesting depth of the context that holds the value starting at the parser's current token
   * (its first token, or a field name inside it when the object's start was read already).
   *
   * @param p the parser, on the value's first token
   * @return the depth to give {@link #skipRest(JsonParser, int)}
   */
  public static int outerDepth(JsonParser p) {
    JsonToken t = p.currentToken();
    int depth = p.getParsingContext().getNestingDepth();
    // on a START token or a field name the context is the value's own; on a scalar it holds the value
    return t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY || t == JsonToken.FIELD_NAME ? depth - 1 : depth;
  }

  /**
   * Moves the parser, wherever a fault left it inside a value, to the value's last token, as a
   * reader that had read the value would leave it.
   *
   * @param p the parser
   * @param outer the value's {@link #outerDepth(JsonParser)}, taken on its first token
   * @throws IOException if the rest of the value is malformed
   */
  public static void skipRest(JsonParser p, int outer) throws IOException {
    while (true) {
      JsonToken t = p.currentToken();
      if (t == null) {
        return;
      }
      if (t.isStructStart()) {
        p.skipChildren();
      } else if (p.getParsingContext().getNestingDepth() <= outer) {
        return;
      } else {
        p.nextToken();
      }
    }
  }

  /**
   * Whether {@code path} is the JSON path {@code outer} or inside it ({@code nodes[2].weight} is
   * inside {@code nodes[2]} and inside the document's root, the empty path).
   *
   * @param path a path
   * @param outer an enclosing path
   * @return true when it is
   */
  public static boolean within(String path, String outer) {
    return outer.isEmpty() || path.equals(outer) || path.startsWith(outer + ".") || path.startsWith(outer + "[");
  }
}
