package io.potentia.cli.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README stays short and keeps the two set-up commands that CI and users rely on. */
class ReadmeTest {

  @Test
  void theReadmeIsUnder120Lines() throws IOException {
    int lines = Files.readAllLines(Guide.ROOT.resolve("README.md")).size();
    assertTrue(lines < 120, "README.md has " + lines + " lines; the guide in docs/ is the place for more");
  }

  @Test
  void theReadmeHoldsExactlyTheTwoSetUpCommands() throws IOException {
    List<String> readme = Files.readAllLines(Guide.ROOT.resolve("README.md"));
    List<String> commands = readme.stream().filter(l -> l.startsWith("    mvn ")).map(String::strip).toList();
    assertEquals(List.of("mvn -B -ntp -q -Pexample -DskipTests package", "mvn -B -ntp verify"), commands,
        "the flagship example end to end, then all tests");
  }

  @Test
  void ciRunsTheTestCommandTheReadmeGives() throws IOException {
    List<String> ci = Files.readAllLines(Guide.ROOT.resolve(".ci/run")).stream().filter(l -> l.startsWith("mvn ")).toList();
    assertEquals(1, ci.size(), ".ci/run runs one Maven command: " + ci);
    assertTrue(Files.readAllLines(Guide.ROOT.resolve("README.md")).contains("    " + ci.get(0)),
        ".ci/run's command is the README's test command: " + ci.get(0));
  }
}
