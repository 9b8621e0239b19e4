package io.potentia.scoring.spec;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.potentia.core.json.PotentiaJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the published reference cases in {@code ../shared/data/reference} in place (they are never
 * copied into the project). A test that needs one is skipped, with the reason shown, where the
 * folder is absent.
 */
public final class SharedData {
  private SharedData() {}

  /** The shared data folder: {@code -Dpotentia.shared}, else {@code ../shared} from the working directory up. */
  public static Path folder() {
    String configured = System.getProperty("potentia.shared");
    if (configured != null && Files.isDirectory(Path.of(configured, "data"))) {
      return Path.of(configured, "data");
    }
    for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
      Path candidate = at.resolveSibling("shared").resolve("data");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return Path.of("../shared/data");
  }

  /** A reference case, or a skipped test when the shared folder is absent. */
  public static JsonNode reference(String name) {
    Path file = folder().resolve("reference").resolve(name);
    assumeTrue(Files.isRegularFile(file), "skipped: reference case " + file + " is absent (../shared/data is not beside the checkout)");
    try {
      return PotentiaJson.mapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON array of numbers as doubles. */
  public static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }

  /** A JSON array of rows as a matrix, rows first. */
  public static double[][] rows(JsonNode array) {
    double[][] out = new double[array.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = doubles(array.get(i));
    }
    return out;
  }

  /** Rows turned into columns. */
  public static double[][] columns(double[][] rows) {
    double[][] out = new double[rows[0].length][rows.length];
    for (int i = 0; i < rows.length; i++) {
      for (int j = 0; j < rows[0].length; j++) {
        out[j][i] = rows[i][j];
      }
    }
    return out;
  }
}
