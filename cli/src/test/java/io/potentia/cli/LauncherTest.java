package io.potentia.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher, {@code bin/potentia}, chooses the JVM's compiler flags for an uncertainty run by the
 * run's work (the data file's bytes times the replications). These tests run it with a stand-in
 * {@code java} that prints the arguments it is given, and hold it to the choice its comments and
 * docs/13-performance.md describe.
 */
class LauncherTest {
  private static final String QUICK = "-XX:TieredStopAtLevel=1";
  private static final String WIDE = "-Dpotentia.wideLoops=true";
  private static final String UNROLL = "-XX:LoopUnrollLimit=100";
  private static final String READER = "-D" + WarmUp.READER_PROPERTY + "=true";
  private static final String SCALED = "-XX:CompileCommand=CompileThresholdScaling,io.potentia.scoring.internal.Ranker::*,0.25";
  private static final String LATE_OSR = "-XX:Tier4BackEdgeThreshold=400000";
  private static final String FOURS_SOONER =
      "-XX:CompileCommand=CompileThresholdScaling,io.potentia.scoring.analysis.uncertainty.FlatIndexKernel::axpy4*,0.1";

  @TempDir
  Path dir;

  @Test
  void everyClassTheLauncherNamesToTheCompilerExists() throws IOException {
    // the JVM does not check the names given to -XX:CompileCommand: a class renamed or moved would silently lose its flag
    String script = Files.readString(Path.of("..", "bin", "potentia"));
    Matcher named = Pattern.compile("io\\.potentia(?:\\.[a-z]+)+\\.[A-Z][A-Za-z]+").matcher(script);
    List<String> classes = named.results().map(m -> m.group()).distinct().toList();
    assertEquals(List.of("io.potentia.scoring.analysis.uncertainty.FlatIndexKernel", "io.potentia.scoring.internal.Ranker",
        "io.potentia.scoring.analysis.uncertainty.RankReduction"), classes, "the classes the launcher names");
    for (String name : classes) {
      assertDoesNotThrow(() -> Class.forName(name, false, LauncherTest.class.getClassLoader()), name);
    }
  }

  @Test
  void everyMethodTheLauncherNamesToTheCompilerExists() throws Exception {
    // $kernel::axpy4* and $kernel::scoreFours: a method renamed would lose its flag as silently as a class
    String script = Files.readString(Path.of("..", "bin", "potentia"));
    List<String> patterns = Pattern.compile("\\$kernel::([A-Za-z0-9]+\\*?)").matcher(script).results()
        .map(m -> m.group(1)).toList();
    assertEquals(List.of("axpy4*", "scoreFours"), patterns, "the kernel's methods the launcher names");
    List<String> methods = java.util.Arrays.stream(Class.forName("io.potentia.scoring.analysis.uncertainty.FlatIndexKernel")
        .getDeclaredMethods()).map(java.lang.reflect.Method::getName).toList();
    for (String pattern : patterns) {
      String name = pattern.replace("*", "");
      assertTrue(methods.stream().anyMatch(pattern.endsWith("*") ? m -> m.startsWith(name) : name::equals), pattern + " in " + methods);
    }
    assertTrue(methods.contains("axpy4x4"), "the four-replication loop is one of the axpy4* methods: " + methods);
  }

  @Test
  void aSmallRunGetsTheQuickCompilerAloneAndTheWidePass() throws Exception {
    // workload U1 at size M: about 1 MB of data, 2,000 replications, 2e9 in all
    List<String> flags = launch("uncertainty", "--data", file("m.csv", 1_000_000).toString(), "--plan", plan("{}").toString(),
        "--replications", "2000");
    hasFlags(flags, List.of(QUICK, WIDE), List.of(SCALED, UNROLL, READER));
  }

  @Test
  void aLargeFileWithManyReplicationsGetsTheVectorisedWidePass() throws Exception {
    // workload U1 at size L: 8 MB, 5,000 replications, 4e10
    List<String> flags = launch("uncertainty", "--data=" + file("l.csv", 8_000_000), "--plan", plan("{}").toString(),
        "--replications=5000");
    hasFlags(flags, List.of(UNROLL, WIDE, LATE_OSR, FOURS_SOONER, READER), List.of(QUICK, SCALED));
  }

  @Test
  void aSmallFileWithManyReplicationsGetsBothCompilersWithTheKernelCompiledSooner() throws Exception {
    // 1 MB and 30,000 replications (3e10): the quick compiler alone was slower there
    List<String> flags = launch("uncertainty", "--data", file("m.csv", 1_000_000).toString(), "--plan", plan("{}").toString(),
        "--replications", "30000");
    hasFlags(flags, List.of(SCALED, LATE_OSR), List.of(QUICK, WIDE, UNROLL, READER));
  }

  @Test
  void optionsAreReadInEitherFormAndCountsWithLeadingZerosAsDecimals() throws Exception {
    Path data = file("m.csv", 1_000_000);
    // 1 MB x 08 = 8e6: small, read as eight (not as an octal number, which would stop the shell)
    List<String> zeros = launch("uncertainty", "--data=" + data, "--plan=" + plan("{}"), "--replications=08");
    List<String> spec = launch("uncertainty", "--data", data.toString(), "--spec=" + plan("{\"replications\": 30000}"));
    assertAll(() -> assertTrue(zeros.contains(QUICK), zeros::toString),
        () -> assertFalse(spec.contains(QUICK), "--spec=FILE read: " + spec));
  }

