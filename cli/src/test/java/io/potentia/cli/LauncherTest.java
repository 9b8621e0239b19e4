package io.potentia.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The launcher names classes to the JVM's compiler by their text (`-XX:CompileCommand=...,CLASS::*`),
 * which the JVM does not check: a class renamed or moved would silently lose its flag. This holds
 * the names to the classes.
 */
class LauncherTest {
  @Test
  void everyClassTheLauncherNamesToTheCompilerExists() throws IOException {
    String script = Files.readString(Path.of("..", "bin", "potentia"));
    Matcher named = Pattern.compile("io\\.potentia(?:\\.[a-z]+)+\\.[A-Z][A-Za-z]+").matcher(script);
    List<String> classes = named.results().map(m -> m.group()).distinct().toList();
    assertEquals(List.of("io.potentia.scoring.internal.Ranker", "io.potentia.scoring.analysis.uncertainty.FlatIndexKernel",
        "io.potentia.scoring.analysis.uncertainty.RankReduction"), classes, "the classes the launcher names");
    for (String name : classes) {
      assertDoesNotThrow(() -> Class.forName(name, false, LauncherTest.class.getClassLoader()), name);
    }
  }
}
