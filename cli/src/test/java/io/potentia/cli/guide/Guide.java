package io.potentia.cli.guide;

import java.nio.file.Path;

/** Where the guide's tests find the repository's files: Surefire runs them in the cli module's folder. */
final class Guide {
  private Guide() {}

  /** The repository's root. */
  static final Path ROOT = Path.of("..");
  /** The guide's chapters. */
  static final Path DOCS = ROOT.resolve("docs");
  /** The bundled synthetic data, which the guide's commands name as {@code $D}. */
  static final Path DATA = ROOT.resolve("examples/src/main/resources/io/potentia/examples/data");
  /** The sources of the tests whose regions the guide includes. */
  static final Path SOURCES = Path.of("src/test/java/io/potentia/cli/guide");
}