  @Test
  void aPlanWhoseCountIsNotOnTheKeysLineCountsAsLarge() throws Exception {
    List<String> flags = launch("uncertainty", "--data", file("s.csv", 100_000).toString(), "--plan",
        plan("{\"replications\":\n  30000000}").toString());
    assertFalse(flags.contains(QUICK), flags::toString);
  }

  @Test
  void theLauncherFindsItsJarFromAnyWorkingFolderAndWhenRunAsBashPotentia() throws Exception {
    Path home = install();
    List<String> fromBin = run(home.resolve("bin"), "bash", "potentia", "--version");
    List<String> relative = run(dir, "bash", dir.relativize(home.resolve("bin/potentia")).toString(), "--version");
    String jar = home.resolve("cli/target/potentia.jar").toString();
    hasFlags(fromBin, List.of(jar), List.of());
    hasFlags(relative, List.of(jar), List.of());
  }

  @Test
  void withoutTheOptionThePlansReplicationsCount() throws Exception {
    Path data = file("m.csv", 1_000_000);
    List<String> many = launch("uncertainty", "--data", data.toString(), "--plan",
        plan("{\"seed\": 7,\n  \"replications\" : 30000, \"topK\": 3}").toString());
    List<String> unsaid = launch("uncertainty", "--data", data.toString(), "--spec", plan("{\"seed\": 7}").toString());
    assertAll(() -> assertFalse(many.contains(QUICK), "30,000 replications in the plan: " + many),
        () -> assertTrue(unsaid.contains(QUICK), "the default 1,000 replications: " + unsaid));
  }

  @Test
  void aCountTheShellCannotReadSafelyCountsAsLarge() throws Exception {
    // 1e9 is valid JSON for the plan reader; the launcher does not guess at it
    Path data = file("s.csv", 100_000);
    List<String> exponent = launch("uncertainty", "--data", data.toString(), "--plan", plan("{\"replications\": 1e9}").toString());
    List<String> tenDigits = launch("uncertainty", "--data", data.toString(), "--plan", plan("{}").toString(),
        "--replications", "5000000000");
    hasFlags(exponent, List.of(), List.of(QUICK));
    hasFlags(tenDigits, List.of(), List.of(QUICK));
  }

  @Test
  void theUsersOwnOptionsComeLastSoThatTheyWin() throws Exception {
    List<String> flags = launch("uncertainty", "--data", file("m.csv", 1_000_000).toString(), "--plan", plan("{}").toString());
    assertEquals(flags.indexOf("-XX:TieredStopAtLevel=4"), flags.lastIndexOf("-XX:TieredStopAtLevel=4"), flags::toString);
    assertTrue(flags.indexOf("-XX:TieredStopAtLevel=4") > flags.indexOf(QUICK), flags::toString);
  }

  @Test
  void theHeapAsksForHugePagesExactlyWhereLinuxGivesThemOnlyToThoseWhoAsk() throws Exception {
    Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
    boolean madvise = Files.isReadable(setting) && Files.readString(setting).contains("[madvise]");
    for (String command : List.of("uncertainty", "score", "--version")) {
      List<String> flags = launch(command);
      assertEquals(madvise, flags.contains("-XX:+UseTransparentHugePages"), command + ": " + flags);
    }
  }

  /** Every flag of {@code present} is given to the JVM and none of {@code absent}. */
  private static void hasFlags(List<String> flags, List<String> present, List<String> absent) {
    assertAll(java.util.stream.Stream.concat(
        present.stream().map(f -> (org.junit.jupiter.api.function.Executable) () -> assertTrue(flags.contains(f), f + " missing: " + flags)),
        absent.stream().map(f -> (org.junit.jupiter.api.function.Executable) () -> assertFalse(flags.contains(f), f + " given: " + flags))));
  }

  /** Runs a copy of the launcher, beside a stand-in jar, with a {@code java} that prints its arguments. */
  private List<String> launch(String... args) throws Exception {
    Path home = install();
    List<String> command = new ArrayList<>(List.of("/bin/bash", home.resolve("bin/potentia").toString()));
    command.addAll(Arrays.asList(args));
    return run(dir, command.toArray(String[]::new));
  }

  /** A copy of the launcher in {@code home/bin}, beside a stand-in jar; the home. */
  private Path install() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "the launcher is a bash script");
    Path home = dir.resolve("home");
    Files.createDirectories(home.resolve("bin"));
    Files.createDirectories(home.resolve("cli/target"));
    Files.copy(Path.of("..", "bin", "potentia"), home.resolve("bin/potentia"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(home.resolve("cli/target/potentia.jar"), "");
    return home;
  }

  /** Runs {@code command} in {@code folder} with the stand-in {@code java} first on the path; the lines it prints. */
  private List<String> run(Path folder, String... command) throws Exception {
    Path fake = Files.createDirectories(dir.resolve("fake"));
    Path java = fake.resolve("java");
    Files.writeString(java, "#!/bin/bash\nprintf '%s\\n' \"$@\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    ProcessBuilder pb = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
    pb.environment().put("PATH", fake + ":" + System.getenv("PATH"));
    pb.environment().put("POTENTIA_JAVA_OPTS", "-XX:TieredStopAtLevel=4");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    return out.lines().toList();
  }

  private Path file(String name, long bytes) throws IOException {
    Path f = dir.resolve(name);
    try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
      raf.setLength(bytes);
    }
    return f;
  }

  private Path plan(String json) throws IOException {
    return Files.writeString(Files.createTempFile(dir, "plan", ".json"), json);
  }
}
