package io.potentia.core;

import java.util.Objects;

/**
 * One thing wrong with an input: where it is and what is wrong.
 *
 * <p>Where is the file (or another named source), the 1-based line and column when known, and a
 * path inside the document (a JSON path such as {@code nodes[3].weight}, or a field path such as
 * {@code area 'VN-HN'.population}). The message names the field, area, indicator and year where
 * they apply, and the bad value.
 *
 * @param source the file or named source, or the empty string when unknown
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 * @param path the path inside the document, or the empty string when unknown
 * @param message what is wrong, with the bad value
 */
public record Problem(String source, int line, int column, String path, String message) {

  /**
   * Validates the components; rejects null text and negative positions.
   *
   * @param source the file or named source, or the empty string when unknown
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param path the path inside the document, or the empty string when unknown
   * @param message what is wrong, with the bad value
   */
  public Problem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0: " + line + ":" + column);
    }
  }

  /**
   * A problem located only by a path inside a model, for example {@code nodes[2].weight}.
   *
   * @param path where in the model
   * @param message what is wrong
   * @return the problem
   */
  public static Problem at(String path, String message) {
    return new Problem("", 0, 0, path, message);
  }

  /**
   * A problem located by file, line and column.
   *
   * @param source the file name
   * @param line 1-based line
   * @param column 1-based column (0 when the whole line is meant)
   * @param message what is wrong
   * @return the problem
   */
  public static Problem inFile(String source, int line, int column, String message) {
    return new Problem(source, line, column, "", message);
  }

  /**
   * The same problem attributed to a source file, keeping position and path.
   *
   * @param newSource the file name
   * @return the problem with its source set
   */
  public Problem withSource(String newSource) {
    return new Problem(newSource, line, column, path, message);
  }

  /**
   * The same problem under a path prefix, for a model nested in a larger document.
   *
   * @param prefix the outer path, for example {@code framework}
   * @return the problem with the prefixed path
   */
  public Problem under(String prefix) {
    if (prefix.isEmpty()) {
      return this;
    }
    String joined = path.isEmpty() ? prefix : path.startsWith("[") ? prefix + path : prefix + "." + path;
    return new Problem(source, line, column, joined, message);
  }

  /** Renders {@code file:line:column: path: message}, leaving out the parts that are unknown. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    if (!source.isEmpty()) {
      out.append(source);
      if (line > 0) {
        out.append(':').append(line);
        if (column > 0) {
          out.append(':').append(column);
        }
      }
      out.append(": ");
    }
    if (!path.isEmpty()) {
      out.append(path).append(": ");
    }
    return out.append(message).toString();
  }
}
