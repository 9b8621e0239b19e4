package io.potentia.cli.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.cli.Potentia;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command of the guide runs: each line of a {@code sh} or {@code console} block that starts
 * with {@code potentia } (or, in the README, {@code bin/potentia }; joined with its {@code \}
 * continuations) is run in process, in the order of the chapters and then the README's, against the bundled data, and fails naming the chapter and the command when it
 * exits non-zero. {@code $D} is the bundled data's folder, paths under {@code bench/} are the
 * repository's, and any other plain file name is a file of one temporary working folder, where
 * outputs go and where the synthetic inputs the bundled data lack are written first.
 */
class GuideCommandsTest {
  private static final Pattern BLOCK = Pattern.compile("```(?:sh|console)\n(.*?)```", Pattern.DOTALL);
  private static final Pattern PLAIN_FILE = Pattern.compile("[\\w.-]+\\.(csv|json|xlsx|html|geojson)");
  private static final Set<String> OUTPUTS = Set.of("--out", "--csv", "--json", "--xlsx", "--html", "--record",
      "--agreement-out");

  @TempDir
  static Path work;

  /** A command of a chapter, as written and as its arguments once resolved. */
  record Command(String chapter, String text) {}

  static List<Command> commands() throws IOException {
    List<Command> commands = new ArrayList<>();
    try (Stream<Path> files = Files.list(Guide.DOCS)) {
      List<Path> markdown = new ArrayList<>(files.filter(f -> f.toString().endsWith(".md")).sorted().toList());
      markdown.add(Guide.ROOT.resolve("README.md"));
      for (Path file : markdown) {
        Matcher m = BLOCK.matcher(Files.readString(file));
        while (m.find()) {
          String joined = m.group(1).replace("\\\n", " ");
          joined.lines().map(String::strip).map(l -> l.startsWith("bin/potentia ") ? l.substring(4) : l)
              .filter(l -> l.startsWith("potentia "))
              .forEach(l -> commands.add(new Command(file.getFileName().toString(), l.replaceAll("\\s+", " "))));
        }
      }
    }
    return commands;
  }

  /** Splits a command as a shell would, for the guide's commands: words, single or double quotes. */
  static List<String> words(String command) {
    List<String> words = new ArrayList<>();
    Matcher m = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)").matcher(command);
    while (m.find()) {
      words.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
    }
    return words;
  }

  static String[] resolve(List<String> words, Path folder) {
    List<String> args = new ArrayList<>();
    for (int i = 1; i < words.size(); i++) {
      String w = words.get(i);
      boolean output = OUTPUTS.contains(words.get(i - 1));
      if (w.startsWith("$D/")) {
        args.add(Guide.DATA.resolve(w.substring(3)).toString());
      } else if (w.startsWith("bench/")) {
        args.add(Guide.ROOT.resolve(w).toString());
      } else if (output || PLAIN_FILE.matcher(w).matches()) {
        args.add(folder.resolve(w).toString());
      } else {
        args.add(w);
      }
    }
    return args.toArray(String[]::new);
  }

  @TestFactory
  Stream<DynamicTest> everyCommandOfTheGuideRunsOnTheBundledData() throws IOException {
    writeSyntheticInputs(work);
    List<Command> commands = commands();
    assertTrue(commands.size() >= 30, "the guide's commands were found: " + commands.size());
    return commands.stream().map(c -> DynamicTest.dynamicTest(c.chapter() + ": " + c.text(), () -> {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Potentia.execute(resolve(words(c.text()), work), new PrintWriter(out, true), new PrintWriter(err, true));
      assertEquals(0, code, c.chapter() + ": `" + c.text() + "` exited " + code + ":\n" + err);
    }));
  }

  @Test
  void placeholdersResolveToTheBundledDataAndTheWorkingFolder() {
    Path folder = Path.of("w");
    String[] args = resolve(words("potentia weights $D/p.json --param 'a=[1, 2]' --out x --plan bench/u1.json m.csv"),
        folder);
    assertEquals(List.of("weights", Guide.DATA.resolve("p.json").toString(), "--param", "a=[1, 2]", "--out",
        folder.resolve("x").toString(), "--plan", Guide.ROOT.resolve("bench/u1.json").toString(),
        folder.resolve("m.csv").toString()), List.of(args));
  }

  /**
   * The inputs the bundled data lack, all SYNTHETIC: a seeded matrix CSV, a three-area index in
   * COINr's tables and the sorting problem of chapter 5.
   */
  static void writeSyntheticInputs(Path folder) throws IOException {
    StringBuilder matrix = new StringBuilder("id,i001,i002,i003\n");
    SplittableRandom random = new SplittableRandom(3);
    for (int u = 0; u < 40; u++) {
      matrix.append(String.format(Locale.ROOT, "u%03d,%.4f,%.4f,%.4f%n", u, 1 + random.nextDouble() * 9,
          1 + random.nextDouble() * 9, 1 + random.nextDouble() * 9));
    }
    Files.writeString(folder.resolve("matrix.csv"), matrix);
    Files.writeString(folder.resolve("iMeta.csv"), "Level,iCode,iName,Direction,Weight,Parent,Type\n"
        + "1,GDP,GDP,1,1,Econ,Indicator\n1,Debt,Public debt,-1,1,Econ,Indicator\n1,Troops,Troops,1,1,Mil,Indicator\n"
        + "2,Econ,Economy,,1,Index,Aggregate\n2,Mil,Military,,2,Index,Aggregate\n3,Index,Index,,1,,Aggregate\n");
    Files.writeString(folder.resolve("iData.csv"), "uCode,uName,Time,GDP,Debt,Troops\n"
        + "A,Alpha,2023,10,50,3\nB,Beta,2023,20,40,1\nC,Gamma,2023,30,70,2\n");
    Files.writeString(folder.resolve("sorting.json"), """
        {"alternatives": ["A1", "A2"],
         "criteria": [{"id": "trust", "direction": "benefit", "weight": 2, "q": 2, "p": 5, "v": 30},
                      {"id": "incidents", "direction": "cost", "weight": 1}],
         "matrix": [[62, 40], [48, 75]],
         "categories": ["weak", "fair", "strong"],
         "profiles": [[45, 80], [60, 50]],
         "lambda": 0.75}
        """);
  }
}
