package io.potentia.cli;

import io.potentia.core.InvalidInputException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code potentia} command: scores, ranks and reports for researchers who do not write Java.
 * Exit codes: 0 on success, 2 on bad input (the message names the file, position and problem), 1
 * on an internal error or when the JVM runs out of memory (one line saying so and how to give it
 * more, never the JVM's trace).
 */
@Command(name = "potentia", mixinStandardHelpOptions = true, version = "potentia 0.1.0-SNAPSHOT",
    description = "Models and scores all-people national defence potential.")
public final class Potentia implements Runnable {
  /**
   * The subcommands, in the order the usage lists them. They are registered when the command line
   * is built: only the one named, when the first argument names one, since picocli reads every
   * registered command's annotations and that costs a cold start about a quarter of a second.
   */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> c = new LinkedHashMap<>();
    c.put("catalogue", CatalogueCommand::new);
    c.put("validate", ValidateCommand::new);
    c.put("score", ScoreCommand::new);
    c.put("rank", RankCommand::new);
    c.put("sort", SortCommand::new);
    c.put("weights", WeightsCommand::new);
    c.put("ahp", AhpCommand::new);
    c.put("report", ReportCommand::new);
    c.put("uncertainty", UncertaintyCommand::new);
    c.put("montecarlo", MonteCarloCommand::new);
    c.put("sensitivity", SensitivityCommand::new);
    c.put("compare", CompareCommand::new);
    c.put("compare-methods", CompareMethodsCommand::new);
    c.put("whatif", WhatIfCommand::new);
    c.put("priorities", PrioritiesCommand::new);
    c.put("works", WorksCommand::new);
    c.put("mobilisation", MobilisationCommand::new);
    c.put("oat", OatCommand::new);
    c.put("balance", BalanceCommand::new);
    c.put("lead", LeadCommand::new);
    c.put("budget", BudgetCommand::new);
    c.put("audit", AuditCommand::new);
    c.put("template", TemplateCommand::new);
    c.put("help", CommandLine.HelpCommand::new);
    return c;
  }

  /** The options that name a file (or, labelled DIR, a folder) to write; a folder that a run has to create for one is said on standard error. */
  private static final java.util.Set<String> OUTPUTS = java.util.Set.of("--out", "--csv", "--xlsx", "--record",
      "--agreement-out", "--html");

  private static void announceNewFolders(CommandLine.ParseResult parsed, PrintWriter err) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      for (CommandLine.Model.OptionSpec option : p.matchedOptions()) {
        if (OUTPUTS.contains(option.longestName()) && option.getValue() instanceof java.nio.file.Path file) {
          // an output folder (--out DIR) is itself the folder to create; an output file needs its parent
          java.nio.file.Path folder = "DIR".equals(option.paramLabel()) ? file.toAbsolutePath() : file.toAbsolutePath().getParent();
          if (folder != null && !java.nio.file.Files.exists(folder)) {
            err.println("potentia: " + option.longestName() + " " + file + ": creating the folder " + folder);
            err.flush();
          }
        }
      }
    }
  }

  /** Exit code of bad input. */
  public static final int BAD_INPUT = 2;
  /** Exit code of an internal error. */
  public static final int INTERNAL_ERROR = 1;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("uncertainty")) {
      UncertaintyCommand.startWarmUp();
    }
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command line with the given output streams.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    if (args.length > 0 && !args[0].startsWith("-") && !COMMANDS.containsKey(args[0])) {
      // said before picocli parses: with --help after it, picocli would print the top-level help and exit 0
      err.println("potentia: unknown command '" + args[0] + "'; the commands are "
          + String.join(", ", COMMANDS.keySet()) + " (potentia help COMMAND says more)");
      err.flush();
      return BAD_INPUT;
    }
    CommandLine cli = new CommandLine(new Potentia());
    if (args.length > 0 && COMMANDS.containsKey(args[0]) && !args[0].equals("help")) {
      cli.addSubcommand(args[0], COMMANDS.get(args[0]).get());
    } else {
      COMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
    }
    GuideChapters.addTo(cli);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionStrategy(parsed -> {
      announceNewFolders(parsed, err);
      return new CommandLine.RunLast().execute(parsed);
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof InvalidInputException) {
        commandLine.getErr().println("potentia: " + e.getMessage());
        return BAD_INPUT;
      }
      if (e instanceof UncheckedIOException io) {
        Throwable cause = io.getCause();
        commandLine.getErr().println("potentia: " + (cause instanceof NoSuchFileException ? "no such file: "
            + cause.getMessage() : io.getMessage()));
        return BAD_INPUT;
      }
      commandLine.getErr().println("potentia: internal error: " + e);
      e.printStackTrace(commandLine.getErr());
      return INTERNAL_ERROR;
    });
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError e) {
      // one line, not the JVM's trace: the input was too large for the heap, which the user can change
      err.println("potentia: out of memory (" + e.getMessage() + "): the input or the analysis asked for is too large"
          + " for this JVM's " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB heap; give it more with -Xmx"
          + " (POTENTIA_JAVA_OPTS=-Xmx16g for bin/potentia) or ask for less");
      err.flush();
      return INTERNAL_ERROR;
    }
  }
}
