package io.potentia.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.potentia.core.json.PotentiaJson;
import java.io.PrintWriter;

/** Prints values as indented JSON, numbers with full double precision. */
final class Json {
  private Json() {}

  static void print(PrintWriter out, Object value) {
    try {
      out.println(PotentiaJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
    out.flush();
  }
}
