package io.potentia.cli.guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The guide's Java snippets and the test regions they come from. A chapter includes a region as
 *
 * <pre>
 * &lt;!-- snippet: Chapter03Test#pipeline --&gt;
 * ```java
 * ...the region's lines, indentation removed...
 * ```
 * &lt;!-- /snippet --&gt;
 * </pre>
 *
 * and the region lies in {@code Chapter03Test.java} of this package between {@code // region::pipeline}
 * and {@code // end::pipeline}. {@link #main} (or the test with {@code -Dpotentia.guide.refresh=true})
 * rewrites every marked block from its region.
 */
final class GuideSnippets {
  private GuideSnippets() {}

  static final Pattern MARKED = Pattern.compile(
      "<!-- snippet: (\\w+)#([\\w-]+) -->\n```java\n(.*?)```\n<!-- /snippet -->", Pattern.DOTALL);
  private static final Pattern JAVA_BLOCK = Pattern.compile("^```java$", Pattern.MULTILINE);

  /** One marked block of a Markdown file. */
  record Block(Path file, String testClass, String region, String text) {
    String name() {
      return file.getFileName() + " " + testClass + "#" + region;
    }
  }

  /** The guide's Markdown files: docs/*.md and the README. */
  static List<Path> markdown() {
    try (Stream<Path> files = Files.list(Guide.DOCS)) {
      List<Path> all = new ArrayList<>(files.filter(f -> f.toString().endsWith(".md")).sorted().toList());
      all.add(Guide.ROOT.resolve("README.md"));
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Block> blocks(Path file) {
    List<Block> blocks = new ArrayList<>();
    Matcher m = MARKED.matcher(read(file));
    while (m.find()) {
      blocks.add(new Block(file, m.group(1), m.group(2), m.group(3)));
    }
    return blocks;
  }

  /** How many ```java blocks a file has, marked or not. */
  static int javaBlocks(Path file) {
    return (int) JAVA_BLOCK.matcher(read(file)).results().count();
  }

  /**
   * The region's lines with their common indentation removed, each ending in a newline; null when
   * the class or the region is missing.
   */
  static String region(String testClass, String region) {
    Path source = Guide.SOURCES.resolve(testClass + ".java");
    if (!Files.exists(source)) {
      return null;
    }
    List<String> lines = read(source).lines().toList();
    int begin = -1;
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).strip();
      if (t.equals("// region::" + region)) {
        begin = i;
      } else if (t.equals("// end::" + region) && begin >= 0) {
        return dedent(lines.subList(begin + 1, i));
      }
    }
    return null;
  }

  static String dedent(List<String> lines) {
    int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min()
        .orElse(0);
    StringBuilder out = new StringBuilder();
    lines.forEach(l -> out.append(l.isBlank() ? "" : l.substring(indent).stripTrailing()).append('\n'));
    return out.toString();
  }

  /** Rewrites every marked block of the file from its region; a missing region is left as it is. */
  static void refresh(Path file) {
    String text = read(file);
    Matcher m = MARKED.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String region = region(m.group(1), m.group(2));
      String body = region == null ? m.group(3) : region;
      m.appendReplacement(out, Matcher.quoteReplacement("<!-- snippet: " + m.group(1) + "#" + m.group(2)
          + " -->\n```java\n" + body + "```\n<!-- /snippet -->"));
    }
    m.appendTail(out);
    if (!out.toString().equals(text)) {
      try {
        Files.writeString(file, out.toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Refreshes the guide's snippets from their regions. Run it from the cli module's folder, for
   * example through the test: {@code mvn -o -q verify -pl cli -am -Dtest=GuideSnippetsTest
   * -Dsurefire.failIfNoSpecifiedTests=false -Dpotentia.guide.refresh=true}.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    markdown().forEach(GuideSnippets::refresh);
  }
}
