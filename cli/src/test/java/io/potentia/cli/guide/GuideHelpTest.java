package io.potentia.cli.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.cli.Potentia;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every subcommand's {@code --help} ends by naming the guide chapter that says more, and that chapter exists. */
class GuideHelpTest {
  private static final Pattern GUIDE = Pattern.compile("Guide: (docs/[\\w.-]+\\.md)");

  private static String help(String... args) {
    StringWriter out = new StringWriter();
    int code = Potentia.execute(args, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    assertEquals(0, code, String.join(" ", args));
    return out.toString();
  }

  /** The subcommands as the top-level help lists them. */
  private static List<String> subcommands() {
    String usage = help("--help");
    return usage.substring(usage.indexOf("Commands:")).lines().skip(1)
        .filter(l -> l.matches("  [a-z][a-z-]*( .*)?")).map(l -> l.strip().split(" ")[0])
        .filter(c -> !c.equals("help")).toList();
  }

  @Test
  void everySubcommandsHelpNamesAnExistingChapter() {
    List<String> commands = subcommands();
    assertTrue(commands.size() >= 23 && commands.contains("score") && commands.contains("mobilisation"), commands.toString());
    for (String command : commands) {
      Matcher m = GUIDE.matcher(help(command, "--help"));
      assertTrue(m.find(), command + " --help names no guide chapter");
      assertTrue(Files.isRegularFile(Guide.ROOT.resolve(m.group(1))), command + " --help names " + m.group(1) + ", which does not exist");
      assertTrue(!m.group(1).equals("docs/README.md"), command + " --help names a chapter, not only the index");
    }
  }

  @Test
  void theTopLevelHelpNamesTheGuidesIndex() {
    Matcher m = GUIDE.matcher(help("--help"));
    assertTrue(m.find() && Files.isRegularFile(Guide.ROOT.resolve(m.group(1))), "potentia --help names the guide");
  }
}
