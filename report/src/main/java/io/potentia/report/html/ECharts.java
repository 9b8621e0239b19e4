package io.potentia.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ECharts library, read from its WebJar on the classpath to be inlined into the report.
 *
 * <p>Why ECharts: one minified file (about 1 MB) with no dependencies that works offline from a
 * {@code file:} page, draws bars, lines, radars and GeoJSON choropleths with tooltips, and can render
 * to SVG (so a browser test can count the drawn shapes); Apache-licensed and maintained by the
 * Apache Software Foundation; and its WebJar is on Maven Central, so the build fetches it like any
 * other dependency instead of the repository holding a copy.
 */
final class ECharts {
  static final String VERSION = "5.3.1";
  private static final String RESOURCE = "META-INF/resources/webjars/echarts/" + VERSION + "/dist/echarts.min.js";
  private static volatile String script;

  private ECharts() {}

  /** The library's minified script, read once. */
  static String script() {
    String s = script;
    if (s == null) {
      s = read();
      script = s;
    }
    return s;
  }

  /** {@code NaN} or {@code Infinity} as a whole word: not part of a name, a property after a dot, or a quoted text. */
  private static final Pattern NOT_FINITE = Pattern.compile("(?<![A-Za-z0-9_$.'\"`])(NaN|Infinity)(?![A-Za-z0-9_$'\"`])");

  /**
   * The library with every {@code NaN} it uses as a value written {@code (0/0)}, and every {@code
   * Infinity} {@code (1/0)}: the same values to the script, and no token that a reader of the report,
   * or a scan of it for numbers that are not finite, could take for a number the report computed.
   * An object key ({@code {NaN:} or {@code ,NaN:}) is left as it is. ECharts 5.3.1 uses {@code NaN}
   * 56 times, always as a value (a default, a placeholder, a return), and {@code Infinity} never; a
   * test checks that none is left.
   */
  static String notFiniteAsArithmetic(String js) {
    StringBuilder out = new StringBuilder(js.length() + 256);
    Matcher m = NOT_FINITE.matcher(js);
    while (m.find()) {
      char before = m.start() > 0 ? js.charAt(m.start() - 1) : ' ';
      char after = m.end() < js.length() ? js.charAt(m.end()) : ' ';
      boolean key = (before == '{' || before == ',') && after == ':';
      m.appendReplacement(out, key ? m.group() : m.group(1).equals("NaN") ? "(0/0)" : "(1/0)");
    }
    return m.appendTail(out).toString();
  }

  private static String read() {
    ClassLoader loader = ECharts.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("ECharts " + VERSION + " is not on the classpath (" + RESOURCE
            + "): the report module depends on org.webjars.npm:echarts:" + VERSION);
      }
      // a literal "</script" inside the library would end the inline element early
      return notFiniteAsArithmetic(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</script", "<\\/script"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
