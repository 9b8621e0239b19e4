package io.potentia.cli;

import java.util.Map;
import picocli.CommandLine;

/**
 * The chapter of the user guide (docs/ in the repository) that says more about each subcommand;
 * each subcommand's {@code --help} ends with it. Kept in one table so that the guide's chapters can
 * be renamed in one place, and checked by a test against the files in docs/.
 */
final class GuideChapters {
  private GuideChapters() {}

  /** Subcommand name to chapter file, relative to the repository's root. */
  static final Map<String, String> CHAPTERS = Map.ofEntries(
      Map.entry("catalogue", "docs/01-framework.md"),
      Map.entry("validate", "docs/02-data.md"),
      Map.entry("template", "docs/02-data.md"),
      Map.entry("score", "docs/03-score.md"),
      Map.entry("compare", "docs/03-score.md"),
      Map.entry("rank", "docs/11-cli.md"),
      Map.entry("weights", "docs/11-cli.md"),
      Map.entry("ahp", "docs/11-cli.md"),
      Map.entry("audit", "docs/04-audit.md"),
      Map.entry("sort", "docs/05-classes-and-groups.md"),
      Map.entry("lead", "docs/05-classes-and-groups.md"),
      Map.entry("budget", "docs/05-classes-and-groups.md"),
      Map.entry("balance", "docs/05-classes-and-groups.md"),
      Map.entry("montecarlo", "docs/06-uncertainty.md"),
      Map.entry("uncertainty", "docs/06-uncertainty.md"),
      Map.entry("sensitivity", "docs/06-uncertainty.md"),
      Map.entry("oat", "docs/06-uncertainty.md"),
      Map.entry("compare-methods", "docs/06-uncertainty.md"),
      Map.entry("whatif", "docs/07-planning.md"),
      Map.entry("priorities", "docs/07-planning.md"),
      Map.entry("works", "docs/07-planning.md"),
      Map.entry("mobilisation", "docs/07-planning.md"),
      Map.entry("report", "docs/08-report.md"));

  /** The guide's index, for the top-level help and any command without a chapter of its own. */
  static final String INDEX = "docs/README.md";

  /**
   * Ends the help of the command line and of each of its subcommands with the guide chapter.
   *
   * @param cli the command line, its subcommands registered
   */
  static void addTo(CommandLine cli) {
    footer(cli, INDEX);
    cli.getSubcommands().forEach((name, sub) -> footer(sub, CHAPTERS.getOrDefault(name, INDEX)));
  }

  private static void footer(CommandLine command, String chapter) {
    command.getCommandSpec().usageMessage().footer("%nGuide: " + chapter);
  }
}
