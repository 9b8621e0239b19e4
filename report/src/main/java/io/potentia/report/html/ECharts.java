package io.potentia.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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

  private static String read() {
    ClassLoader loader = ECharts.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("ECharts " + VERSION + " is not on the classpath (" + RESOURCE
            + "): the report module depends on org.webjars.npm:echarts:" + VERSION);
      }
      // a literal "</script" inside the library would end the inline element early
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</script", "<\\/script");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
